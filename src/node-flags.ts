// The V8 flags the API is served with. `npm start` passes them (package.json's start script, kept
// equal to this list by tests/unit/node-flags.test.ts); the benchmark and the load scripts start
// their servers with them too, so that what they measure is what is served.
//
// A young generation of 32 MB semi-spaces instead of V8's 16 MB: a request's objects stay alive
// while it waits for Neo4j, so with many requests in flight the default young generation filled
// several times during each of them, and every scavenge copied (and then promoted to the old
// generation) what the requests in flight still held. With 32 MB, at 16 requests in flight on 10k
// nodes, the API's CPU per request fell 5–15% and its throughput rose 6–25% (lookup, nested, page,
// timeline: `npm run bench:fixed-cost -- --answers real`), for some tens of MB more resident memory
// under load.
export const SERVE_NODE_FLAGS: readonly string[] = ['--max-semi-space-size=32'];
