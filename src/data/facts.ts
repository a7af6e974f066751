// Every fact of HMIC press release #002/2009, as nodes and relationships, each with the exact excerpt
// of the shipped source text (data/hmic-press-release-002-2009.txt) that states it. A test checks that
// every excerpt occurs verbatim in that file; nothing here may be stated without one.

export const SOURCE_DOCUMENT = 'pr-2009-002';
export const SOURCE_FILE = 'data/hmic-press-release-002-2009.txt';

export interface FactNode {
  label: string;
  key: string;
  props: Record<string, string | number | boolean | null>;
  excerpts: string[];
}

export interface FactRelationship {
  type: string;
  from: string;
  to: string;
  excerpts: string[];
}

const node = (label: string, key: string, props: FactNode['props'], ...excerpts: string[]): FactNode => ({
  label,
  key,
  props,
  excerpts,
});

const date = (key: string, label: string, excerpt: string): FactNode => {
  const [year, month, day] = key.split('-').map(Number) as [number, number | undefined, number | undefined];
  // The first and last day the date covers: a month runs from its 1st to its last day, so that
  // "due before 2010-03-15" and "published in 2009" compare intervals, not strings.
  const start = new Date(Date.UTC(year, (month ?? 1) - 1, day ?? 1));
  const end = day ? start : new Date(Date.UTC(month ? year : year + 1, month ?? 0, 0));
  const iso = (d: Date) => d.toISOString().slice(0, 10);
  return node(
    'CalendarDate',
    key,
    {
      name: label,
      precision: day ? 'DAY' : month ? 'MONTH' : 'YEAR',
      year,
      month: month ?? null,
      day: day ?? null,
      start: iso(start),
      end: iso(end),
    },
    excerpt,
  );
};

