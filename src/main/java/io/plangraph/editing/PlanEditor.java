package io.plangraph.editing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import io.plangraph.calendar.FiscalYear;
import io.plangraph.calendar.FiscalYearValue;
import io.plangraph.neo4j.GraphVersion;
import io.plangraph.editing.Changes.FieldChange;
import io.plangraph.editing.Changes.Target;
import io.plangraph.indicator.GraphRules;
import io.plangraph.indicator.IndicatorRole;
import io.plangraph.indicator.IndicatorValue;
import io.plangraph.indicator.PrintedValue;
import io.plangraph.indicator.ValueType;
import io.plangraph.plan.ElementKind;
import io.plangraph.security.Editor;
import io.plangraph.security.WriteScope;
import io.plangraph.system.InputLimits;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.SimpleQueryRunner;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.exceptions.Neo4jException;

import org.springframework.stereotype.Service;

/**
 * The yearly work of city staff: actuals, program results, pledge progress, and changes to a plan's
 * structure. Every edit is checked (input, references, the editor's cities, the DAG), runs in one
 * transaction with its entry in the change history, and locks what it changes first, so two identical
 * submissions at once give one result. An identical resubmission changes nothing.
 */
@Service
public class PlanEditor {

	/** Places element {@code e} of plan {@code p} last under {@code $parent}, or last at the top level. */
	/**
	 * After a MATCH of one indicator {@code i} (by id, or by city and name): write-locks it for the transaction
	 * (by touching it) and reads what an edit checks. One text for both ways of finding it.
	 */
	private static final String LOCK_INDICATOR = """
			SET i.lock = true REMOVE i.lock
			RETURN i.id AS id, i.cityCode AS cityCode, i.unit AS unit, i.groups AS groups
			""";

	private static final String APPEND = """
			WITH p, e
			OPTIONAL MATCH (parent:PlanElement {id: $parent})
			CALL (p, e, parent) {
			  WITH p, e, parent WHERE parent IS NULL
			  OPTIONAL MATCH (p)-[r:HAS_ELEMENT]->()
			  WITH p, e, coalesce(max(r.position), -1) + 1 AS position
			  CREATE (p)-[:HAS_ELEMENT {position: position}]->(e)
			  UNION
			  WITH e, parent WHERE parent IS NOT NULL
			  OPTIONAL MATCH (parent)-[r:HAS_CHILD]->()
			  WITH parent, e, coalesce(max(r.position), -1) + 1 AS position
			  CREATE (parent)-[:HAS_CHILD {position: position}]->(e)
			}
			""";

	/** The city's document for what is recorded through the API: provenance for values and reports. */
	private static final String API_EDITS = """
			MERGE (c:City {code: $city})
			MERGE (d:Document {id: 'api-edits-' + $city})
			  ON CREATE SET d.title = c.name + '：APIによる更新', d.source = 'api', d.cityCode = $city
			MERGE (c)-[:PUBLISHED]->(d)
			""";

	private final Driver driver;

	private final WriteLimits limits;

	private final InputLimits input;

	PlanEditor(Driver driver, WriteLimits limits, InputLimits input) {
		this.driver = driver;
		this.limits = limits;
		this.input = input;
	}

	/** What an edit did: the id of its history entry, or {@code null} where it changed nothing. */
	public record Outcome(String targetId, String changeId, boolean changed) {
	}

	/** Records an actual (or "not published") for an indicator, a fiscal year and a group. */
	public Outcome recordActual(Editor editor, String indicatorId, FiscalYear year, String group, String value, String note) {
		return write(tx -> {
			var indicator = lockIndicator(tx, indicatorId, "input.indicatorId");
			allow(editor, touched("indicator", indicator), "input.indicatorId");
			return recordValue(tx, editor, indicator, ValueType.ACTUAL, year, group, value, note, "input", false).outcome();
		});
	}

