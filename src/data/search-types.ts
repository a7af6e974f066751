// Gives the entities of a store written before the full-text index held each entity's type
// (TYPE_FIELD, src/graph/model.ts) their `searchType`, so that a search of some types finds them in
// an existing store as in a fresh one. Part of the store's set-up (ensureSchema), before the index
// is created anew over the new field. A store that has them all is left alone after one count.
import neo4j from 'neo4j-driver';
import type { Database } from '../db/neo4j.js';
import { QUERIES } from '../db/queries.js';
import { SEARCHED_TYPES } from '../graph/model.js';

/** Entities per transaction: a million-node store is brought up to date in a hundred small writes. */
const BATCH = 10_000;

/** How many entities were given their type. */
export async function backfillSearchTypes(db: Database): Promise<number> {
  const searched = [...SEARCHED_TYPES];
  const missing = await db.read<{ n: number }>(QUERIES['search-types-missing-count'], { searched });
  const count = missing.records[0]!.get('n');
  if (count === 0) return 0;
  // Key order from the key constraint's index: each batch starts where the last ended, rather than
  // scanning again past the entities already done.
  let after = '';
  for (;;) {
    const { records } = await db.write<{ read: number; last: string | null }>(QUERIES['set-search-types'], {
      after,
      batch: neo4j.int(BATCH),
      searched,
    });
    const last = records[0]?.get('last');
    if (!records[0]?.get('read') || last == null) break;
    after = last;
  }
  return count;
}
