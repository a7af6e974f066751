// For `npm run bench:fixed-cost`: a database whose reads answer each distinct statement (its Cypher
// and parameters) from the first answer Neo4j gave it. With Neo4j's work taken out, what a request
// costs a server is its own work: HTTP, parsing, validation, building the Cypher, the driver's call
// and shaping the answer. The first request of each statement still goes to Neo4j, so the agreement
// check before timing compares real answers.
import type { Database } from '../../src/db/neo4j.js';
import { withRead } from '../../src/db/wrap.js';

/** Distinct statements kept; a question with a new text per request (lookupFresh) still repeats its Cypher. */
const MAX_KEPT = 10_000;

export function reusingAnswers(db: Database): Database {
  const kept = new Map<string, ReturnType<Database['read']>>();
  const read: Database['read'] = (cypher, params = {}) => {
    const key = `${cypher}\u0000${JSON.stringify(params)}`;
    let answer = kept.get(key);
    if (!answer) {
      answer = db.read(cypher, params);
      // A failed read is not kept: the next request asks Neo4j again.
      answer.catch(() => kept.delete(key));
      if (kept.size >= MAX_KEPT) kept.clear();
      kept.set(key, answer);
    } else {
      db.onQuery?.(cypher, params);
    }
    return answer as never;
  };
  return withRead(db, read);
}
