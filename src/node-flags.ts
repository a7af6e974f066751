// The V8 flags the API is served with. `npm start` passes them (package.json's start script, kept
// equal to this list by tests/unit/node-flags.test.ts); the benchmark and the load scripts start
// their servers with them too, so that what they measure is what is served.
//
// A young generation of 64 MB semi-spaces instead of V8's 16 MB: a request's objects stay alive
// while it waits for Neo4j, so every scavenge finds the requests then in flight still holding theirs
// and copies them, and what is still alive at the next scavenge goes to the old generation. Larger
// semi-spaces mean fewer scavenges, and each finds as much in flight, so the copying falls with them.
// 32 MB (against 16) took 5–15% off the API's CPU per request at 16 requests in flight on 10k
// nodes. 64 MB (against 32), on 100k nodes with real answers: at 16 requests in flight, 23 scavenges
// instead of 46 over 12,000 lookups, 107 ms of pauses instead of 253, 27 MB promoted to the old
// generation instead of 85 (`--trace-gc-nvp`). Over five questions (lookup, nested, timeline,
// suggest, deep filter) at c = 1 and c = 16, paired round by round: 3–11% less CPU per request and
// 1–17% more requests a second, the median of 10 rounds in each cell; resident memory after the run
// 221 MiB against 237.
export const SERVE_NODE_FLAGS: readonly string[] = ['--max-semi-space-size=64'];
