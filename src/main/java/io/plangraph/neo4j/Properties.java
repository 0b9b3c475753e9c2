package io.plangraph.neo4j;

import io.plangraph.calendar.FiscalYear;
import io.plangraph.calendar.FiscalYearValue;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.MapAccessor;

/** Reads the property shapes the importer writes, so every read model reads them the same way. */
public final class Properties {

	private Properties() {
	}

	/**
	 * The fiscal year stored as {@code name} (its start year) and {@code nameLabel} (as written);
	 * {@code null} where none is stored.
	 */
	public static FiscalYearValue fiscalYear(MapAccessor node, String name) {
		Value year = node.get(name);
		if (year == null || year.isNull()) {
			return null;
		}
		Value label = node.get(name + "Label");
		int start = year.asInt();
		return new FiscalYearValue(start, label == null || label.isNull() ? FiscalYear.of(start).label() : label.asString());
	}

}
