package io.plangraph.importer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.plangraph.importer.PlanDocumentException.Problem;
import io.plangraph.security.WriteScope;
import org.neo4j.driver.SimpleQueryRunner;

/**
 * Writes a checked document into the graph inside the caller's transaction, replacing everything the
 * same document said before. Identities (plans, elements, indicators) are kept where they stay, so
 * links from elsewhere survive a re-import; facts (values, marks, links) are written anew.
 */
final class DocumentStore {

	private final SimpleQueryRunner tx;

	DocumentStore(SimpleQueryRunner tx) {
		this.tx = tx;
	}

	/** Refuses a document that would take over or break what another document owns. */
	List<Problem> conflicts(String file, DocumentGraph graph) {
		var problems = new ArrayList<Problem>();
		String documentId = graph.documentId();
		var city = tx.run("""
				MATCH (c:City {code: $code}) WHERE c.name <> $name
				RETURN c.name AS name
				""", Map.of("code", graph.city().get("code"), "name", graph.city().get("name"))).list();
		city.forEach(r -> problems.add(new Problem("city.name", 0, "the database knows city " + graph.city().get("code")
				+ " as " + r.get("name").asString() + ", not " + graph.city().get("name"))));
		var planIds = graph.plans().stream().map(p -> p.get("id")).toList();
		tx.run("""
				MATCH (p:Plan) WHERE p.id IN $ids AND p.documentId <> $documentId
				RETURN p.id AS id, p.documentId AS owner
				""", Map.of("ids", planIds, "documentId", documentId))
			.forEachRemaining(r -> problems.add(new Problem("plans", 0, "plan '" + r.get("id").asString()
					+ "' already belongs to document '" + r.get("owner").asString() + "'")));
		var indicatorIds = graph.indicators().stream().map(i -> i.get("id")).toList();
		tx.run("""
				MATCH (i:Indicator) WHERE i.id IN $ids AND i.documentId <> $documentId
				RETURN i.id AS id, i.documentId AS owner
				""", Map.of("ids", indicatorIds, "documentId", documentId))
			.forEachRemaining(r -> problems.add(new Problem("indicators", 0, "indicator '" + r.get("id").asString()
					+ "' is already defined by document '" + r.get("owner").asString() + "'")));
		missing("Indicator", graph.externalIndicators()).forEach(id -> problems.add(new Problem("plans", 0,
				"an element uses indicator '" + id + "', which neither this file nor the database defines")));
		missing("Theme", graph.themeIds()).forEach(id -> problems.add(new Problem("themes", 0,
				"theme '" + id + "' is in no taxonomy (import the taxonomy file first, e.g. neo4j/taxonomy/sdgs.yaml)")));
		missing("Concept", graph.conceptIds()).forEach(id -> problems.add(new Problem("indicators", 0,
				"concept '" + id + "' is not defined (see neo4j/taxonomy/concepts.yaml)")));
		missing("Plan", graph.externalPlans()).forEach(id -> problems.add(new Problem("plans", 0,
				"a plan revises '" + id + "', which neither this file nor the database has")));
		tx.run("""
				MATCH (e:PlanElement)-[:USES]->(i:Indicator {documentId: $documentId})
				WHERE e.documentId <> $documentId AND NOT i.id IN $ids
				RETURN DISTINCT i.id AS id, e.documentId AS user
				""", Map.of("documentId", documentId, "ids", indicatorIds))
			.forEachRemaining(r -> problems.add(new Problem("indicators", 0, "indicator '" + r.get("id").asString()
					+ "' is no longer defined here but document '" + r.get("user").asString() + "' still uses it")));
		return problems;
	}

	/**
	 * What writing the document touches, for {@link WriteScope}: its document, plans and indicators in the
	 * city the file names, and — as the graph has them now — the cities of the document it replaces, of the
	 * plans, elements and indicators with its ids, and of the indicators and plans it only refers to
	 * (using another city's indicator or revising its plan would change that city's data too).
	 */
	List<WriteScope.Touched> touched(DocumentGraph graph) {
		String city = String.valueOf(graph.city().get("code"));
		var touched = new ArrayList<WriteScope.Touched>();
		touched.add(new WriteScope.Touched("document", graph.documentId(), city));
		graph.plans().forEach(p -> touched.add(new WriteScope.Touched("plan", String.valueOf(p.get("id")), city)));
		graph.indicators().forEach(i -> touched.add(new WriteScope.Touched("indicator", String.valueOf(i.get("id")), city)));
		owners("Document", "document", List.of(graph.documentId()), touched);
		owners("Plan", "plan", ids(graph.plans(), graph.externalPlans()), touched);
		owners("PlanElement", "element", ids(graph.elements(), Set.of()), touched);
		owners("Indicator", "indicator", ids(graph.indicators(), graph.externalIndicators()), touched);
		return touched;
	}

