// Shared vocabularies and the change history are unique by their ids, like everything else that is named.
CREATE CONSTRAINT theme_id IF NOT EXISTS FOR (t:Theme) REQUIRE t.id IS UNIQUE;
CREATE CONSTRAINT taxonomy_id IF NOT EXISTS FOR (t:Taxonomy) REQUIRE t.id IS UNIQUE;
CREATE CONSTRAINT change_id IF NOT EXISTS FOR (c:Change) REQUIRE c.id IS UNIQUE;
// One version of the data, raised by every write (neo4j/GraphVersion).
CREATE CONSTRAINT graph_version_id IF NOT EXISTS FOR (v:GraphVersion) REQUIRE v.id IS UNIQUE;
// Reads filter by the city that owns a node and by the plan an element belongs to.
CREATE INDEX plan_city IF NOT EXISTS FOR (n:Plan) ON (n.cityCode);
CREATE INDEX plan_element_city IF NOT EXISTS FOR (n:PlanElement) ON (n.cityCode);
CREATE INDEX plan_element_plan IF NOT EXISTS FOR (n:PlanElement) ON (n.planId);
CREATE INDEX indicator_city IF NOT EXISTS FOR (n:Indicator) ON (n.cityCode);
// The history is read per target, per city, newest first.
CREATE INDEX change_target IF NOT EXISTS FOR (n:Change) ON (n.targetId);
CREATE INDEX change_city IF NOT EXISTS FOR (n:Change) ON (n.cityCode);
CREATE INDEX change_at IF NOT EXISTS FOR (n:Change) ON (n.at);