	/** Records a program's result for a fiscal year: an actual of its output indicator. */
	public Outcome recordProgramResult(Editor editor, String elementId, FiscalYear year, String value, String note) {
		return write(tx -> {
			var output = tx.run("""
					MATCH (e:PlanElement {id: $id})
					OPTIONAL MATCH (e)-[u:USES {role: 'PROGRAM_OUTPUT'}]->(i:Indicator)
					RETURN e.cityCode AS city, e.kind AS kind, i.id AS indicator ORDER BY u.position LIMIT 1
					""", Map.of("id", elementId)).list();
			if (output.isEmpty()) {
				throw EditRefused.notFound("input.elementId", "no element with id '" + elementId + "'");
			}
			allow(editor, new WriteScope.Touched("element", elementId, output.getFirst().get("city").asString()), "input.elementId");
			if (output.getFirst().get("indicator").isNull()) {
				throw EditRefused.badInput("input.elementId", "'" + elementId + "' has no output indicator (role PROGRAM_OUTPUT)"
						+ "; link one with linkIndicator first");
			}
			var indicator = lockIndicator(tx, output.getFirst().get("indicator").asString(), "input.elementId");
			return recordValue(tx, editor, indicator, ValueType.ACTUAL, year, null, value, note, "input", false).outcome();
		});
	}

	/** One value of a table import: what it was, what it becomes. */
	public record ValueDifference(int row, String indicatorId, ValueType type, FiscalYearValue fiscalYear, String group, String before,
			String after) {
	}

	/** What a table import did, or (dry run) would do. */
	public record TableImport(boolean dryRun, List<ValueDifference> added, List<ValueDifference> changed, int unchanged) {
	}

	/**
	 * Imports an indicator table (CSV, see {@link IndicatorTable}) of one city: each row's values are
	 * recorded like {@link #recordActual}, all in one transaction. Every problem is reported with its row
	 * and column, and then nothing is written. A dry run reports the differences and writes nothing.
	 */
	public TableImport importIndicatorTable(Editor editor, String cityCode, String csv, boolean dryRun) {
		var deadline = limits.deadline();
		allow(editor, WriteScope.Touched.city(cityCode), "input.cityCode");
		// Its size in bytes was checked with the request's arguments (plangraph.limits.upload-bytes), its rows here.
		var problems = new ArrayList<IndicatorTable.Problem>();
		var table = IndicatorTable.read(csv == null ? "" : csv, input.tableRows(), problems);
		if (!problems.isEmpty()) {
			throw new EditRefused(EditRefused.Reason.BAD_REQUEST, problems.stream().map(IndicatorTable.Problem::asEditProblem).toList());
		}
		try {
			return importTable(editor, cityCode, table, dryRun, limits.until(deadline));
		}
		catch (Neo4jException ex) {
			throw WriteLimits.endedByDatabase(ex) ? limits.timedOut() : ex;
		}
	}

	private TableImport importTable(Editor editor, String cityCode, IndicatorTable table, boolean dryRun,
			TransactionConfig config) {
		try (var session = driver.session(); var tx = session.beginTransaction(config)) {
			GraphVersion.raise(tx);
			// A dry run does the same work in a transaction that is then rolled back.
			var added = new ArrayList<ValueDifference>();
			var changed = new ArrayList<ValueDifference>();
			int unchanged = 0;
			var rowProblems = new ArrayList<EditRefused.Problem>();
			for (var row : table.rows()) {
				var found = tx.run("MATCH (i:Indicator {cityCode: $city, name: $name})\n" + LOCK_INDICATOR,
						Map.of("city", cityCode, "name", row.name())).list();
				if (found.size() != 1) {
					rowProblems.add(new IndicatorTable.Problem(row.number(), "指標名", found.isEmpty()
							? "city " + cityCode + " has no indicator named '" + row.name() + "'"
							: "city " + cityCode + " has " + found.size() + " indicators named '" + row.name() + "'").asEditProblem());
					continue;
				}
				var indicator = found.getFirst();
				String unit = indicator.get("unit").asString(null);
				var unitRefusal = GraphRules.unitRefusal(row.unit(), unit);
				if (unitRefusal.isPresent()) {
					rowProblems.add(new IndicatorTable.Problem(row.number(), "単位", unitRefusal.get()).asEditProblem());
					continue;
				}
				for (var cell : row.values()) {
					try {
						var result = recordValue(tx, editor, indicator, cell.type(), cell.year(), row.group(), cell.text(), null,
								"input.csv", dryRun);
						var difference = new ValueDifference(row.number(), indicator.get("id").asString(), cell.type(),
								FiscalYearValue.of(cell.year()), row.group(), result.before(), cell.text().strip());
						if (!result.outcome().changed()) {
							unchanged++;
						}
						else if (result.before() == null) {
							added.add(difference);
						}
						else {
							changed.add(difference);
						}
					}
					catch (EditRefused refused) {
						refused.problems().forEach(problem -> rowProblems.add(new IndicatorTable.Problem(row.number(),
								cell.column(), problem.message()).asEditProblem()));
					}
				}
			}
			if (!rowProblems.isEmpty()) {
				tx.rollback();
				throw new EditRefused(EditRefused.Reason.BAD_REQUEST, rowProblems);
			}
			if (dryRun) {
				tx.rollback();
			}
			else {
				tx.commit();
			}
			return new TableImport(dryRun, added, changed, unchanged);
		}
	}

