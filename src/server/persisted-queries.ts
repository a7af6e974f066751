// Automatic persisted queries (Apollo's APQ protocol), for clients such as Apollo Client's
// persisted-query link: a client first sends only the SHA-256 hash of its query; a server that does
// not know it answers PERSISTED_QUERY_NOT_FOUND, and the client sends the hash with the text. That
// text is checked against its hash and then remembered, so the next request by hash alone runs.
//
// The remembered texts are kept in an LRU bounded by their total size: anyone may register queries
// (that is the protocol), so a flood of them only evicts the least recently used ones, never grows
// memory without limit. A client whose query was evicted simply registers it again.
// In trusted-documents mode nothing is remembered: only registered documents run (see
// trusted-documents.ts and graphql-http.ts).
import { printExecutableGraphQLDocument } from '@graphql-tools/documents';
import { parse } from 'graphql';
import { LRUCache } from 'lru-cache';
import { createHash } from 'node:crypto';

export interface PersistedQueries {
  /** The text remembered under a hash (`sha256:<hex>` or bare hex), or undefined. */
  lookup(hash: string): string | undefined;
  remember(hash: string, query: string): void;
  /** Texts remembered now, and their total size in UTF-16 code units. */
  readonly size: number;
  readonly totalLength: number;
}

/** Memory for remembered query texts unless PERSISTED_QUERIES_CACHE_MB says otherwise. */
export const DEFAULT_PERSISTED_QUERIES_MB = 8;

/** `sha256:<hex>` of a document's normalised text (as graphql-codegen's manifests key it), or undefined when it does not parse. */
export function normalisedHash(query: string): string | undefined {
  try {
    const normalised = printExecutableGraphQLDocument(parse(query, { noLocation: true }));
    return 'sha256:' + createHash('sha256').update(normalised).digest('hex');
  } catch {
    return undefined;
  }
}

/** `sha256:<hex>` whichever way the hash was written. */
export function hashKey(hash: string): string {
  return hash.startsWith('sha256:') ? hash : `sha256:${hash}`;
}

/**
 * Whether `hash` is the hash of `query`: of its exact text, as Apollo's link and most APQ clients
 * compute it, or of its normalised text, as graphql-codegen's persisted documents do.
 */
export function hashMatches(hash: string, query: string): boolean {
  const key = hashKey(hash);
  if (key === 'sha256:' + createHash('sha256').update(query).digest('hex')) return true;
  // Unparsable text matches only its exact hash.
  return normalisedHash(query) === key;
}

export function createPersistedQueries(options: { maxBytes: number }): PersistedQueries {
  // Two bytes per UTF-16 code unit at most; the hash key itself is small and bounded.
  const cache = new LRUCache<string, string>({
    maxSize: Math.max(1, Math.floor(options.maxBytes / 2)),
    sizeCalculation: (text) => Math.max(1, text.length),
  });
  return {
    lookup: (hash) => cache.get(hashKey(hash)),
    remember: (hash, query) => void cache.set(hashKey(hash), query),
    get size() {
      return cache.size;
    },
    get totalLength() {
      return cache.calculatedSize;
    },
  };
}
