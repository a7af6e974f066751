// Curator writes beside the read load: each writer records progress on a recommendation for one new
// date after another, or adds a document, and keeps the key of every write the API acknowledged.
// Afterwards every acknowledged write is looked up through the API, with its audit trail.
import { toGlobalId } from '../../src/graph/ids.js';

export interface Acknowledged {
  type: 'ProgressUpdate' | 'Document';
  key: string;
}

export interface WriterReport {
  acknowledged: Acknowledged[];
  failed: number;
  /** Failed writes by error code (or HTTP status). */
  failures: Record<string, number>;
  latenciesMs: number[];
}

const post = async (url: string, token: string, query: string, variables: unknown) => {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, json: (await response.json()) as { data?: any; errors?: unknown[] } };
};

const RECORD =
  'mutation LoadRecordProgress($i: RecordProgressInput!) { recordProgress(input: $i) { changed progressUpdate { key } } }';
const ADD = 'mutation LoadAddDocument($i: AddDocumentInput!) { addDocument(input: $i) { changed document { key } } }';

/** Writes back to back while `running()`, or one every `intervalMs` when given. */
export async function runWriter(
  url: string,
  token: string,
  writer: number,
  running: () => boolean,
  intervalMs = 0,
): Promise<WriterReport> {
  const report: WriterReport = { acknowledged: [], failed: 0, failures: {}, latenciesMs: [] };
  for (let i = 0; running(); i++) {
    if (intervalMs > 0 && i > 0) await new Promise((resolve) => setTimeout(resolve, intervalMs));
    if (!running()) break;
    const started = performance.now();
    const day = new Date(Date.UTC(1950, 0, 1) + i * 86_400_000).toISOString().slice(0, 10);
    const asDocument = i % 5 === 4;
    const { status, json } = asDocument
      ? await post(url, token, ADD, {
          i: {
            key: `load-doc-${writer}-${i}`,
            title: `Load document ${writer}/${i}`,
            kind: 'REPORT',
            publisher: toGlobalId('Organisation', 'hmic'),
            published: day,
            concerns: [toGlobalId('Strand', 'prevent')],
            excerpt: `Load document ${writer}/${i}, HMIC, ${day}.`,
          },
        })
      : await post(url, token, RECORD, {
          i: {
            recommendation: toGlobalId('Recommendation', `rec-2009-${(writer % 6) + 1}`),
            status: 'IN_PROGRESS',
            date: day,
            evidence: `Writer ${writer}, write ${i}.`,
            source: toGlobalId('Document', 'pr-2009-002'),
          },
        });
    report.latenciesMs.push(performance.now() - started);
    const written = asDocument ? json.data?.addDocument?.document?.key : json.data?.recordProgress?.progressUpdate?.key;
    if (status === 200 && !json.errors && written)
      report.acknowledged.push({ type: asDocument ? 'Document' : 'ProgressUpdate', key: written });
    else {
      report.failed++;
      const codes = (json.errors as { extensions?: { code?: string } }[] | undefined)?.map((e) =>
        String(e.extensions?.code),
      ) ?? [`HTTP ${status}`];
      for (const code of codes) report.failures[code] = (report.failures[code] ?? 0) + 1;
    }
  }
  return report;
}

/** The acknowledged writes the graph does not hold, each with at least one audit record. */
export async function missingWrites(url: string, token: string, writes: Acknowledged[]): Promise<Acknowledged[]> {
  const missing: Acknowledged[] = [];
  for (let start = 0; start < writes.length; start += 100) {
    const batch = writes.slice(start, start + 100);
    const query = `query LoadVerify($ids: [ID!]!) { nodes(ids: $ids) { id ... on ProgressUpdate { auditTrail(first: 1) { totalCount } } ... on Document { auditTrail(first: 1) { totalCount } } } }`;
    const { json } = await post(url, token, query, { ids: batch.map((w) => toGlobalId(w.type, w.key)) });
    if (json.errors) throw new Error(`verification failed: ${JSON.stringify(json.errors)}`);
    (json.data.nodes as ({ auditTrail: { totalCount: number } } | null)[]).forEach((node, i) => {
      if (!node || node.auditTrail.totalCount < 1) missing.push(batch[i]!);
    });
  }
  return missing;
}
