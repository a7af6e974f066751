// The words the synthetic graph is made of: the 43 territorial police forces of England and Wales
// (the bodies the source says HMIC inspects), inspection topics tied to the four strands, and
// phrases for recommendations and findings. Keys of the source's own entities are reused so that
// synthetic data hangs off the real graph rather than beside it.

export const FORCES = [
  'Avon and Somerset',
  'Bedfordshire',
  'Cambridgeshire',
  'Cheshire',
  'City of London',
  'Cleveland',
  'Cumbria',
  'Derbyshire',
  'Devon and Cornwall',
  'Dorset',
  'Durham',
  'Dyfed-Powys',
  'Essex',
  'Gloucestershire',
  'Greater Manchester',
  'Gwent',
  'Hampshire',
  'Hertfordshire',
  'Humberside',
  'Kent',
  'Lancashire',
  'Leicestershire',
  'Lincolnshire',
  'Merseyside',
  'Metropolitan',
  'Norfolk',
  'North Wales',
  'North Yorkshire',
  'Northamptonshire',
  'Northumbria',
  'Nottinghamshire',
  'South Wales',
  'South Yorkshire',
  'Staffordshire',
  'Suffolk',
  'Surrey',
  'Sussex',
  'Thames Valley',
  'Warwickshire',
  'West Mercia',
  'West Midlands',
  'West Yorkshire',
  'Wiltshire',
] as const;

export const forceKey = (name: string) => `force-${name.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`;

/** Bodies of the source graph that thematic reports and some recommendations are addressed to. */
export const OTHER_BODIES = ['police-service', 'acpo', 'government', 'local-partners', 'soca', 'psni', 'btp'] as const;

export const TOPICS: readonly { name: string; strand: 'protect' | 'prevent' | 'prepare' | 'pursue' }[] = [
  { name: 'Prevent delivery', strand: 'prevent' },
  { name: 'Community engagement', strand: 'prevent' },
  { name: 'Protective security', strand: 'protect' },
  { name: 'Crowded places', strand: 'protect' },
  { name: 'Emergency preparedness', strand: 'prepare' },
  { name: 'Major incident response', strand: 'prepare' },
  { name: 'Counter-terrorism investigation', strand: 'pursue' },
  { name: 'Intelligence sharing', strand: 'pursue' },
];

export const CONCEPTS = [
  'violent-extremism',
  'home-grown-terrorists',
  'radicalisers',
  'vulnerable-people',
  'public-confidence',
] as const;

const CONCEPT_WORDS: Record<(typeof CONCEPTS)[number], string> = {
  'violent-extremism': 'violent extremism',
  'home-grown-terrorists': 'home grown terrorists',
  radicalisers: 'radicalisers',
  'vulnerable-people': 'vulnerable people',
  'public-confidence': 'public confidence',
};
export const conceptWords = (key: (typeof CONCEPTS)[number]) => CONCEPT_WORDS[key];

export const ACTIONS = [
  'review its partnership agreements on',
  'train neighbourhood officers to recognise',
  'publish a plan to reduce the risk from',
  'appoint a lead officer responsible for',
  'share information with local partners about',
  'measure the effect of its work on',
  'target funding at the areas most exposed to',
  'improve how it records referrals concerning',
];

export const FINDINGS = [
  'has made good progress on',
  'is at an early stage of understanding',
  'lacks a clear picture of',
  'works effectively with communities on',
  'has not yet evaluated its work on',
  'has well-developed relationships that help against',
];

export const FIRST_NAMES = [
  'Alan',
  'Bernadette',
  'Colin',
  'Deborah',
  'Edward',
  'Fiona',
  'Graham',
  'Helen',
  'Ian',
  'Julia',
  'Keith',
  'Lynne',
  'Michael',
  'Nicola',
  'Owen',
  'Patricia',
  'Richard',
  'Sara',
  'Thomas',
  'Wendy',
];
export const LAST_NAMES = [
  'Ahmed',
  'Baker',
  'Campbell',
  'Davies',
  'Evans',
  'Fraser',
  'Griffiths',
  'Hughes',
  'Jones',
  'Khan',
  'Lewis',
  'Morgan',
  'Nolan',
  'Owens',
  'Patel',
  'Roberts',
  'Singh',
  'Taylor',
  'Walker',
  'Young',
];

export { MONTHS } from '../../src/graph/calendar.js';
