// The explorer opens on the README's example operations, one tab each, read from README.md when the
// page is built: the questions a newcomer is told to paste are already there, and cannot drift from
// the README. Each tab is named after the question above its block ("Whom did Denis O'Connor succeed,
// …" becomes WhomDidDenisOConnorSucceed), which also names the tab in GraphiQL.
import { Kind, parse, print } from 'graphql';
import readme from '../../README.md?raw';

export interface Tab {
  query: string;
}

/** A ```graphql block and the paragraph line just above it. */
const BLOCK = /([^\n]+)\n\n```graphql\n([\s\S]*?)```/g;

function operationName(question: string): string {
  const clause = question.split(/[,?:;(]/)[0] ?? question;
  const words = clause.replace(/['’]/g, '').split(/[^A-Za-z0-9]+/).filter(Boolean).slice(0, 6);
  return words.map((w) => w[0]!.toUpperCase() + w.slice(1).toLowerCase()).join('') || 'Example';
}

/** Blocks that are operations (a README may also show SDL), with anonymous ones given a name. */
export function readmeTabs(markdown: string = readme): Tab[] {
  const tabs: Tab[] = [];
  for (const [, question, body] of markdown.matchAll(BLOCK)) {
    let document;
    try {
      document = parse(body!);
    } catch {
      continue;
    }
    if (!document.definitions.every((d) => d.kind === Kind.OPERATION_DEFINITION || d.kind === Kind.FRAGMENT_DEFINITION)) continue;
    const text = body!.trim();
    const named = text.startsWith('{') ? `query ${operationName(question!)} ${text}` : text;
    // The README writes its blocks compactly; the editor shows them laid out, the question on top.
    tabs.push({ query: `# ${question!.trim()}\n${print(parse(named))}\n` });
  }
  return tabs;
}
