#!/usr/bin/env bash
# Fetches GraphiQL, React and the explorer plugin — pinned versions, with npm from whatever registry
# npm is configured for — and copies their ready-to-serve browser builds into
# src/main/resources/static/graphiql/vendor/, so /graphiql works with no network. Then checks every file
# against scripts/graphiql-assets.sha256 (GraphiQlAssetsTest checks the same list on every build).
#
#   scripts/graphiql-assets.sh          fetch, copy, verify
#   scripts/graphiql-assets.sh --check  only verify the committed files
#
# To move to other versions: change the pins below, run with --update (rewrites the hash list after
# copying), look at /graphiql, and commit the files together with the new list.
set -euo pipefail
cd "$(dirname "$0")/.."

GRAPHIQL=3.8.3                 # the last major with a UMD build (graphiql.min.js) for React 18
PLUGIN_EXPLORER=3.2.6          # @graphiql/plugin-explorer, UMD build for graphiql 3
REACT=18.3.1                   # react and react-dom UMD builds

VENDOR=src/main/resources/static/graphiql/vendor
SUMS=scripts/graphiql-assets.sha256

verify() {
  (cd "$VENDOR" && sha256sum --check --strict "$OLDPWD/$SUMS")
}

if [[ "${1:-}" == "--check" ]]; then
  verify
  exit
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack --silent "graphiql@$GRAPHIQL" "@graphiql/plugin-explorer@$PLUGIN_EXPLORER" \
  "react@$REACT" "react-dom@$REACT" >/dev/null)
for tgz in "$work"/*.tgz; do
  mkdir -p "${tgz%.tgz}" && tar -xzf "$tgz" -C "${tgz%.tgz}"
done

mkdir -p "$VENDOR"
cp "$work/graphiql-$GRAPHIQL/package/graphiql.min.js" "$VENDOR/graphiql.min.js"
cp "$work/graphiql-$GRAPHIQL/package/graphiql.min.css" "$VENDOR/graphiql.min.css"
cp "$work/graphiql-plugin-explorer-$PLUGIN_EXPLORER/package/dist/index.umd.js" "$VENDOR/plugin-explorer.umd.js"
cp "$work/graphiql-plugin-explorer-$PLUGIN_EXPLORER/package/dist/style.css" "$VENDOR/plugin-explorer.css"
cp "$work/react-$REACT/package/umd/react.production.min.js" "$VENDOR/react.production.min.js"
cp "$work/react-dom-$REACT/package/umd/react-dom.production.min.js" "$VENDOR/react-dom.production.min.js"
cp "$work/graphiql-$GRAPHIQL/package/LICENSE" "$VENDOR/LICENSE-graphiql"
cp "$work/react-$REACT/package/LICENSE" "$VENDOR/LICENSE-react"

if [[ "${1:-}" == "--update" ]]; then
  (cd "$VENDOR" && sha256sum -- *.js *.css LICENSE-*) > "$SUMS"
fi
verify