	private static List<Object> ids(List<Map<String, Object>> rows, Set<String> more) {
		var ids = new ArrayList<Object>(more);
		rows.forEach(row -> ids.add(row.get("id")));
		return ids;
	}

	private void owners(String label, String what, List<Object> ids, List<WriteScope.Touched> touched) {
		// The label comes from this class, never from input.
		tx.run("MATCH (n:" + label + ") WHERE n.id IN $ids RETURN n.id AS id, n.cityCode AS city", Map.of("ids", ids))
			.forEachRemaining(r -> touched.add(new WriteScope.Touched(what, r.get("id").asString(), r.get("city").asString(null))));
	}

	private List<String> missing(String label, Set<String> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		// The label comes from this class, never from input.
		var found = tx.run("MATCH (n:" + label + ") WHERE n.id IN $ids RETURN collect(n.id) AS ids",
				Map.of("ids", List.copyOf(ids))).single().get("ids").asList(v -> v.asString());
		return ids.stream().filter(id -> !found.contains(id)).sorted().toList();
	}

	void write(DocumentGraph graph) {
		String documentId = graph.documentId();
		Object cityCode = graph.city().get("code");
		var common = Map.<String, Object>of("documentId", documentId, "cityCode", cityCode);

		run("""
				MERGE (c:City {code: $city.code})
				SET c.name = $city.name, c.nameEn = $city.nameEn, c.prefecture = $city.prefecture
				MERGE (d:Document {id: $documentId})
				SET d = $document, d.cityCode = $cityCode, d.importedAt = datetime()
				MERGE (c)-[:PUBLISHED]->(d)
				""", common, "city", graph.city(), "document", graph.document());

		forgetFacts(documentId);

		run("""
				UNWIND $rows AS row
				MERGE (p:Plan {id: row.id})
				SET p = row, p.documentId = $documentId, p.cityCode = $cityCode
				WITH p
				MATCH (c:City {code: $cityCode}), (d:Document {id: $documentId})
				MERGE (c)-[:HAS_PLAN]->(p)
				MERGE (d)-[:DESCRIBES]->(p)
				""", common, "rows", without(graph.plans(), "revises"));
		run("""
				UNWIND $rows AS row
				MATCH (p:Plan {id: row.id}), (earlier:Plan {id: row.revises})
				MERGE (p)-[:REVISES]->(earlier)
				""", common, "rows", graph.plans().stream().filter(p -> p.get("revises") != null).toList());
		run("""
				UNWIND $rows AS row
				MERGE (e:PlanElement {id: row.id})
				SET e = row, e.documentId = $documentId, e.cityCode = $cityCode
				WITH e, row
				MATCH (p:Plan {id: row.planId})
				MERGE (e)-[:PART_OF]->(p)
				""", common, "rows", graph.elements());
		run("""
				UNWIND $rows AS row
				MATCH (p:Plan {id: row.planId}), (e:PlanElement {id: row.childId})
				CREATE (p)-[:HAS_ELEMENT {position: row.position}]->(e)
				""", common, "rows", graph.topLevel());
		run("""
				UNWIND $rows AS row
				MATCH (parent:PlanElement {id: row.parentId}), (child:PlanElement {id: row.childId})
				CREATE (parent)-[:HAS_CHILD {position: row.position}]->(child)
				""", common, "rows", graph.children());
		run("""
				UNWIND $rows AS row
				MATCH (e:PlanElement {id: row.elementId}), (origin:PlanElement {id: row.originId})
				CREATE (e)-[:ORIGINATES_FROM {note: row.note}]->(origin)
				""", common, "rows", graph.origins());
		run("""
				UNWIND $rows AS row
				MERGE (i:Indicator {id: row.id})
				SET i = row, i.documentId = $documentId, i.cityCode = $cityCode
				REMOVE i.concept
				WITH i, row
				MATCH (c:City {code: $cityCode})
				MERGE (c)-[:MEASURES]->(i)
				WITH i, row WHERE row.concept IS NOT NULL
				MATCH (k:Concept {id: row.concept})
				MERGE (i)-[:INSTANCE_OF]->(k)
				""", common, "rows", graph.indicators());
		run("""
				UNWIND $rows AS row
				MATCH (e:PlanElement {id: row.elementId}), (i:Indicator {id: row.indicatorId})
				CREATE (e)-[:USES {role: row.role, position: row.position}]->(i)
				""", common, "rows", graph.uses());
		run("""
				UNWIND $rows AS row
				MATCH (i:Indicator {id: row.indicatorId})
				CREATE (i)-[:HAS_VALUE]->(v:IndicatorValue)
				SET v = row, v.documentId = $documentId
				REMOVE v.indicatorId
				""", common, "rows", graph.values());
		run("""
				UNWIND $rows AS row
				MATCH (i:Indicator {id: row.indicatorId})
				CREATE (i)-[:HAS_MARK]->(m:ReportedMark)
				SET m = row, m.documentId = $documentId
				REMOVE m.indicatorId
				""", common, "rows", graph.marks());
		run("""
				UNWIND $rows AS row
				MATCH (e:PlanElement {id: row.elementId})
				CREATE (e)-[:HAS_RATIO]->(r:ReportedRatio)
				SET r = row, r.documentId = $documentId
				REMOVE r.elementId
				""", common, "rows", graph.ratios());
		run("""
				UNWIND $rows AS row
				MATCH (e:PlanElement {id: row.elementId})
				CREATE (e)-[:HAS_SHARE]->(s:ReportedShare)
				SET s = row, s.documentId = $documentId
				REMOVE s.elementId
				""", common, "rows", graph.shares());
		run("""
				UNWIND $rows AS row
				MATCH (e:PlanElement {id: row.elementId})
				CREATE (e)-[:HAS_PROGRESS]->(r:PledgeReport)
				SET r = row, r.documentId = $documentId
				REMOVE r.elementId
				""", common, "rows", graph.pledgeReports());

		run("""
				UNWIND $rows AS row
				MATCH (e:PlanElement {id: row.elementId}), (t:Theme {id: row.themeId})
				MERGE (e)-[:SERVES]->(t)
				""", common, "rows", graph.themes().stream().filter(t -> t.containsKey("elementId")).toList());
		run("""
				UNWIND $rows AS row
				MATCH (i:Indicator {id: row.indicatorId}), (t:Theme {id: row.themeId})
				MERGE (i)-[:SERVES]->(t)
				""", common, "rows", graph.themes().stream().filter(t -> t.containsKey("indicatorId")).toList());

		forgetStale(documentId, graph);
	}