	/** What recording one value did, and the value it replaced, if any. */
	private record Recorded(Outcome outcome, String before) {
	}

	private Recorded recordValue(SimpleQueryRunner tx, Editor editor, Record indicator, ValueType type, FiscalYear year,
			String group, String text, String note, String path, boolean dryRun) {
		String indicatorId = indicator.get("id").asString();
		List<String> groups = indicator.get("groups").asList(v -> v.asString(), List.of());
		if (group != null && !groups.contains(group)) {
			throw EditRefused.badInput(path + ".group", "indicator '" + indicatorId + "' has no group '" + group
					+ "'; its groups are " + groups);
		}
		String unit = indicator.get("unit").asString(null);
		PrintedValue value;
		try {
			value = GraphRules.recordedValue(text, unit);
		}
		catch (IllegalArgumentException ex) {
			throw EditRefused.badInput(path + ".value", ex.getMessage());
		}
		var key = new HashMap<String, Object>();
		key.put("indicator", indicatorId);
		key.put("year", year.startYear());
		key.put("group", group);
		key.put("type", type.name());
		var current = tx.run("""
				MATCH (i:Indicator {id: $indicator})-[:HAS_VALUE]->(v:IndicatorValue {type: $type})
				WHERE v.supersededAt IS NULL AND v.fiscalYear = $year AND v.fiscalYearTo = $year
				  AND coalesce(v.group, '') = coalesce($group, '')
				RETURN v.text AS text, v.source = 'api' AS api, elementId(v) AS node
				ORDER BY api DESC
				""", key).list();
		String before = current.isEmpty() ? null : current.getFirst().get("text").asString();
		if (text.strip().equals(before)) {
			return new Recorded(new Outcome(indicatorId, null, false), before);
		}
		if (dryRun) {
			return new Recorded(new Outcome(indicatorId, null, true), before);
		}
		String city = indicator.get("cityCode").asString();
		String label = type.name().toLowerCase(java.util.Locale.ROOT) + " " + year.label() + (group == null ? "" : " " + group);
		String changeId = Changes.record(tx, editor.getName(), ChangeAction.recording(type), city, Target.INDICATOR, indicatorId,
				List.of(new FieldChange(label, before, text.strip())));
		// An earlier value recorded here is kept in the history, superseded; a document's value is kept as
		// the document said it, and the recorded one takes precedence over it when read.
		tx.run("""
				MATCH (v:IndicatorValue) WHERE elementId(v) IN $nodes AND v.source = 'api'
				SET v.supersededAt = datetime(), v.supersededBy = $change
				""", Map.of("nodes", current.stream().map(r -> r.get("node").asString()).toList(), "change", changeId)).consume();
		// Recorded values come after the document's (position 10,000), and never count as the baseline.
		var row = new IndicatorValue.Stored(type, year.startYear(), year.startYear(), year.label(), group, value, unit, false,
				false, note, 10_000).properties();
		tx.run("""
				MATCH (i:Indicator {id: $indicator})
				""" + API_EDITS + """
				CREATE (i)-[:HAS_VALUE]->(v:IndicatorValue)
				SET v = $row, v.documentId = d.id, v.source = 'api', v.recordedAt = datetime(), v.recordedBy = $by,
				    v.changeId = $change
				""", Map.of("indicator", indicatorId, "city", city, "row", row, "by", editor.getName(), "change", changeId)).consume();
		return new Recorded(new Outcome(indicatorId, changeId, true), before);
	}

