// The entities the suite asks about. Each exists at every size the generator makes (they come from
// its first year, or from the source itself), so that a size changes the graph around a question,
// never the question.
import { FORCES, forceKey } from '../synthetic/vocabulary.js';

export const LANDMARKS = {
  /** The first recommendation of the first synthetic report. */
  recommendation: 'rec-2009-0001-1',
  /** A force that every year's reports address. */
  addressee: forceKey(FORCES[24]!),
  /** The first synthetic report. */
  report: 'report-2009-0001',
  /** The inspectorate: it publishes every report and inspects every force. */
  hub: 'hmic',
  pageSize: 20,
  nestedPageSize: 10,
} as const;
