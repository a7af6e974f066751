// Years of synthetic inspection work in the project's model, deterministic from a seed: HMIC
// inspects each of the 43 forces about a dozen times a year; each report makes recommendations
// (addressed to the force, sometimes to other bodies, most with a deadline), states findings about
// the force and quotes its chief constable. Reports, days and months accumulate year by year from
// 2009, so a window of the timeline holds about as much at 1 million nodes as at 10 thousand.
//
// Chunks are yielded a year at a time, so a million nodes never sit in memory at once.
import { NODES } from '../../src/data/facts.js';
import { matchProps } from '../../src/graph/explore/match-name.js';
import { type EntityType, searchTypeOf } from '../../src/graph/model.js';
import { dateNode, dayKey, monthKey } from './dates.js';
import { seeded } from './random.js';
import * as v from './vocabulary.js';

export interface NodeRow {
  label: EntityType;
  key: string;
  props: Record<string, string | number | null>;
  sourceDocuments: string[];
  sourceExcerpts: string[];
}

export interface RelationshipRow {
  type: string;
  from: string;
  to: string;
  sourceDocuments: string[];
  sourceExcerpts: string[];
}

export interface Chunk {
  nodes: NodeRow[];
  relationships: RelationshipRow[];
}

export const FIRST_YEAR = 2009;
export const REPORTS_PER_FORCE_PER_YEAR = 12;
export const REGISTER = 'synthetic-register';

interface Chief {
  key: string;
  name: string;
  force: number;
  termEnds: number;
}