	/** Records a pledge's progress report: its date, its stage (0–1) and whether it is achieved. */
	public Outcome recordPledgeProgress(Editor editor, String elementId, LocalDate asOf, Double stage, boolean achieved) {
		if (stage != null && (stage < 0 || stage > 1)) {
			throw EditRefused.badInput("input.stage", "a stage is between 0 (開始) and 1 (達成), not " + stage);
		}
		return write(tx -> {
			var element = lockElement(tx, elementId, "input.elementId");
			allow(editor, touched("element", element), "input.elementId");
			if (!ElementKind.PLEDGE.name().equals(element.get("kind").asString())) {
				throw EditRefused.badInput("input.elementId", "'" + elementId + "' is a " + element.get("kind").asString()
						+ ", not a pledge");
			}
			var parameters = new HashMap<String, Object>();
			parameters.put("id", elementId);
			parameters.put("asOf", asOf);
			parameters.put("stage", stage);
			parameters.put("achieved", achieved);
			boolean same = tx.run("""
					MATCH (:PlanElement {id: $id})-[:HAS_PROGRESS]->(r:PledgeReport {asOf: $asOf, achieved: $achieved})
					WHERE coalesce(r.stage, -1.0) = coalesce($stage, -1.0)
					RETURN count(r) > 0 AS same
					""", parameters).single().get("same").asBoolean();
			if (same) {
				return new Outcome(elementId, null, false);
			}
			String changeId = Changes.record(tx, editor.getName(), ChangeAction.RECORD_PLEDGE_PROGRESS, element.get("cityCode").asString(),
					Target.ELEMENT, elementId, List.of(new FieldChange("progress " + asOf, null,
							(achieved ? "公約達成" : "進行中") + (stage == null ? "" : " stage " + stage))));
			parameters.put("by", editor.getName());
			parameters.put("change", changeId);
			parameters.put("city", element.get("cityCode").asString());
			tx.run("""
					MATCH (e:PlanElement {id: $id})
					""" + API_EDITS + """
					CREATE (e)-[:HAS_PROGRESS]->(:PledgeReport {asOf: $asOf, asOfText: toString($asOf), stage: $stage,
					        achieved: $achieved, position: 10000, documentId: d.id, source: 'api', recordedBy: $by,
					        changeId: $change})
					""", parameters).consume();
			return new Outcome(elementId, changeId, true);
		});
	}

