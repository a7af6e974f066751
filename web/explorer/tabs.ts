// The explorer opens on the project's example operations, one tab each: the same typed documents the
// README shows, the tests run and embedding apps import (src/client/operations.ts), so they cannot
// drift apart. The printed text loses the file's line breaks but not a field.
import { print } from 'graphql';
import { operations } from '../../src/client/index.js';

interface Tab {
  query: string;
  variables?: string;
}

// Global IDs are opaque to clients, but NodeById needs one to start from: this is HMIC's.
const hmicId = btoa('Organisation:hmic').replace(/=+$/, '');

/** Variables that make each example run as it stands. */
const VARIABLES: Record<string, Record<string, unknown>> = {
  WhomDoesHmicInspect: { first: 2 },
  EntityByKey: { key: 'prevent' },
  NodeById: { id: hmicId },
};

// The story order of src/client/operations.ts (a module namespace lists its exports alphabetically).
// The first tab must need no variables: GraphiQL fills the first tab's variables editor from storage only.
const ORDER = ['WhomDidOConnorSucceed', 'WhenWasTheAcpoPlanIssued', 'WhomDoesHmicInspect', 'RecommendationsAndDeadlines', 'TheFourStrands', 'ReportFindings'];

const rank = (name: string) => (ORDER.includes(name) ? ORDER.indexOf(name) : ORDER.length);

export function exampleTabs(): Tab[] {
  const named = Object.entries(operations).sort(([a], [b]) => rank(a) - rank(b) || a.localeCompare(b));
  return named.map(([name, document]) => {
    const variables = VARIABLES[name];
    return { query: print(document), ...(variables ? { variables: JSON.stringify(variables, null, 2) } : {}) };
  });
}
