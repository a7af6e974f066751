// An app that embeds the knowledge graph: it prints a plain-text briefing on the inspectorate's
// Prevent report. Run it against a running API:
//   API_URL=http://127.0.0.1:4000/graphql npm run example:briefing
// It imports the client as a package, as an app in its own repository does once it has installed
// the packed client (see README, "Embedding the typed client"); tests/examples/briefing.test.ts
// installs it from that tarball and runs the compiled app.
import { createClient, GraphQLRequestError } from '@ct-knowledge-graph/client';
import { ReportBriefing, WhoLeadsTheInspectorate } from './operations.js';

const url = process.env.API_URL ?? 'http://127.0.0.1:4000/graphql';
// GET with the document's hash only: short URLs that caches can keep, and the form a server in
// trusted-documents mode expects.
const client = createClient({ url, method: 'GET', persisted: true });

const names = (connection: { nodes: { name: string }[] }) => connection.nodes.map((n) => n.name).join(', ');

async function briefing(): Promise<string[]> {
  const [{ document: report }, { organisation: hmic }] = await Promise.all([
    client.request(ReportBriefing, { report: 'prevent-progress-and-prospects' }),
    client.request(WhoLeadsTheInspectorate),
  ]);
  if (!report || !hmic) throw new Error('the API does not hold the report or the inspectorate');
  const lines = [
    `BRIEFING: ${report.title}`,
    `Published by ${names(report.publishedBy)} on ${names(report.publishedOn)}; concerns ${names(report.concerns)}.`,
    ...hmic.posts.nodes.flatMap((post) =>
      post.holders.nodes.map(
        (holder) => `${hmic.name} is led by ${holder.name}, ${post.name} since ${names(holder.appointedOn)}.`,
      ),
    ),
    `${hmic.name} inspects: ${names(hmic.inspects)}.`,
    '',
    `${report.recommends.totalCount} recommendations:`,
  ];
  for (const rec of report.recommends.nodes) {
    const to = rec.addressedTo.nodes.length ? ` To: ${names(rec.addressedTo)}.` : '';
    const due = rec.dueBy.nodes.length ? ` Due by: ${names(rec.dueBy)}.` : '';
    lines.push(`${rec.number}. ${rec.text}${to}${due}`);
  }
  return lines;
}

briefing().then(
  (lines) => console.log(lines.join('\n')),
  (error: unknown) => {
    // The client hands over the server's stable codes, so the app can tell refusal from failure.
    const codes = error instanceof GraphQLRequestError ? ` [${error.codes.join(', ')}]` : '';
    console.error(`briefing failed${codes}: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  },
);
