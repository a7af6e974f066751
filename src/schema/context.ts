import type { Database } from '../db/neo4j.js';
import type { Translator } from '../graph/translate.js';

/** What every resolver receives: the database and the translator configured for this server. */
export interface Context {
  db: Database;
  translator: Translator;
}
