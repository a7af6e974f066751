// Gives entities of a store loaded before names had a match form (see match-name.ts) their
// `matchName` and `matchAbbreviation`, so that an existing store resolves names as a fresh one does.
// The indexes behind them are the store's schema, which start-up applies first (ensureSchema). A
// store that has them all is left alone after one count.
import neo4j from 'neo4j-driver';
import type { Database } from '../db/neo4j.js';
import { QUERIES } from '../db/queries.js';
import { matchProps } from '../graph/explore/match-name.js';

const BATCH = 5_000;

export async function backfillMatchNames(db: Database): Promise<number> {
  const count = (await db.read<{ n: number }>(QUERIES['match-names-missing-count'])).records[0]!.get('n');
  if (count === 0) return 0;
  let done = 0;
  for (;;) {
    const rows = await db.read<{ key: string; name: string; abbreviation: string | null }>(
      QUERIES['match-names-missing'],
      { batch: neo4j.int(BATCH) },
    );
    if (rows.records.length === 0) return done;
    const updates = rows.records.map((r) => {
      const props = matchProps({ name: r.get('name'), abbreviation: r.get('abbreviation') });
      // A name of punctuation alone has no match form; '' marks it done without ever matching.
      return { key: r.get('key'), props: { ...props, matchName: props.matchName ?? '' } };
    });
    await db.write(QUERIES['set-match-names'], { updates });
    done += updates.length;
  }
}
