// Every group of facts the source states (see the README), asked through GraphQL on the real Neo4j.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  RecommendationsAndDeadlines,
  ReportFindings,
  TheFourStrands,
  WhenWasTheAcpoPlanIssued,
  WhomDidOConnorSucceed,
  WhomDoesHmicInspect,
} from '../../packages/client/src/operations.js';
import { data, openHarness, type Harness } from '../support/helpers.js';

let h: Harness;
beforeAll(async () => {
  h = await openHarness();
});
afterAll(() => h.close());

const names = (c: { nodes: { name: string }[] } | undefined | null) => (c?.nodes ?? []).map((n) => n.name);

describe('the facts of the source, through the API', () => {
  it('holds the press release and the report it announces', async () => {
    const d = await data<any>(
      h,
      `{ document(key: "pr-2009-002") { kind reference title mediaContact concerns { nodes { name } }
           announces { nodes { key title kind url publishedOn { nodes { key precision } } publishedBy { nodes { name } } concerns { nodes { name } } } } } }`,
    );
    expect(d.document).toMatchObject({
      kind: 'PRESS_RELEASE',
      reference: '#002/2009',
      title: 'Police and partners need to work together to deliver the ‘Prevent’ strategy',
      mediaContact: 'press office, 020 7035 3535',
    });
    expect(names(d.document.concerns)).toEqual(['Prevent']);
    expect(d.document.announces.nodes).toEqual([
      {
        key: 'prevent-progress-and-prospects',
        title: 'Prevent – Progress and Prospects',
        kind: 'REPORT',
        url: 'www.inspectorates.homeoffice.gov.uk/hmic',
        publishedOn: { nodes: [{ key: '2009-06-24', precision: 'DAY' }] },
        publishedBy: { nodes: [{ name: 'HMIC' }] },
        concerns: { nodes: [{ name: 'Prevent' }] },
      },
    ]);
  });

  it('knows who wrote the ACPO plan, to whom and when it was issued, and what it supports', async () => {
    const d = await data(h, WhenWasTheAcpoPlanIssued);
    expect(d.document?.title).toBe('Police Prevent Strategy and Delivery Plan');
    expect(d.document?.writtenBy.nodes).toEqual([
      { name: 'Association of Chief Police Officers', abbreviation: 'ACPO' },
    ]);
    expect(names(d.document?.issuedTo)).toEqual(['Police Service']);
    expect(d.document?.issuedOn.nodes).toEqual([
      { key: '2008-04', name: 'April 2008', precision: 'MONTH', start: '2008-04-01', end: '2008-04-30' },
    ]);
    expect(d.document?.assessedBy.nodes).toEqual([
      { title: 'Prevent – Progress and Prospects', publishedOn: { nodes: [{ name: '24 June 2009' }] } },
    ]);
    const s = await data<any>(
      h,
      `{ document(key: "police-prevent-strategy-and-delivery-plan") { supports { nodes { key } } } }`,
    );
    expect(s.document.supports.nodes).toEqual([{ key: 'prevent' }]);
  });

  it('holds the strategy and its four strands, each with its one-line description', async () => {
    const d = await data(h, TheFourStrands);
    expect(names(d.strategy?.ownedBy)).toEqual(['Government']);
    expect(d.strategy?.strands.totalCount).toBe(4);
    expect(d.strategy?.strands.nodes).toEqual([
      { key: 'prepare', name: 'Prepare', description: 'lessening the impact of terrorism attacks.' },
      {
        key: 'prevent',
        name: 'Prevent',
        description: 'stopping people becoming terrorists or supporting violent extremism.',
      },
      { key: 'protect', name: 'Protect', description: 'strengthening our defences against terrorist attacks.' },
      { key: 'pursue', name: 'Pursue', description: 'disrupting plots and bringing terrorists to justice.' },
    ]);
  });

  it('knows Denis O’Connor’s post, appointment and predecessor', async () => {
    const d = await data(h, WhomDidOConnorSucceed);
    expect(d.person?.name).toBe('Denis O’Connor');
    expect(d.person?.holds.nodes).toEqual([
      { name: 'Her Majesty’s Chief Inspector of Constabulary', abbreviation: 'HMCIC' },
    ]);
    expect(d.person?.appointedOn.nodes).toEqual([
      { name: 'May 2009', precision: 'MONTH', start: '2009-05-01', end: '2009-05-31' },
    ]);
    expect(names(d.person?.succeeded)).toEqual(['Sir Ronnie Flanagan']);
    expect(d.person?.succeeded.edges[0]?.relationship?.sources[0]?.excerpt).toBe(
      'He took over the role from Sir Ronnie Flanagan.',
    );
    const post = await data<any>(
      h,
      `{ post(key: "hmcic") { holders { nodes { key } } formerHolders { nodes { key } } organisation { nodes { key } } } }`,
    );
    expect(post.post).toEqual({
      holders: { nodes: [{ key: 'denis-oconnor' }] },
      formerHolders: { nodes: [{ key: 'ronnie-flanagan' }] },
      organisation: { nodes: [{ key: 'hmic' }] },
    });
  });

  it('holds his two quoted statements and the lede’s reported one', async () => {
    const d = await data<any>(
      h,
      `{ person(key: "denis-oconnor") { stated { totalCount nodes { key text quotedIn { nodes { key } } } } } }`,
    );
    expect(d.person.stated.totalCount).toBe(3);
    expect(d.person.stated.nodes.map((s: { key: string }) => s.key)).toContain(
      'statement-oconnor-shared-responsibility',
    );
    const texts = d.person.stated.nodes.map((s: { text: string }) => s.text);
    expect(texts.some((t: string) => t.startsWith('The Police Service has identified the importance of Prevent'))).toBe(
      true,
    );
    expect(texts.some((t: string) => t.startsWith('Terrorists pose a very real threat to public safety.'))).toBe(true);
    for (const s of d.person.stated.nodes) expect(s.quotedIn.nodes).toEqual([{ key: 'pr-2009-002' }]);
  });

  it('knows HMIC as an independent inspectorate and whom it inspects and regulates', async () => {
    const d = await data(h, WhomDoesHmicInspect, { first: 10 });
    expect(d.organisation?.description).toMatch(/^An independent inspectorate/);
    const inspected = d.organisation?.inspects.edges.map((e) => e.node.abbreviation ?? e.node.key);
    expect(inspected).toEqual(['BTP', 'police-forces-england-wales', 'PSNI', 'SOCA']);
    expect(
      d.organisation?.inspects.edges.find((e) => e.node.key === 'police-forces-england-wales')?.node.memberCount,
    ).toBe(43);
    const r = await data<any>(
      h,
      `{ organisation(key: "psni") { regulatedBy { nodes { key } } inspectedBy { nodes { key infoUrl } } } }`,
    );
    expect(r.organisation).toEqual({
      regulatedBy: { nodes: [{ key: 'hmic' }] },
      inspectedBy: { nodes: [{ key: 'hmic', infoUrl: 'www.inspectorates.homeoffice.gov.uk/hmic' }] },
    });
  });

  it('holds the report’s findings', async () => {
    const d = await data(h, ReportFindings);
    const findings = d.document?.finds.nodes ?? [];
    expect(d.document?.finds.totalCount).toBe(7);
    const text = findings.map((f) => f.text).join('\n');
    for (const phrase of [
      'different stages of maturity',
      'good progress in recruiting specialist staff',
      'All forces are on track',
      'well developed relationships',
      'must do more to understand the risk of violent extremism',
      'targeted at areas of greatest vulnerability',
    ]) {
      expect(text).toContain(phrase);
    }
    const relationships = findings.find((f) => f.key === 'finding-relationships');
    expect(relationships?.mentions.nodes.map((n) => n.key).sort()).toEqual([
      'prevent',
      'radicalisers',
      'vulnerable-people',
    ]);
  });

  it('holds the six recommendations, with addressee and deadline where the text gives them', async () => {
    const d = await data(h, RecommendationsAndDeadlines);
    expect(names(d.document?.publishedBy)).toEqual(['HMIC']);
    const recs = d.document?.recommends.nodes ?? [];
    expect(recs.map((r) => r.number)).toEqual([1, 2, 3, 4, 5, 6]);
    const summary = Object.fromEntries(
      recs.map((r) => [r.key, [names(r.addressedTo), r.dueBy.nodes.map((n) => n.name)]]),
    );
    expect(summary).toEqual({
      'rec-2009-1': [[], []],
      'rec-2009-2': [[], []],
      'rec-2009-3': [['Police Service'], ['September 2009']],
      'rec-2009-4': [['Police forces of England and Wales'], ['March 2010']],
      'rec-2009-5': [[], []],
      'rec-2009-6': [[], []],
    });
  });

  it('holds the concepts the text turns on', async () => {
    const d = await data<any>(h, `{ concepts { totalCount nodes { key mentionedBy { totalCount } } } }`);
    expect(d.concepts.nodes.map((c: { key: string }) => c.key)).toEqual([
      'home-grown-terrorists',
      'public-confidence',
      'radicalisers',
      'violent-extremism',
      'vulnerable-people',
    ]);
    for (const c of d.concepts.nodes) expect(c.mentionedBy.totalCount).toBeGreaterThan(0);
  });

  it('keeps each date at the precision the text gives', async () => {
    const d = await data<any>(h, `{ calendarDates { nodes { key precision year month day start end } } }`);
    expect(d.calendarDates.nodes).toEqual([
      { key: '2008-04', precision: 'MONTH', year: 2008, month: 4, day: null, start: '2008-04-01', end: '2008-04-30' },
      { key: '2009-05', precision: 'MONTH', year: 2009, month: 5, day: null, start: '2009-05-01', end: '2009-05-31' },
      { key: '2009-06-24', precision: 'DAY', year: 2009, month: 6, day: 24, start: '2009-06-24', end: '2009-06-24' },
      { key: '2009-09', precision: 'MONTH', year: 2009, month: 9, day: null, start: '2009-09-01', end: '2009-09-30' },
      { key: '2010-03', precision: 'MONTH', year: 2010, month: 3, day: null, start: '2010-03-01', end: '2010-03-31' },
    ]);
  });

  it('keeps where to find the report and the press office contact as properties', async () => {
    const d = await data<any>(
      h,
      `{ r: document(key: "prevent-progress-and-prospects") { url } p: document(key: "pr-2009-002") { mediaContact } o: organisation(key: "hmic") { infoUrl } }`,
    );
    expect(d).toEqual({
      r: { url: 'www.inspectorates.homeoffice.gov.uk/hmic' },
      p: { mediaContact: 'press office, 020 7035 3535' },
      o: { infoUrl: 'www.inspectorates.homeoffice.gov.uk/hmic' },
    });
  });
});