	/** Adds an element to a plan, at its top level or under a parent of the same plan, after its last child. */
	public Outcome addElement(Editor editor, String planId, String parentId, String key, ElementKind kind, String code,
			String title, String description) {
		var problems = new ArrayList<EditRefused.Problem>();
		GraphRules.idRefusal(key).ifPresent(refusal -> problems.add(new EditRefused.Problem("input.key", refusal)));
		if (title == null || title.isBlank()) {
			problems.add(new EditRefused.Problem("input.title", "a title is needed"));
		}
		if (!problems.isEmpty()) {
			throw new EditRefused(EditRefused.Reason.BAD_REQUEST, problems);
		}
		String id = planId + "/" + key;
		return write(tx -> {
			var plan = tx.run("MATCH (p:Plan {id: $id}) SET p.lock = true REMOVE p.lock RETURN p.cityCode AS city, p.documentId AS document",
					Map.of("id", planId)).list();
			if (plan.isEmpty()) {
				throw EditRefused.notFound("input.planId", "no plan with id '" + planId + "'");
			}
			allow(editor, new WriteScope.Touched("plan", planId, plan.getFirst().get("city").asString()), "input.planId");
			if (tx.run("MATCH (e:PlanElement {id: $id}) RETURN e", Map.of("id", id)).hasNext()) {
				throw EditRefused.badInput("input.key", "the plan already has an element '" + key + "'");
			}
			if (parentId != null && !tx.run("MATCH (e:PlanElement {id: $id, planId: $plan}) RETURN e",
					Map.of("id", parentId, "plan", planId)).hasNext()) {
				throw EditRefused.notFound("input.parentId", "no element '" + parentId + "' in plan '" + planId + "'");
			}
			var parameters = new HashMap<String, Object>();
			parameters.put("id", id);
			parameters.put("key", key);
			parameters.put("plan", planId);
			parameters.put("parent", parentId);
			parameters.put("kind", kind.name());
			parameters.put("code", code);
			parameters.put("title", title);
			parameters.put("description", description);
			parameters.put("document", plan.getFirst().get("document").asString());
			parameters.put("city", plan.getFirst().get("city").asString());
			tx.run("""
					MATCH (p:Plan {id: $plan})
					CREATE (e:PlanElement {id: $id, key: $key, planId: $plan, kind: $kind, code: $code, title: $title,
					        description: $description, documentId: $document, cityCode: $city, aliases: [], details: [],
					        noteLabels: [], noteTexts: []})-[:PART_OF]->(p)
					""" + APPEND, parameters).consume();
			String changeId = Changes.record(tx, editor.getName(), ChangeAction.ADD_ELEMENT, plan.getFirst().get("city").asString(),
					Target.ELEMENT, id, List.of(new FieldChange("element", null, (code == null ? "" : code + " ") + title),
							new FieldChange("parent", null, parentId == null ? planId : parentId)));
			return new Outcome(id, changeId, true);
		});
	}

	/** Gives an element a new title or code. */
	public Outcome renameElement(Editor editor, String elementId, String title, String code) {
		if (title != null && title.isBlank()) {
			throw EditRefused.badInput("input.title", "a title cannot be blank");
		}
		return write(tx -> {
			var element = lockElement(tx, elementId, "input.elementId");
			allow(editor, touched("element", element), "input.elementId");
			var fields = new ArrayList<FieldChange>();
			String oldTitle = element.get("title").asString();
			String oldCode = element.get("code").asString(null);
			if (title != null && !title.equals(oldTitle)) {
				fields.add(new FieldChange("title", oldTitle, title));
			}
			if (code != null && !code.equals(oldCode)) {
				fields.add(new FieldChange("code", oldCode, code));
			}
			if (fields.isEmpty()) {
				return new Outcome(elementId, null, false);
			}
			var parameters = new HashMap<String, Object>();
			parameters.put("id", elementId);
			parameters.put("title", title == null ? oldTitle : title);
			parameters.put("code", code == null ? oldCode : code);
			tx.run("MATCH (e:PlanElement {id: $id}) SET e.title = $title, e.code = $code", parameters).consume();
			String changeId = Changes.record(tx, editor.getName(), ChangeAction.RENAME_ELEMENT, element.get("cityCode").asString(),
					Target.ELEMENT, elementId, fields);
			return new Outcome(elementId, changeId, true);
		});
	}

