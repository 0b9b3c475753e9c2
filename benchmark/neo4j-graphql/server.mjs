// @neo4j/graphql over the same graph plangraph serves, for the benchmark: it compiles each GraphQL request
// into one Cypher query. Plain fields and relationships only (no statuses: it has no rules to compute them).
// NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD, PORT; WORKERS processes share the port (node:cluster).
import cluster from "node:cluster";
import { ApolloServer } from "@apollo/server";
import { startStandaloneServer } from "@apollo/server/standalone";
import { Neo4jGraphQL } from "@neo4j/graphql";
import neo4j from "neo4j-driver";

const typeDefs = /* GraphQL */ `
  type City @node {
    code: ID!
    name: String!
    prefecture: String
    plans: [Plan!]! @relationship(type: "HAS_PLAN", direction: OUT)
  }
  type Plan @node {
    id: ID!
    title: String!
    kind: String
    city: [City!]! @relationship(type: "HAS_PLAN", direction: IN)
    elements: [PlanElement!]! @relationship(type: "HAS_ELEMENT", direction: OUT, properties: "Position")
  }
  type Position @relationshipProperties {
    position: Int
  }
  type Use @relationshipProperties {
    role: String
    position: Int
  }
  type PlanElement @node {
    id: ID!
    kind: String
    code: String
    title: String!
    plan: [Plan!]! @relationship(type: "PART_OF", direction: OUT)
    children: [PlanElement!]! @relationship(type: "HAS_CHILD", direction: OUT, properties: "Position")
    indicators: [Indicator!]! @relationship(type: "USES", direction: OUT, properties: "Use")
    reportedRatios: [ReportedRatio!]! @relationship(type: "HAS_RATIO", direction: OUT)
  }
  type Indicator @node {
    id: ID!
    name: String!
    unit: String
    direction: String
    values: [IndicatorValue!]! @relationship(type: "HAS_VALUE", direction: OUT)
    usedBy: [PlanElement!]! @relationship(type: "USES", direction: IN, properties: "Use")
  }
  type IndicatorValue @node {
    type: String
    text: String
    number: Float
    fiscalYear: Int
    fiscalYearLabel: String
  }
  type ReportedRatio @node {
    fiscalYear: Int
    fiscalYearLabel: String
    text: String
  }
`;

const workers = Number(process.env.WORKERS ?? 1);
if (cluster.isPrimary && workers > 1) {
  for (let i = 0; i < workers; i++) cluster.fork();
} else {
  const user = process.env.NEO4J_USER;
  const driver = neo4j.driver(process.env.NEO4J_URI ?? "bolt://127.0.0.1:7687",
    user ? neo4j.auth.basic(user, process.env.NEO4J_PASSWORD ?? "") : neo4j.auth.none());
  const schema = await new Neo4jGraphQL({ typeDefs, driver }).getSchema();
  const server = new ApolloServer({ schema });
  const { url } = await startStandaloneServer(server, {
    listen: { host: "127.0.0.1", port: Number(process.env.PORT ?? 4000) },
  });
  console.log(`@neo4j/graphql at ${url}`);
}