export const NODES: FactNode[] = [
  // Documents
  node(
    'Document',
    'pr-2009-002',
    {
      name: 'Police and partners need to work together to deliver the ‘Prevent’ strategy',
      kind: 'PRESS_RELEASE',
      reference: '#002/2009',
      mediaContact: 'press office, 020 7035 3535',
    },
    '#002/2009 – Police and partners need to work together to deliver the ‘Prevent’ strategy',
    'For media enquiries and interview requests please call the press office on 020 7035 3535.',
  ),
  node(
    'Document',
    'prevent-progress-and-prospects',
    {
      name: 'Prevent – Progress and Prospects',
      kind: 'REPORT',
      url: 'www.inspectorates.homeoffice.gov.uk/hmic',
      description: 'HMIC’s report on the critical role played by the police in delivering ‘Prevent’.',
    },
    'HMIC’s report, ‘Prevent – Progress and Prospects’, highlights the critical role played by the police in delivering ‘Prevent’',
    'The report “Prevent – Progress and Prospects” is published on 24th June 2009, and can be viewed at www.inspectorates.homeoffice.gov.uk/hmic',
  ),
  node(
    'Document',
    'police-prevent-strategy-and-delivery-plan',
    {
      name: 'Police Prevent Strategy and Delivery Plan',
      kind: 'DELIVERY_PLAN',
      description: 'Outlines how the police service can support the government’s Prevent strategy.',
    },
    '“Police Prevent Strategy and Delivery Plan” – written by the Association of Chief Police Officers (ACPO) and issued to the Police Service in April 2008, to outline how the police service can support the government’s Prevent strategy.',
  ),

  // Organisations
  node(
    'Organisation',
    'hmic',
    {
      name: 'HMIC',
      kind: 'INSPECTORATE',
      description:
        'An independent inspectorate; a fierce advocate of the public interest that rigorously examines the effectiveness of police forces and authorities to tackle crime and terrorism, and raise public confidence.',
      infoUrl: 'www.inspectorates.homeoffice.gov.uk/hmic',
    },
    'HMIC is an independent inspectorate. It is a fierce advocate of the public interest and rigorously examines the effectiveness of police forces and authorities to tackle crime and terrorism, and raise public confidence.',
    'Further information on the role of HMIC can be found at www.inspectorates.homeoffice.gov.uk/hmic',
  ),
  node(
    'Organisation',
    'acpo',
    { name: 'Association of Chief Police Officers', abbreviation: 'ACPO', kind: 'ASSOCIATION' },
    'the Association of Chief Police Officers (ACPO)',
  ),
  node(
    'Organisation',
    'soca',
    { name: 'Serious Organised Crime Agency', abbreviation: 'SOCA', kind: 'POLICING_BODY' },
    'the Serious Organised Crime Agency',
  ),
  node(
    'Organisation',
    'psni',
    { name: 'Police Service of Northern Ireland', abbreviation: 'PSNI', kind: 'POLICING_BODY' },
    'the Police Service of Northern Ireland',
  ),
  node(
    'Organisation',
    'btp',
    { name: 'British Transport Police', abbreviation: 'BTP', kind: 'POLICING_BODY' },
    'the British Transport Police',
  ),
  node(
    'Organisation',
    'police-forces-england-wales',
    {
      name: 'Police forces of England and Wales',
      kind: 'POLICE_FORCES',
      memberCount: 43,
      description: 'All 43 police forces in England and Wales.',
    },
    'all 43 police forces in England and Wales',
  ),
  node(
    'Organisation',
    'police-service',
    { name: 'Police Service', kind: 'POLICE_SERVICE' },
    'The Police Service has identified the importance of Prevent to the long term security of this country.',
  ),
  node('Organisation', 'government', { name: 'Government', kind: 'GOVERNMENT' }, 'the government’s counter terrorism strategy'),
  node(
    'Organisation',
    'local-partners',
    {
      name: 'Local partners',
      kind: 'PARTNERS',
      description: 'Communities, local authorities and other agencies that the police work with.',
    },
    'Police and their local partners, working with government',
    'the importance of police working effectively with communities, local authorities and other agencies',
  ),

  // People and posts
  node(
    'Person',
    'denis-oconnor',
    { name: 'Denis O’Connor', searchName: 'Denis OConnor O Connor' },
    'Denis O’Connor, HM Chief Inspector of Constabulary',
  ),
  node(
    'Person',
    'ronnie-flanagan',
    { name: 'Sir Ronnie Flanagan', honorific: 'Sir' },
    'He took over the role from Sir Ronnie Flanagan.',
  ),
  node(
    'Post',
    'hmcic',
    { name: 'Her Majesty’s Chief Inspector of Constabulary', abbreviation: 'HMCIC' },
    'Her Majesty’s Chief Inspector of Constabulary (HMCIC)',
  ),

  // The strategy and its four strands
  node(
    'Strategy',
    'ct-strategy',
    {
      name: 'Government counter-terrorism strategy',
      description: 'The government’s strategy for fighting terrorism, and protecting the UK, divided into four key strands, known as the four P’s.',
    },
    'The government’s strategy for fighting terrorism, and protecting the UK, is divided into four key strands, known as the four P’s',
  ),
  node('Strand', 'protect', { name: 'Protect', description: 'strengthening our defences against terrorist attacks.' }, 'Protect – strengthening our defences against terrorist attacks.'),
  node(
    'Strand',
    'prevent',
    { name: 'Prevent', description: 'stopping people becoming terrorists or supporting violent extremism.' },
    'Prevent – stopping people becoming terrorists or supporting violent extremism.',
  ),
  node('Strand', 'prepare', { name: 'Prepare', description: 'lessening the impact of terrorism attacks.' }, 'Prepare – lessening the impact of terrorism attacks.'),
  node('Strand', 'pursue', { name: 'Pursue', description: 'disrupting plots and bringing terrorists to justice.' }, 'Pursue – disrupting plots and bringing terrorists to justice.'),

  // Findings
  node(
    'Finding',
    'finding-maturity',
    { name: 'Forces are at different stages of maturity', text: 'Forces are at different stages of maturity in delivering Prevent.' },
    'we’ve found forces are at different stages of maturity',
  ),
  node(
    'Finding',
    'finding-specialist-staff',
    {
      name: 'Good progress recruiting specialist staff',
      text: 'Police forces have made good progress in recruiting specialist staff to engage with local communities and work with vulnerable people in order to protect the public.',
    },
    'HMIC found that police forces have made good progress in recruiting specialist staff to engage with local communities and work with vulnerable people in order to protect the public.',
  ),
  node(
    'Finding',
    'finding-on-track',
    { name: 'All forces on track', text: 'All forces are on track to deliver ‘Prevent’, with some further along than others.' },
    'All forces are on track to deliver ‘Prevent’, with some further along than others.',
  ),
  node(
    'Finding',
    'finding-relationships',
    {
      name: 'Well-developed relationships bring greater success against radicalisers',
      text: 'Forces with well developed relationships and processes to support ‘Prevent’ have had greater success against those with extremist views – “radicalisers” – who groom and exploit vulnerable people.',
    },
    'HMIC found that forces with well developed relationships and processes to support ‘Prevent’ have had greater success against those with extremist views – “radicalisers” – who groom and exploit vulnerable people.',
  ),
  node(
    'Finding',
    'finding-understand-risk',
    {
      name: 'Police and agencies must do more to understand the risk',
      text: 'The police and other agencies must do more to understand the risk of violent extremism.',
    },
    'HMIC says the police and other agencies must do more to understand the risk of violent extremism',
  ),
  node(
    'Finding',
    'finding-target-funding',
    {
      name: 'Target funding at the areas of greatest vulnerability',
      text: 'Future funding should be targeted at areas of greatest vulnerability.',
    },
    'future funding should be targeted at areas of greatest vulnerability',
  ),
  node(
    'Finding',
    'finding-partnership',
    {
      name: 'Police must work effectively with communities and agencies',
      text: 'The importance of police working effectively with communities, local authorities and other agencies to stop terrorist activity taking hold, and to raise public confidence.',
    },
    'The report emphasises the importance of police working effectively with communities, local authorities and other agencies to stop terrorist activity taking hold, and to raise public confidence.',
  ),

  // The six recommendations, in the order the press release lists them
  node('Recommendation', 'rec-2009-1', { name: 'Recommendation 1', number: 1, text: 'Prioritise additional funding, resources and support to highest risk force areas to ensure maximum safety for the public.' }, 'Prioritise additional funding, resources and support to highest risk force areas to ensure maximum safety for the public.'),
  node('Recommendation', 'rec-2009-2', { name: 'Recommendation 2', number: 2, text: 'Improve understanding about what can be done to prevent vulnerable people becoming terrorists.' }, 'Improve understanding about what can be done to prevent vulnerable people becoming terrorists.'),
  node('Recommendation', 'rec-2009-3', { name: 'Recommendation 3', number: 3, text: 'Police Service to define what forces should be doing according to their level of risks from violent extremists, by September 2009.' }, 'Police Service to define what forces should be doing according to their level of risks from violent extremists, by September 2009.'),
  node('Recommendation', 'rec-2009-4', { name: 'Recommendation 4', number: 4, text: 'All forces to ensure appropriate minimum levels of capability in place by March 2010.' }, 'All forces to ensure appropriate minimum levels of capability in place by March 2010.'),
  node('Recommendation', 'rec-2009-5', { name: 'Recommendation 5', number: 5, text: 'Guidelines on the use of vetting to ensure greater sharing of security information in the interests of public safety.' }, 'Guidelines on the use of vetting to ensure greater sharing of security information in the interests of public safety.'),
  node('Recommendation', 'rec-2009-6', { name: 'Recommendation 6', number: 6, text: 'Establish mechanisms to measure the success of “Prevent” activity in order to reassure the public that change has been made.' }, 'Establish mechanisms to measure the success of “Prevent” activity in order to reassure the public that change has been made.'),

  // Denis O'Connor's two quoted statements
  node(
    'Statement',
    'statement-oconnor-early-days',
    {
      name: 'Denis O’Connor on the maturity of forces',
      text: 'The Police Service has identified the importance of Prevent to the long term security of this country. But it is still early days and we’ve found forces are at different stages of maturity. More needs to be done to understand the vulnerability of local communities from the violent extremist message. All forces need to integrate ‘Prevent’ into day to day business, working closely with communities and key organisations to prevent vulnerable people becoming terrorists.',
    },
    'HMIC Chief, Denis O’Connor, said: “The Police Service has identified the importance of Prevent to the long term security of this country. But it is still early days and we’ve found forces are at different stages of maturity. More needs to be done to understand the vulnerability of local communities from the violent extremist message. All forces need to integrate ‘Prevent’ into day to day business, working closely with communities and key organisations to prevent vulnerable people becoming terrorists.”',
  ),
  node(
    'Statement',
    'statement-oconnor-conclusion',
    {
      name: 'Denis O’Connor’s conclusion',
      text: 'Terrorists pose a very real threat to public safety. People need to be confident that the police are working with others to prevent violent extremists exploiting vulnerable people. Police and their local partners, working with government, are learning more about what works in ‘Prevent’. Progress has been made, but there is still more to do.',
    },
    'Mr O’Connor concluded: “Terrorists pose a very real threat to public safety. People need to be confident that the police are working with others to prevent violent extremists exploiting vulnerable people. Police and their local partners, working with government, are learning more about what works in ‘Prevent’. Progress has been made, but there is still more to do.”',
  ),

  // Concepts the text turns on
  node('Concept', 'violent-extremism', { name: 'Violent extremism' }, 'Preventing the violent extremism that can create ‘home grown’ terrorists'),
  node('Concept', 'home-grown-terrorists', { name: 'Home grown terrorists' }, '‘home grown’ terrorists'),
  node('Concept', 'radicalisers', { name: 'Radicalisers', description: 'Those with extremist views who groom and exploit vulnerable people.' }, 'those with extremist views – “radicalisers” – who groom and exploit vulnerable people'),
  node('Concept', 'vulnerable-people', { name: 'Vulnerable people' }, 'prevent vulnerable people becoming terrorists'),
  node('Concept', 'public-confidence', { name: 'Public confidence' }, 'to raise public confidence'),

  // Dates, at the precision the text gives
  date('2008-04', 'April 2008', 'issued to the Police Service in April 2008'),
  date('2009-05', 'May 2009', 'was appointed Her Majesty’s Chief Inspector of Constabulary (HMCIC) in May 2009'),
  date('2009-06-24', '24 June 2009', 'is published on 24th June 2009'),
  date('2009-09', 'September 2009', 'by September 2009'),
  date('2010-03', 'March 2010', 'by March 2010'),
];