	/**
	 * Moves an element under another parent of its plan (or to the top level), after the parent's last
	 * child. Refused where the new parent stands below the element: the structure stays a DAG.
	 */
	public Outcome moveElement(Editor editor, String elementId, String parentId) {
		return write(tx -> {
			var element = lockElement(tx, elementId, "input.elementId");
			allow(editor, touched("element", element), "input.elementId");
			String planId = element.get("planId").asString();
			var parameters = new HashMap<String, Object>();
			parameters.put("id", elementId);
			parameters.put("parent", parentId);
			parameters.put("plan", planId);
			if (parentId != null) {
				var parent = tx.run("""
						MATCH (p:PlanElement {id: $parent})
						RETURN p.planId = $plan AS samePlan, EXISTS { (:PlanElement {id: $id})-[:HAS_CHILD*0..]->(p) } AS below
						""", parameters).list();
				if (parent.isEmpty()) {
					throw EditRefused.notFound("input.parentId", "no element with id '" + parentId + "'");
				}
				if (!parent.getFirst().get("samePlan").asBoolean()) {
					throw EditRefused.badInput("input.parentId", "'" + parentId + "' belongs to another plan");
				}
				if (parent.getFirst().get("below").asBoolean()) {
					throw EditRefused.badInput("input.parentId", "'" + parentId + "' stands below '" + elementId
							+ "' (or is it): the move would make a cycle");
				}
			}
			String before = tx.run("""
					OPTIONAL MATCH (p)-[r:HAS_CHILD|HAS_ELEMENT]->(:PlanElement {id: $id}) WHERE r.position IS NOT NULL
					RETURN coalesce(p.id, '') AS parent
					""", parameters).single().get("parent").asString();
			if (Objects.equals(before, parentId == null ? planId : parentId)) {
				return new Outcome(elementId, null, false);
			}
			tx.run("""
					MATCH (p)-[r:HAS_CHILD|HAS_ELEMENT]->(e:PlanElement {id: $id}) WHERE r.position IS NOT NULL
					DELETE r
					""", parameters).consume();
			tx.run("""
					MATCH (e:PlanElement {id: $id})
					OPTIONAL MATCH (:PlanElement {id: $parent})-[duplicate:HAS_CHILD]->(e)
					DELETE duplicate
					""", parameters).consume();
			tx.run("MATCH (e:PlanElement {id: $id}), (p:Plan {id: $plan})\n" + APPEND, parameters).consume();
			String changeId = Changes.record(tx, editor.getName(), ChangeAction.MOVE_ELEMENT, element.get("cityCode").asString(),
					Target.ELEMENT, elementId, List.of(new FieldChange("parent", before, parentId == null ? planId : parentId)));
			return new Outcome(elementId, changeId, true);
		});
	}

	/** Removes an element that has no children (move or remove them first), with what was printed for it. */
	public Outcome removeElement(Editor editor, String elementId) {
		return write(tx -> {
			var element = lockElement(tx, elementId, "input.elementId");
			allow(editor, touched("element", element), "input.elementId");
			if (tx.run("MATCH (:PlanElement {id: $id})-[:HAS_CHILD]->(c) RETURN c LIMIT 1", Map.of("id", elementId)).hasNext()) {
				throw EditRefused.badInput("input.elementId", "'" + elementId + "' has children: move or remove them first");
			}
			String changeId = Changes.record(tx, editor.getName(), ChangeAction.REMOVE_ELEMENT, element.get("cityCode").asString(),
					Target.ELEMENT, elementId, List.of(new FieldChange("element",
							(element.get("code").isNull() ? "" : element.get("code").asString() + " ") + element.get("title").asString(),
							null)));
			tx.run("""
					MATCH (e:PlanElement {id: $id})
					OPTIONAL MATCH (e)-[:HAS_RATIO|HAS_SHARE|HAS_PROGRESS]->(fact)
					DETACH DELETE fact, e
					""", Map.of("id", elementId)).consume();
			return new Outcome(elementId, changeId, true);
		});
	}

	/** Links an indicator of the same city to an element, in a role. */
	public Outcome linkIndicator(Editor editor, String elementId, String indicatorId, IndicatorRole role) {
		return write(tx -> {
			var element = lockElement(tx, elementId, "input.elementId");
			allow(editor, touched("element", element), "input.elementId");
			var indicator = lockIndicator(tx, indicatorId, "input.indicatorId");
			// Linking uses the indicator: it is touched too (its usedBy changes).
			allow(editor, touched("indicator", indicator), "input.indicatorId");
			if (!indicator.get("cityCode").asString().equals(element.get("cityCode").asString())) {
				throw EditRefused.badInput("input.indicatorId", "'" + indicatorId + "' is another city's indicator");
			}
			var parameters = Map.<String, Object>of("element", elementId, "indicator", indicatorId, "role", role.name());
			if (tx.run("MATCH (:PlanElement {id: $element})-[u:USES {role: $role}]->(:Indicator {id: $indicator}) RETURN u",
					parameters).hasNext()) {
				return new Outcome(elementId, null, false);
			}
			tx.run("""
					MATCH (e:PlanElement {id: $element}), (i:Indicator {id: $indicator})
					OPTIONAL MATCH (e)-[u:USES]->()
					WITH e, i, coalesce(max(u.position), -1) + 1 AS position
					CREATE (e)-[:USES {role: $role, position: position}]->(i)
					""", parameters).consume();
			String changeId = Changes.record(tx, editor.getName(), ChangeAction.LINK_INDICATOR, element.get("cityCode").asString(),
					Target.ELEMENT, elementId, List.of(new FieldChange("indicator " + role, null, indicatorId)));
			return new Outcome(elementId, changeId, true);
		});
	}

