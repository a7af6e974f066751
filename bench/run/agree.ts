// Before any clock starts: every system must give the same answer to every question, once each
// answer is reduced to the common form. A question answered by nothing (null, an empty list) fails
// too, so that three empty answers cannot pass for agreement.
import { isDeepStrictEqual } from 'node:util';
import { SYSTEMS, type Case, type System } from '../suite/case.js';
import { client, type Target } from './client.js';
import type { Running } from './systems.js';

export function targetOf(c: Case, running: Running): Target {
  if (running.system === 'floor')
    return { url: `${running.url}/${c.floor.name}`, body: JSON.stringify(c.floor.params) };
  const request = c[running.system];
  const body = (query: string) => JSON.stringify({ query, variables: request.variables });
  const { fresh } = request;
  return { url: running.url, body: body(request.query), ...(fresh ? { next: () => body(fresh()) } : {}) };
}

const isEmpty = (value: unknown) =>
  value === null ||
  value === undefined ||
  (Array.isArray(value) && value.length === 0) ||
  (typeof value === 'object' && Object.keys(value as object).length === 0);

export interface Agreement {
  case: string;
  answer: unknown;
}

export async function checkAgreement(suite: readonly Case[], systems: Running[]): Promise<Agreement[]> {
  const http = client(1);
  const agreed: Agreement[] = [];
  try {
    for (const c of suite) {
      const answers = new Map<System, unknown>();
      for (const running of systems) {
        const json = await http.post(targetOf(c, running));
        answers.set(running.system, c.normalise[running.system](json.data));
      }
      const reference = answers.get(SYSTEMS[0]!);
      if (isEmpty(reference)) throw new Error(`${c.name}: empty answer, nothing to compare`);
      for (const [system, answer] of answers) {
        if (!isDeepStrictEqual(answer, reference)) {
          throw new Error(
            `${c.name}: ${system} disagrees with ${SYSTEMS[0]}\n` +
              `${SYSTEMS[0]}: ${JSON.stringify(reference).slice(0, 2000)}\n${system}: ${JSON.stringify(answer).slice(0, 2000)}`,
          );
        }
      }
      agreed.push({ case: c.name, answer: reference });
    }
  } finally {
    http.close();
  }
  return agreed;
}
