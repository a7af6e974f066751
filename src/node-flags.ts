// The V8 flags the API is served with. `npm start` passes them (package.json's start script, kept
// equal to this list by tests/unit/node-flags.test.ts); the benchmark and the load scripts start
// their servers with them too, so that what they measure is what is served.
//
// A young generation of 32 MB semi-spaces instead of V8's 16 MB: a request's objects stay alive
// while it waits for Neo4j, so every scavenge finds the requests then in flight still holding theirs
// and copies them (into the old generation, the second time). Semi-spaces twice as large halve the
// number of scavenges, and so the copying of what is in flight. With 32 MB, at 16 requests in flight
// on 10k nodes, the API's CPU per request fell 5–15% and its throughput rose 6–25% (lookup, nested, page,
// timeline: `npm run bench:fixed-cost -- --answers real`), for some tens of MB more resident memory
// under load.
export const SERVE_NODE_FLAGS: readonly string[] = ['--max-semi-space-size=32'];
