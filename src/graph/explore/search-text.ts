// Turns what a person types into a Lucene query for the `entity_text` full-text index. The text is
// never handed to Lucene as typed: it is cut into words, so that no operator, quote or bracket from
// the request can change the shape of the query, and each word is offered in the spellings the
// source uses. The source writes O’Connor with a curly apostrophe; people type O'Connor or oconnor.
// The index also holds each entity's type (TYPE_FIELD): the words are matched in the text fields only,
// so that "finding" does not match every Finding, and a search of some types asks for those types.
import { badInput } from '../../errors.js';
import { checkCount } from '../lists/bounds.js';
import { TEXT_FIELDS, TYPE_FIELD } from '../model.js';

const APOSTROPHES = /['’‘ʼ]/g;
// A word: letters and digits, possibly joined by apostrophes (o’connor, hmic’s).
const WORD = /[\p{L}\p{N}]+(?:['’‘ʼ][\p{L}\p{N}]+)*/gu;
// Lucene's query syntax characters (escaped although the words above cannot contain them).
const LUCENE_SPECIAL = /[+\-!(){}[\]^"~*?:\\/&|]/g;

const escapeLucene = (term: string) => term.replace(LUCENE_SPECIAL, (c) => `\\${c}`);

/** Lowercase, accents removed (Flanágan → flanagan), as the index's standard-folding analyzer does. */
function fold(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

/**
 * A term in each text field, as Lucene's multi-field parser would expand it over the index's fields
 * (`(name:t abbreviation:t …)`), so that scores are what they were before the index held the type.
 */
const inText = (term: string) => `(${TEXT_FIELDS.map((field) => `${field}:${term}`).join(' ')})`;

/**
 * Each word becomes a group of alternatives: the word itself (with a plain apostrophe, the form the
 * analyzer indexes `O’Connor` as), the word without apostrophes (the form of `searchName`), and a
 * prefix of it so that a partly typed word still finds something, each in every text field. Groups
 * are joined by Lucene's default OR: an entity matching more of the words scores higher, and a word
 * the index drops as a stop word ("the") cannot empty the result.
 *
 *   "Denis O’Connor" → (denis OR denis*) (o'connor OR oconnor OR oconnor*), each term as inText(term)
 */
export function luceneQuery(text: string, argument = 'text'): string {
  checkCount(text.length, argument, 'searchText', 'characters', 'search text ');
  const words = [...new Set(fold(text).match(WORD) ?? [])];
  if (words.length === 0) throw badInput(`"${argument}" must contain at least one letter or digit`, argument);
  checkCount(words.length, argument, 'searchWords', 'words', '');
  return words
    .map((word) => {
      const plain = word.replace(APOSTROPHES, "'");
      const joined = word.replace(APOSTROPHES, '');
      const terms = [...new Set([plain, joined])].map(escapeLucene);
      if (joined.length >= 3) terms.push(`${escapeLucene(joined)}*`);
      return `(${terms.map(inText).join(' OR ')})`;
    })
    .join(' ');
}

/**
 * The query restricted to entities of these types: the type is a required clause of boost 0, so it
 * filters without adding to the score, and a hit's score is the one an untyped search gives it (a
 * search of several types ranks them on one scale). When the index drops every word (stop words
 * only), what remains matches every entity of the types with score 0: a caller keeps scores above 0.
 *
 *   +searchType:(recommendation finding)^0 +(<query>)
 */
export function ofTypes(query: string, types: readonly string[]): string {
  const names = types.map((t) => escapeLucene(fold(t)));
  return `+${TYPE_FIELD}:(${names.join(' ')})^0 +(${query})`;
}
