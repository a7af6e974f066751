// Apollo's cache of parsed and validated operation texts, bounded as Apollo's default is (30 MiB of
// syntax tree, by the tree's JSON length) but without that measure's cost. The default serializes
// each new document's whole tree to weigh it: about 45 µs for a one-line lookup, paid by every text
// not seen before. Here a document weighs its text's length times 100, above the most tree bytes a
// character of text was found to make by that measure (one-letter fields each selecting one: about
// 92; the operations of this project make 16 to 25), so the store holds no more than the default
// would, and at worst fewer documents. tests/unit/document-store.test.ts checks that bound on the
// densest texts found.
import type { DocumentStore } from '@apollo/server';
import type { DocumentNode } from 'graphql';
import { LRUCache } from 'lru-cache';

/** Apollo's default bound, in bytes of the documents' trees as JSON. */
export const DOCUMENT_STORE_BYTES = 30 * 2 ** 20;
/** Bytes of tree (as JSON) counted for each character of operation text: above the most found. */
export const TREE_BYTES_PER_CHARACTER = 100;
/** The text length assumed for a document parsed without locations. */
const UNKNOWN_LENGTH = 4_096;

/** The weight of a document in the store: its text's length, times the most tree it can make. */
export const documentWeight = (document: DocumentNode): number =>
  Math.max(1, document.loc?.end ?? UNKNOWN_LENGTH) * TREE_BYTES_PER_CHARACTER;

export function documentStore(maxSize = DOCUMENT_STORE_BYTES): DocumentStore {
  const documents = new LRUCache<string, DocumentNode>({ maxSize, sizeCalculation: documentWeight });
  return {
    get: async (key) => documents.get(key),
    set: async (key, document) => {
      documents.set(key, document);
    },
    delete: async (key) => documents.delete(key),
  };
}