	/** Unlinks an indicator from an element (in one role, or in every role). */
	public Outcome unlinkIndicator(Editor editor, String elementId, String indicatorId, IndicatorRole role) {
		return write(tx -> {
			var element = lockElement(tx, elementId, "input.elementId");
			allow(editor, touched("element", element), "input.elementId");
			var parameters = new HashMap<String, Object>();
			parameters.put("element", elementId);
			parameters.put("indicator", indicatorId);
			parameters.put("role", role == null ? null : role.name());
			int removed = tx.run("""
					MATCH (:PlanElement {id: $element})-[u:USES]->(:Indicator {id: $indicator})
					WHERE $role IS NULL OR u.role = $role
					DELETE u
					""", parameters).consume().counters().relationshipsDeleted();
			if (removed == 0) {
				throw EditRefused.badInput("input.indicatorId", "'" + elementId + "' does not use '" + indicatorId + "'"
						+ (role == null ? "" : " as " + role));
			}
			String changeId = Changes.record(tx, editor.getName(), ChangeAction.UNLINK_INDICATOR, element.get("cityCode").asString(),
					Target.ELEMENT, elementId, List.of(new FieldChange("indicator" + (role == null ? "" : " " + role), indicatorId, null)));
			return new Outcome(elementId, changeId, true);
		});
	}

	/** Says which concept an indicator measures ({@code null}: none). */
	public Outcome setIndicatorConcept(Editor editor, String indicatorId, String conceptId) {
		return write(tx -> {
			var indicator = lockIndicator(tx, indicatorId, "input.indicatorId");
			allow(editor, touched("indicator", indicator), "input.indicatorId");
			if (conceptId != null
					&& !tx.run("RETURN EXISTS { (:Concept {id: $id}) } AS known", Map.of("id", conceptId)).single().get("known").asBoolean()) {
				throw EditRefused.notFound("input.conceptId", "no concept with id '" + conceptId + "'");
			}
			String before = tx.run("OPTIONAL MATCH (:Indicator {id: $id})-[:INSTANCE_OF]->(c:Concept) RETURN c.id AS id",
					Map.of("id", indicatorId)).single().get("id").asString(null);
			if (Objects.equals(before, conceptId)) {
				return new Outcome(indicatorId, null, false);
			}
			var parameters = new HashMap<String, Object>();
			parameters.put("id", indicatorId);
			parameters.put("concept", conceptId);
			tx.run("""
					MATCH (i:Indicator {id: $id})
					OPTIONAL MATCH (i)-[old:INSTANCE_OF]->()
					DELETE old
					WITH DISTINCT i
					OPTIONAL MATCH (c:Concept {id: $concept})
					FOREACH (x IN CASE WHEN c IS NULL THEN [] ELSE [c] END | CREATE (i)-[:INSTANCE_OF]->(x))
					""", parameters).consume();
			String changeId = Changes.record(tx, editor.getName(), ChangeAction.SET_CONCEPT, indicator.get("cityCode").asString(),
					Target.INDICATOR, indicatorId, List.of(new FieldChange("concept", before, conceptId)));
			return new Outcome(indicatorId, changeId, true);
		});
	}

