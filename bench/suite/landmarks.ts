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
  /** Due by the end of this period (a month, as the API takes it). */
  dueBy: '2010-12',
  dueByEnd: '2010-12-31',
  pageSize: 20,
  nestedPageSize: 10,
  neighbourLimit: 200,
  /** A former HM Chief Inspector and a recommendation made after his time: four hops apart. */
  pathFrom: 'ronnie-flanagan',
  pathTo: 'rec-2009-0001-1',
  /** A month of the first synthetic year, as the API takes it and as ISO days. */
  timelineMonth: '2009-07',
  timelineFrom: '2009-07-01',
  timelineTo: '2009-07-31',
  timelinePage: 50,
  searchText: 'Metropolitan radicalisers',
  searchPage: 10,
  /** What a person has typed of a force's name: forces, their chief constables' posts, reports. */
  suggestPrefix: 'Lanc',
  suggestPage: 8,
} as const;
