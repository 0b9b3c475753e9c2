package io.plangraph.editing;

import io.plangraph.indicator.ValueType;

/** What an entry of the change history did: one per kind of edit the editor writes. */
public enum ChangeAction {

	/** A baseline recorded (a table's 基準値 column). */
	RECORD_BASELINE,
	/** A target recorded (a table's 目標値 column). */
	RECORD_TARGET,
	/** An actual recorded (recordActual, recordProgramResult, a table's 実績値 column). */
	RECORD_ACTUAL,
	/** A pledge's progress report recorded. */
	RECORD_PLEDGE_PROGRESS,
	/** An element added. */
	ADD_ELEMENT,
	/** An element's title or code changed. */
	RENAME_ELEMENT,
	/** An element moved under another parent. */
	MOVE_ELEMENT,
	/** An element removed. */
	REMOVE_ELEMENT,
	/** An indicator linked to an element. */
	LINK_INDICATOR,
	/** An indicator unlinked from an element. */
	UNLINK_INDICATOR,
	/** An indicator's concept set. */
	SET_CONCEPT,
	/** An element's or an indicator's themes set. */
	SET_THEMES,
	/** A plan document uploaded and imported. */
	IMPORT_DOCUMENT;

	/** The action that records a value of this type. */
	static ChangeAction recording(ValueType type) {
		return switch (type) {
			case BASELINE -> RECORD_BASELINE;
			case TARGET -> RECORD_TARGET;
			case ACTUAL -> RECORD_ACTUAL;
		};
	}

}
