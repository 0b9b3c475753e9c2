// GraphiQL on this server's /graphql, with the explorer plugin and the documentation panel.
// An API key for mutations goes into the Headers tab: {"Authorization": "Bearer KEY"}.
(function () {
  const example = `# plangraph: Japanese cities' strategic plans. Open the Docs panel for the schema,
# or the Explorer to click a query together. An API key for mutations goes into Headers:
# {"Authorization": "Bearer KEY"}

{
  indicator(id: "hitachi-navi-downloads") {
    name unit
    status(asOf: "R5")
    usedBy { role element { code title plan { title } } }
    values { type text fiscalYear { label } }
  }
}
`;
  const root = ReactDOM.createRoot(document.getElementById('graphiql'));
  root.render(React.createElement(GraphiQL, {
    fetcher: GraphiQL.createFetcher({ url: '/graphql' }),
    defaultQuery: example,
    defaultEditorToolsVisibility: true,
    isHeadersEditorEnabled: true,
    plugins: [GraphiQLPluginExplorer.explorerPlugin()],
  }));
})();