	/** Sets the themes an element or an indicator serves. */
	public Outcome setThemes(Editor editor, String targetId, boolean indicator, List<String> themeIds) {
		return write(tx -> {
			var target = indicator ? lockIndicator(tx, targetId, "input.indicatorId") : lockElement(tx, targetId, "input.elementId");
			allow(editor, touched(indicator ? "indicator" : "element", target), indicator ? "input.indicatorId" : "input.elementId");
			var known = tx.run("MATCH (t:Theme) WHERE t.id IN $ids RETURN collect(t.id) AS ids", Map.of("ids", themeIds))
				.single().get("ids").asList(v -> v.asString());
			for (int i = 0; i < themeIds.size(); i++) {
				if (!known.contains(themeIds.get(i))) {
					throw EditRefused.notFound("input.themeIds[" + i + "]", "no theme with id '" + themeIds.get(i) + "'");
				}
			}
			String label = indicator ? "Indicator" : "PlanElement";
			// The label comes from this method, never from input.
			var before = tx.run("MATCH (:" + label + " {id: $id})-[:SERVES]->(t:Theme) RETURN t.id AS id ORDER BY id",
					Map.of("id", targetId)).list(r -> r.get("id").asString());
			var after = themeIds.stream().distinct().sorted().toList();
			if (before.equals(after)) {
				return new Outcome(targetId, null, false);
			}
			tx.run("""
					MATCH (n:%s {id: $id})
					OPTIONAL MATCH (n)-[old:SERVES]->()
					DELETE old
					WITH DISTINCT n
					UNWIND $themes AS theme
					MATCH (t:Theme {id: theme})
					CREATE (n)-[:SERVES]->(t)
					""".formatted(label), Map.of("id", targetId, "themes", after)).consume();
			String changeId = Changes.record(tx, editor.getName(), ChangeAction.SET_THEMES, target.get("cityCode").asString(),
					indicator ? Target.INDICATOR : Target.ELEMENT, targetId,
					List.of(new FieldChange("themes", String.join(",", before), String.join(",", after))));
			return new Outcome(targetId, changeId, true);
		});
	}

	/**
	 * Runs an edit in a write transaction that the database ends at {@code plangraph.limits.write-timeout}:
	 * then nothing was written and the editor is told so. A retry (after a deadlock) starts only before
	 * the deadline.
	 */
	private <T> T write(org.neo4j.driver.TransactionCallback<T> work) {
		var deadline = limits.deadline();
		try (var session = driver.session()) {
			return session.executeWrite(tx -> {
				if (java.time.Instant.now().isAfter(deadline)) {
					throw limits.timedOut();
				}
				// First, as every write does: the version's lock orders plangraph's writes, so none deadlock.
				GraphVersion.raise(tx);
				return work.execute(tx);
			}, limits.until(deadline));
		}
		catch (Neo4jException ex) {
			throw WriteLimits.endedByDatabase(ex) ? limits.timedOut() : ex;
		}
	}

	/** Locks the indicator for this transaction (a write lock, by touching it) and reads it. */
	private static Record lockIndicator(TransactionContext tx, String id, String path) {
		var found = tx.run("MATCH (i:Indicator {id: $id})\n" + LOCK_INDICATOR, Map.of("id", id)).list();
		if (found.isEmpty()) {
			throw EditRefused.notFound(path, "no indicator with id '" + id + "'");
		}
		return found.getFirst();
	}

	private static Record lockElement(TransactionContext tx, String id, String path) {
		var found = tx.run("""
				MATCH (e:PlanElement {id: $id}) SET e.lock = true REMOVE e.lock
				RETURN e.id AS id, e.cityCode AS cityCode, e.kind AS kind, e.planId AS planId, e.title AS title, e.code AS code
				""", Map.of("id", id)).list();
		if (found.isEmpty()) {
			throw EditRefused.notFound(path, "no element with id '" + id + "'");
		}
		return found.getFirst();
	}

	private static WriteScope.Touched touched(String what, Record node) {
		return new WriteScope.Touched(what, node.get("id").asString(), node.get("cityCode").asString(null));
	}

	/** Refuses an edit of what the editor may not change (see {@link WriteScope}). */
	static void allow(Editor editor, WriteScope.Touched touched, String path) {
		try {
			WriteScope.of(editor).allow(List.of(touched));
		}
		catch (WriteScope.WriteRefused refused) {
			throw EditRefused.forbidden(path, refused);
		}
	}

}