/** Entity count of the graph the chunks make together with the source's own facts. */
export function* generate(options: { nodes: number; seed: number }): Generator<Chunk> {
  const rnd = seeded(options.seed);
  const existing = new Set(NODES.map((n) => n.key));
  let count = NODES.length;
  let chunk: Chunk = { nodes: [], relationships: [] };
  const node = (label: EntityType, key: string, props: NodeRow['props'], doc: string, excerpt: string) => {
    chunk.nodes.push({
      label,
      key,
      props: { ...props, ...matchProps(props), searchType: searchTypeOf(label) },
      sourceDocuments: [doc],
      sourceExcerpts: [excerpt],
    });
    existing.add(key);
    count++;
  };
  const rel = (type: string, from: string, to: string, doc: string, excerpt: string) =>
    chunk.relationships.push({ type, from, to, sourceDocuments: [doc], sourceExcerpts: [excerpt] });
  const date = (key: string, doc: string) => {
    if (existing.has(key)) return key;
    const d = dateNode(key);
    node('CalendarDate', key, d, doc, d.name);
    return key;
  };

  // The register: the synthetic document that the forces, posts and chiefs cite as their source.
  const registerName = `Synthetic benchmark register (seed ${options.seed})`;
  node('Document', REGISTER, { name: registerName, kind: 'REPORT' }, REGISTER, registerName);
  const chiefs: Chief[] = [];
  const former: Chief[] = [];
  const appoint = (force: number, year: number, previous?: Chief) => {
    const name = `${rnd.pick(v.FIRST_NAMES)} ${rnd.pick(v.LAST_NAMES)}`;
    const chief: Chief = {
      key: `chief-${v.forceKey(v.FORCES[force]!).slice(6)}-${year}`,
      name,
      force,
      termEnds: year + rnd.int(3, 7),
    };
    node('Person', chief.key, { name, honorific: null }, REGISTER, name);
    rel(
      'APPOINTED_ON',
      chief.key,
      date(monthKey(year, rnd.int(1, 12)), REGISTER),
      REGISTER,
      `${name} was appointed in ${year}`,
    );
    if (previous) rel('SUCCEEDED', chief.key, previous.key, REGISTER, `${name} took over from ${previous.name}`);
    chiefs[force] = chief;
  };
  v.FORCES.forEach((name, i) => {
    const key = v.forceKey(name);
    node(
      'Organisation',
      key,
      { name: `${name} Police`, kind: 'POLICING_BODY', abbreviation: null },
      REGISTER,
      `${name} Police`,
    );
    rel(
      'INSPECTS',
      'hmic',
      key,
      'pr-2009-002',
      'HMIC inspects and regulates all 43 police forces in England and Wales',
    );
    rel(
      'REGULATES',
      'hmic',
      key,
      'pr-2009-002',
      'HMIC inspects and regulates all 43 police forces in England and Wales',
    );
    node(
      'Post',
      `chief-constable-${key.slice(6)}`,
      { name: `Chief Constable of ${name} Police`, abbreviation: 'CC' },
      REGISTER,
      name,
    );
    rel('POST_AT', `chief-constable-${key.slice(6)}`, key, REGISTER, `Chief Constable of ${name} Police`);
    appoint(i, rnd.int(FIRST_YEAR - 5, FIRST_YEAR - 1));
  });

  const lastReport: string[] = [];
  for (let year = FIRST_YEAR; count < options.nodes; year++) {
    for (let f = 0; f < v.FORCES.length; f++) {
      if (chiefs[f]!.termEnds <= year) {
        former.push(chiefs[f]!);
        appoint(f, year, chiefs[f]);
      }
    }
    const perYear = v.FORCES.length * REPORTS_PER_FORCE_PER_YEAR;
    for (let i = 1; i <= perYear && count < options.nodes; i++) {
      const f = (i - 1) % v.FORCES.length;
      const report = reportOf(year, i, f, lastReport[f]);
      lastReport[f] = report;
    }
    yield chunk;
    chunk = { nodes: [], relationships: [] };
  }
  // Whether a chief still holds the post is known only once the last year is written.
  for (const chief of [...chiefs, ...former]) {
    const post = `chief-constable-${v.forceKey(v.FORCES[chief.force]!).slice(6)}`;
    rel(chiefs.includes(chief) ? 'HOLDS' : 'HELD', chief.key, post, REGISTER, `${chief.name}, Chief Constable`);
  }
  yield chunk;

  function reportOf(year: number, i: number, f: number, previous: string | undefined): string {
    const force = v.FORCES[f]!;
    const forceKey = v.forceKey(force);
    const topic = rnd.pick(v.TOPICS);
    const key = `report-${year}-${String(i).padStart(4, '0')}`;
    const name = `${topic.name}: an inspection of ${force} Police, ${year}`;
    const month = rnd.int(1, 12);
    const published = date(dayKey(year, month, rnd.int(1, 28)), key);
    node(
      'Document',
      key,
      {
        name,
        kind: 'REPORT',
        reference: `HMIC ${year}/${i}`,
        description: `HMIC’s ${year} inspection of ${topic.name.toLowerCase()} in ${force} Police.`,
      },
      key,
      name,
    );
    rel('PUBLISHED', 'hmic', key, key, name);
    rel('PUBLISHED_ON', key, published, key, name);
    rel('CONCERNS', key, topic.strand, key, name);
    rel('ISSUED_TO', key, forceKey, key, name);
    rel('ASSESSES', key, previous ?? 'police-prevent-strategy-and-delivery-plan', key, name);
    const recommendations = rnd.int(6, 10);
    for (let j = 1; j <= recommendations; j++) {
      const concept = rnd.pick(v.CONCEPTS);
      const due = rnd.chance(0.85) ? addMonths(year, month, rnd.int(3, 18)) : undefined;
      const dueName = due ? ` by ${v.MONTHS[due.month - 1]} ${due.year}` : '';
      const text = `${force} Police should ${rnd.pick(v.ACTIONS)} ${v.conceptWords(concept)}${dueName}.`;
      const rec = `rec-${year}-${String(i).padStart(4, '0')}-${j}`;
      node('Recommendation', rec, { name: `Recommendation ${j}`, number: j, text }, key, text);
      rel('RECOMMENDS', key, rec, key, text);
      rel('ADDRESSED_TO', rec, forceKey, key, text);
      if (rnd.chance(0.3)) rel('ADDRESSED_TO', rec, rnd.pick(v.OTHER_BODIES), key, text);
      if (due) rel('DUE_BY', rec, date(monthKey(due.year, due.month), key), key, text);
      if (rnd.chance(0.5)) rel('MENTIONS', rec, concept, key, text);
    }
    const findings = rnd.int(4, 8);
    for (let j = 1; j <= findings; j++) {
      const concept = rnd.pick(v.CONCEPTS);
      const text = `${force} Police ${rnd.pick(v.FINDINGS)} ${v.conceptWords(concept)}.`;
      const finding = `finding-${year}-${String(i).padStart(4, '0')}-${j}`;
      node('Finding', finding, { name: `Finding ${j}`, text }, key, text);
      rel('FINDS', key, finding, key, text);
      rel('ABOUT', finding, forceKey, key, text);
      if (rnd.chance(0.5)) rel('MENTIONS', finding, concept, key, text);
    }
    const statements = rnd.int(0, 3);
    for (let j = 1; j <= statements; j++) {
      const chief = chiefs[f]!;
      const text = `“We will act on what this report says about ${topic.name.toLowerCase()},” said ${chief.name}.`;
      const statement = `statement-${year}-${String(i).padStart(4, '0')}-${j}`;
      node('Statement', statement, { name: `Statement by ${chief.name}`, text }, key, text);
      rel('STATED', chief.key, statement, key, text);
      rel('QUOTES', key, statement, key, text);
    }
    return key;
  }
}

function addMonths(year: number, month: number, add: number): { year: number; month: number } {
  const index = year * 12 + (month - 1) + add;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}
