// The form in which names are compared when a person types one: lowercase, accents dropped, quote
// marks and apostrophes removed (O’Connor, O'Connor and OConnor are one), every other run of
// punctuation or space one space. Entities carry it as `matchName` and `matchAbbreviation`, with
// range and text indexes, so that an exact name, a name's start or a word's start is an index seek
// on any size of graph rather than a scan or a full-text query.
const QUOTES = /['’‘ʼ`´"“”„]/g;

export function matchForm(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(QUOTES, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Keys are lowercase words joined by hyphens (`police-service`): a name typed as one matches it. */
export const keyForm = (text: string) => matchForm(text).replace(/ /g, '-');

const APOSTROPHES = /['’‘ʼ]/g;

/**
 * The name as the full-text index should also see it: without its apostrophes and with them as
 * spaces (O’Connor: OConnor, O Connor), so that a person is found by the name as people type it;
 * null when the name has no apostrophe.
 */
export function searchNameOf(name: unknown): string | null {
  if (typeof name !== 'string' || !name.match(APOSTROPHES)) return null;
  return `${name.replace(APOSTROPHES, '')} ${name.replace(APOSTROPHES, ' ')}`;
}

/**
 * The derived properties an entity with these values must carry (match forms, search name); a
 * missing value clears them. Set by the load, curation and the benchmark's generator alike.
 */
export function matchProps(props: { name?: unknown; abbreviation?: unknown }): {
  matchName: string | null;
  matchAbbreviation: string | null;
  searchName: string | null;
} {
  const form = (value: unknown) => (typeof value === 'string' && matchForm(value) ? matchForm(value) : null);
  return {
    matchName: form(props.name),
    matchAbbreviation: form(props.abbreviation),
    searchName: searchNameOf(props.name),
  };
}
