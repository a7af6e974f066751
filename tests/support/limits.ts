// The served API's limits with the cost limit lifted, for tests about answers and round trips that
// send deliberately large queries. The limits themselves are tested through the served API
// (tests/integration/hostile-requests.test.ts).
import { DEFAULT_LIMITS } from '../../src/server/limits.js';

export const COST_LIFTED = { limits: { ...DEFAULT_LIMITS, maxCost: Number.MAX_SAFE_INTEGER } };
