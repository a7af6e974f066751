// The explorer opens on the README's example operations, one tab each, read from README.md when the
// page is built: the questions a newcomer is told to paste are already there, and cannot drift from
// the README. A block may hold several operations; each gets its own tab, titled by the `#` comment
// just above it or else by the line above the block, and an anonymous one is named after that
// question ("Whom did Denis O'Connor succeed, …" becomes WhomDidDenisOconnorSucceed), which also
// is the name GraphiQL knows the tab by. GraphiQL titles a tab with its operation name, which cannot
// hold spaces; each tab therefore also has a `title` in plain words ("Whom did Denis O’Connor
// succeed?"), which the page shows in place of that name (see main.ts).
import { Kind, parse, print, type DefinitionNode, type DocumentNode, type OperationDefinitionNode } from 'graphql';
import readme from '../../README.md?raw';

export interface Tab {
  query: string;
  /** The operation's name, as GraphiQL shows it until the page puts `title` in its place. */
  operationName: string;
  /** The tab's title in plain words: the question's first clause. */
  title: string;
  /** The question the tab answers, and the README block it came from. */
  question: string;
  block: string;
}

/** A ```graphql block and the paragraph line just above it. */
const BLOCK = /([^\n]+)\n\n```graphql\n([\s\S]*?)```/g;

/** The question up to its first comma, colon or bracket: "Whom did Denis O'Connor succeed?" */
function firstClause(question: string): string {
  const clause = (question.split(/[,?:;(]/)[0] ?? question).trim();
  return /^(who|whom|what|when|where|which|why|how)\b/i.test(clause) ? `${clause}?` : clause;
}

/** The question's n-th clause (0 first), split at commas and "and", as a question of its own. */
function nthClause(question: string, n: number): string | undefined {
  const clause = question.split(/,\s*(?:and\s+)?/)[n];
  return clause && firstClause(clause[0]!.toUpperCase() + clause.slice(1));
}

function operationName(question: string): string {
  const clause = question.split(/[,?:;(]/)[0] ?? question;
  const words = clause
    .replace(/['’]/g, '')
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .slice(0, 6);
  return words.map((w) => w[0]!.toUpperCase() + w.slice(1).toLowerCase()).join('') || 'Example';
}

/** The `#` comment lines right above a definition, joined; empty if there are none. */
function commentAbove(body: string, definition: DefinitionNode): string {
  const before = body
    .slice(0, definition.loc?.start ?? 0)
    .trimEnd()
    .split('\n');
  const comments: string[] = [];
  while (before.length && before.at(-1)!.trim().startsWith('#'))
    comments.unshift(before.pop()!.trim().replace(/^#\s*/, ''));
  return comments.join(' ');
}

/** An operation's root fields as a name: `{ recommendations(…) { … } }` becomes Recommendations. */
function rootFieldsName(definition: OperationDefinitionNode): string {
  const fields = definition.selectionSet.selections.flatMap((s) => (s.kind === Kind.FIELD ? [s.name.value] : []));
  return fields.map((f) => f[0]!.toUpperCase() + f.slice(1)).join('And') || 'Example';
}

/** An operation's root fields in words: `{ recommendations(…) }` becomes "recommendations". */
function rootFieldsWords(definition: OperationDefinitionNode): string {
  return definition.selectionSet.selections.flatMap((s) => (s.kind === Kind.FIELD ? [s.name.value] : [])).join(' and ');
}

export function readmeTabs(markdown: string = readme): Tab[] {
  const tabs: Tab[] = [];
  for (const [, paragraph, body] of markdown.matchAll(BLOCK)) {
    let document: DocumentNode;
    try {
      document = parse(body!);
    } catch {
      continue; // not GraphQL after all
    }
    const fragments = document.definitions.filter((d) => d.kind === Kind.FRAGMENT_DEFINITION);
    for (const definition of document.definitions) {
      if (definition.kind !== Kind.OPERATION_DEFINITION) continue; // SDL, or a fragment used below
      // An operation without its own comment shares the question of the one above it (or the line
      // above the block), and is named after its root fields so that two tabs never share a name.
      const own = commentAbove(body!, definition);
      const question = own || (tabs.at(-1)?.block === body ? tabs.at(-1)!.question : paragraph!.trim());
      const name = own || document.definitions.length === 1 ? operationName(question) : rootFieldsName(definition);
      const named: OperationDefinitionNode = definition.name
        ? definition
        : { ...definition, name: { kind: Kind.NAME, value: name } };
      // The README writes its examples compactly; the editor shows them laid out, the question on top.
      const text = print({ kind: Kind.DOCUMENT, definitions: [named, ...fragments] });
      // An operation that shares the question of the one above takes the question's next clause:
      // "What happened after …, and what was due by March 2010, …" gives "What was due by March 2010?".
      const shared = own ? 0 : tabs.filter((t) => t.block === body && t.question === question).length;
      const title = shared
        ? (nthClause(question, shared) ?? `${firstClause(question)} (${rootFieldsWords(named)})`)
        : firstClause(question);
      tabs.push({ query: `# ${question}\n${text}\n`, operationName: named.name!.value, title, question, block: body! });
    }
  }
  return tabs;
}
