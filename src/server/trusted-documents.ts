// Trusted documents: the operations the project's client (and any app that registers its manifest)
// was built with, keyed by hash. graphql-codegen's client preset writes the manifest
// (packages/client/src/generated/persisted-documents.json): `sha256:<hex>` of the normalised text → the text.
//
// A request may name a document by hash, as `documentId` (GraphQL-over-HTTP persisted documents) or
// as Apollo's `extensions.persistedQuery.sha256Hash`; that works in every mode. With `enforce` on (the
// production mode), a request that sends its own text runs only if that text, normalised the way the
// preset normalises it, hashes to a registered document.
import { Kind, parse } from 'graphql';
import { hashKey, normalisedHash } from './persisted-queries.js';
import { readFileSync } from 'node:fs';
import { projectPath } from '../paths.js';

/** The manifest of the project's own client operations. */
export const CLIENT_MANIFEST = projectPath('packages/client/src/generated/persisted-documents.json');

export interface TrustedDocuments {
  enforce: boolean;
  size: number;
  /** Names of the operations the registered documents define (metrics label by them alone). */
  operationNames: ReadonlySet<string>;
  /** The text registered under a hash (`sha256:<hex>` or bare hex), or undefined. */
  lookup(hash: string): string | undefined;
  /** Whether this query text is a registered document (formatting and field order aside). */
  isRegistered(query: string): boolean;
}

function readManifest(file: string): Record<string, string> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(
      `cannot read the trusted-documents manifest ${file}: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  if (!parsed || typeof parsed !== 'object' || Object.values(parsed).some((v) => typeof v !== 'string')) {
    throw new Error(`${file} is not a manifest of hash → document text`);
  }
  return parsed as Record<string, string>;
}

export function loadTrustedDocuments(options: { enforce: boolean; manifests: string[] }): TrustedDocuments {
  const byHash = new Map<string, string>();
  const operationNames = new Set<string>();
  for (const file of options.manifests) {
    for (const [hash, text] of Object.entries(readManifest(file))) {
      // Re-derive the key rather than trust the file's, so a hand-edited manifest cannot alias text.
      const key = normalisedHash(text);
      if (!key || key !== hashKey(hash)) {
        throw new Error(`${file}: the entry ${hash} does not match the hash of its text; regenerate the manifest`);
      }
      byHash.set(key, text);
      for (const definition of parse(text, { noLocation: true }).definitions) {
        if (definition.kind === Kind.OPERATION_DEFINITION && definition.name) operationNames.add(definition.name.value);
      }
    }
  }
  return {
    enforce: options.enforce,
    size: byHash.size,
    operationNames,
    lookup: (hash) => byHash.get(hashKey(hash)),
    isRegistered: (query) => {
      const key = normalisedHash(query);
      return key !== undefined && byHash.has(key);
    },
  };
}