const rel = (type: string, from: string, to: string, ...excerpts: string[]): FactRelationship => ({ type, from, to, excerpts });

// The excerpts that state a node also state the relationship that attaches it to its document.
const excerptsOf = (key: string): string[] => {
  const found = NODES.find((n) => n.key === key);
  if (!found) throw new Error(`facts: no node with key ${key}`);
  return found.excerpts;
};

export const RELATIONSHIPS: FactRelationship[] = [
  // Documents and who made them
  rel('PUBLISHED', 'hmic', 'prevent-progress-and-prospects', 'HMIC’s report, ‘Prevent – Progress and Prospects’'),
  rel('ANNOUNCES', 'pr-2009-002', 'prevent-progress-and-prospects', 'The report “Prevent – Progress and Prospects” is published on 24th June 2009'),
  rel('PUBLISHED_ON', 'prevent-progress-and-prospects', '2009-06-24', 'The report “Prevent – Progress and Prospects” is published on 24th June 2009'),
  rel('CONCERNS', 'prevent-progress-and-prospects', 'prevent', 'highlights the critical role played by the police in delivering ‘Prevent’'),
  rel('CONCERNS', 'pr-2009-002', 'prevent', 'Police and partners need to work together to deliver the ‘Prevent’ strategy'),
  rel('ASSESSES', 'prevent-progress-and-prospects', 'police-prevent-strategy-and-delivery-plan', 'The report looks at progress made against the “Police Prevent Strategy and Delivery Plan”'),
  rel('WROTE', 'acpo', 'police-prevent-strategy-and-delivery-plan', 'written by the Association of Chief Police Officers (ACPO)'),
  rel('ISSUED_TO', 'police-prevent-strategy-and-delivery-plan', 'police-service', 'issued to the Police Service in April 2008'),
  rel('ISSUED_ON', 'police-prevent-strategy-and-delivery-plan', '2008-04', 'issued to the Police Service in April 2008'),
  rel('SUPPORTS', 'police-prevent-strategy-and-delivery-plan', 'prevent', 'to outline how the police service can support the government’s Prevent strategy'),

  // The strategy
  rel('OWNS', 'government', 'ct-strategy', 'The government’s strategy for fighting terrorism'),
  rel('PART_OF', 'protect', 'ct-strategy', 'is divided into four key strands, known as the four P’s:Protect'),
  rel('PART_OF', 'prevent', 'ct-strategy', '‘Prevent’, which is part of the government’s counter terrorism strategy'),
  rel('PART_OF', 'prepare', 'ct-strategy', 'is divided into four key strands, known as the four P’s', 'Prepare – lessening the impact of terrorism attacks.'),
  rel('PART_OF', 'pursue', 'ct-strategy', 'is divided into four key strands, known as the four P’s', 'Pursue – disrupting plots and bringing terrorists to justice.'),
  rel('ADDRESSES', 'prevent', 'violent-extremism', 'Prevent – stopping people becoming terrorists or supporting violent extremism.'),

  // HMIC, its chief and whom it inspects
  rel('INSPECTS', 'hmic', 'police-forces-england-wales', 'HMIC inspects and regulates all 43 police forces in England and Wales'),
  rel('INSPECTS', 'hmic', 'soca', 'HMIC inspects and regulates all 43 police forces in England and Wales together with other major policing bodies such as the Serious Organised Crime Agency'),
  rel('INSPECTS', 'hmic', 'psni', 'HMIC inspects and regulates all 43 police forces in England and Wales together with other major policing bodies such as the Serious Organised Crime Agency, the Police Service of Northern Ireland'),
  rel('INSPECTS', 'hmic', 'btp', 'HMIC inspects and regulates all 43 police forces in England and Wales together with other major policing bodies such as the Serious Organised Crime Agency, the Police Service of Northern Ireland and the British Transport Police'),
  rel('REGULATES', 'hmic', 'police-forces-england-wales', 'HMIC inspects and regulates all 43 police forces in England and Wales'),
  rel('REGULATES', 'hmic', 'soca', 'HMIC inspects and regulates all 43 police forces in England and Wales together with other major policing bodies such as the Serious Organised Crime Agency'),
  rel('REGULATES', 'hmic', 'psni', 'HMIC inspects and regulates all 43 police forces in England and Wales together with other major policing bodies such as the Serious Organised Crime Agency, the Police Service of Northern Ireland'),
  rel('REGULATES', 'hmic', 'btp', 'HMIC inspects and regulates all 43 police forces in England and Wales together with other major policing bodies such as the Serious Organised Crime Agency, the Police Service of Northern Ireland and the British Transport Police'),
  rel('POST_AT', 'hmcic', 'hmic', 'HMIC Chief, Denis O’Connor'),
  rel('HOLDS', 'denis-oconnor', 'hmcic', 'Denis O’Connor was appointed Her Majesty’s Chief Inspector of Constabulary (HMCIC) in May 2009.'),
  rel('APPOINTED_ON', 'denis-oconnor', '2009-05', 'Denis O’Connor was appointed Her Majesty’s Chief Inspector of Constabulary (HMCIC) in May 2009.'),
  rel('HELD', 'ronnie-flanagan', 'hmcic', 'He took over the role from Sir Ronnie Flanagan.'),
  rel('SUCCEEDED', 'denis-oconnor', 'ronnie-flanagan', 'He took over the role from Sir Ronnie Flanagan.'),

  // Statements
  rel('STATED', 'denis-oconnor', 'statement-oconnor-early-days', 'HMIC Chief, Denis O’Connor, said:'),
  rel('STATED', 'denis-oconnor', 'statement-oconnor-conclusion', 'Mr O’Connor concluded:'),
  rel('QUOTES', 'pr-2009-002', 'statement-oconnor-early-days', 'HMIC Chief, Denis O’Connor, said:'),
  rel('QUOTES', 'pr-2009-002', 'statement-oconnor-conclusion', 'Mr O’Connor concluded:'),
  rel('MENTIONS', 'statement-oconnor-early-days', 'police-service', 'The Police Service has identified the importance of Prevent'),
  rel('MENTIONS', 'statement-oconnor-early-days', 'vulnerable-people', 'to prevent vulnerable people becoming terrorists'),
  rel('MENTIONS', 'statement-oconnor-early-days', 'violent-extremism', 'the violent extremist message'),
  rel('MENTIONS', 'statement-oconnor-conclusion', 'vulnerable-people', 'to prevent violent extremists exploiting vulnerable people'),
  rel('MENTIONS', 'statement-oconnor-conclusion', 'violent-extremism', 'to prevent violent extremists exploiting vulnerable people'),
  rel('MENTIONS', 'statement-oconnor-conclusion', 'local-partners', 'Police and their local partners, working with government'),
  rel('MENTIONS', 'statement-oconnor-conclusion', 'government', 'Police and their local partners, working with government'),

  // Findings of the report
  ...[
    'finding-maturity',
    'finding-specialist-staff',
    'finding-on-track',
    'finding-relationships',
    'finding-understand-risk',
    'finding-target-funding',
    'finding-partnership',
  ].map((key) => rel('FINDS', 'prevent-progress-and-prospects', key, ...excerptsOf(key))),
  rel('ABOUT', 'finding-maturity', 'police-forces-england-wales', 'we’ve found forces are at different stages of maturity'),
  rel('ABOUT', 'finding-specialist-staff', 'police-forces-england-wales', 'police forces have made good progress in recruiting specialist staff'),
  rel('ABOUT', 'finding-on-track', 'police-forces-england-wales', 'All forces are on track to deliver ‘Prevent’'),
  rel('ABOUT', 'finding-understand-risk', 'local-partners', 'the police and other agencies must do more to understand the risk of violent extremism'),
  rel('ABOUT', 'finding-partnership', 'local-partners', 'working effectively with communities, local authorities and other agencies'),
  rel('MENTIONS', 'finding-specialist-staff', 'vulnerable-people', 'work with vulnerable people in order to protect the public'),
  rel('MENTIONS', 'finding-relationships', 'radicalisers', 'those with extremist views – “radicalisers” – who groom and exploit vulnerable people'),
  rel('MENTIONS', 'finding-relationships', 'vulnerable-people', 'who groom and exploit vulnerable people'),
  rel('MENTIONS', 'finding-understand-risk', 'violent-extremism', 'understand the risk of violent extremism'),
  rel('MENTIONS', 'finding-partnership', 'public-confidence', 'to raise public confidence'),

  // Recommendations: who they are addressed to and when they are due, where the text says so
  ...[1, 2, 3, 4, 5, 6].map((n) => rel('RECOMMENDS', 'prevent-progress-and-prospects', `rec-2009-${n}`, ...excerptsOf(`rec-2009-${n}`))),
  rel('ADDRESSED_TO', 'rec-2009-3', 'police-service', 'Police Service to define what forces should be doing'),
  rel('DUE_BY', 'rec-2009-3', '2009-09', 'by September 2009'),
  rel('ADDRESSED_TO', 'rec-2009-4', 'police-forces-england-wales', 'All forces to ensure appropriate minimum levels of capability in place'),
  rel('DUE_BY', 'rec-2009-4', '2010-03', 'by March 2010'),
  rel('MENTIONS', 'rec-2009-2', 'vulnerable-people', 'prevent vulnerable people becoming terrorists'),
  rel('MENTIONS', 'rec-2009-3', 'violent-extremism', 'their level of risks from violent extremists'),

  // Concepts tied to the strand
  rel('MENTIONS', 'pr-2009-002', 'home-grown-terrorists', 'Preventing the violent extremism that can create ‘home grown’ terrorists'),
  rel('MENTIONS', 'pr-2009-002', 'violent-extremism', 'Preventing the violent extremism that can create ‘home grown’ terrorists'),
];
