// What more than one exploration query returns. Each query's own result types are in <query>/types.ts;
// every entity in them is a full `Entity`, so a selection can reach through it to its relationships.
import { registerEnumType } from 'type-graphql';

export enum NameMatch {
  EXACT = 'EXACT',
  PREFIX = 'PREFIX',
  WORD = 'WORD',
  TEXT = 'TEXT',
}
registerEnumType(NameMatch, {
  name: 'NameMatch',
  description: 'How an entity matched what was typed (case, accents and quote marks aside), best first.',
  valuesConfig: {
    EXACT: { description: 'Its name, abbreviation or key is the text.' },
    PREFIX: { description: 'Its name, abbreviation or key starts with the text.' },
    WORD: { description: 'A word of its name starts with the text.' },
    TEXT: { description: 'A full-text match (names, descriptions, texts, excerpts).' },
  },
});