	/** Removes the facts a document stated before: values, marks and every link it drew. */
	private void forgetFacts(String documentId) {
		var params = Map.<String, Object>of("documentId", documentId);
		for (String label : List.of("IndicatorValue", "ReportedMark", "ReportedRatio", "ReportedShare", "PledgeReport")) {
			// The label comes from this list, never from input.
			tx.run("MATCH (n:" + label + " {documentId: $documentId}) DETACH DELETE n", params).consume();
		}
		tx.run("""
				MATCH (e:PlanElement {documentId: $documentId})-[r:HAS_CHILD|USES|ORIGINATES_FROM|PART_OF|SERVES]->()
				DELETE r
				""", params).consume();
		tx.run("""
				MATCH (p:Plan {documentId: $documentId})-[r:HAS_ELEMENT|REVISES]->()
				DELETE r
				""", params).consume();
		tx.run("""
				MATCH (i:Indicator {documentId: $documentId})-[r:INSTANCE_OF|SERVES]->()
				DELETE r
				""", params).consume();
	}

	/** Deletes what the document used to define and no longer does. */
	private void forgetStale(String documentId, DocumentGraph graph) {
		var params = new HashMap<String, Object>();
		params.put("documentId", documentId);
		params.put("plans", graph.plans().stream().map(p -> p.get("id")).toList());
		params.put("elements", graph.elements().stream().map(e -> e.get("id")).toList());
		params.put("indicators", graph.indicators().stream().map(i -> i.get("id")).toList());
		tx.run("""
				MATCH (e:PlanElement {documentId: $documentId}) WHERE NOT e.id IN $elements
				DETACH DELETE e
				""", params).consume();
		tx.run("""
				MATCH (p:Plan {documentId: $documentId}) WHERE NOT p.id IN $plans
				DETACH DELETE p
				""", params).consume();
		tx.run("""
				MATCH (i:Indicator {documentId: $documentId}) WHERE NOT i.id IN $indicators
				DETACH DELETE i
				""", params).consume();
	}

	private void run(String cypher, Map<String, Object> common, String name, Object value) {
		run(cypher, common, name, value, null, null);
	}

	private void run(String cypher, Map<String, Object> common, String name, Object value, String name2, Object value2) {
		var params = new HashMap<>(common);
		params.put(name, value);
		if (name2 != null) {
			params.put(name2, value2);
		}
		tx.run(cypher, params).consume();
	}

	private static List<Map<String, Object>> without(List<Map<String, Object>> rows, String key) {
		return rows.stream().map(row -> {
			var copy = new HashMap<>(row);
			copy.remove(key);
			return (Map<String, Object>) copy;
		}).toList();
	}

}
