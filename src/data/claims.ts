// What a source document's claims file holds, as written (`Raw…`) and as checked (claims-file.ts),
// and the error that lists every problem a file has.
import type { Selector } from './selectors.js';

export type Basis = 'STATED' | 'INFERRED';
export type Excerpt = string | { exact: string; occurrence?: number; prefix?: string };

export interface RawEntity {
  key: string;
  type: string;
  props: Record<string, string | number | boolean>;
  basis?: Basis;
  rationale?: string;
  inferred?: Record<string, string>;
  sources: Excerpt[];
}
export interface RawRelationship {
  type: string;
  from: string;
  to: string;
  basis?: Basis;
  rationale?: string;
  sources: Excerpt[];
}
export interface RawClaims {
  document: {
    key: string;
    text: string;
    fictional?: boolean;
    attribution: string;
    licence: { name: string; url?: string };
  };
  entities: RawEntity[];
  relationships?: RawRelationship[];
}

export interface ClaimEntity {
  key: string;
  type: string;
  props: Record<string, string | number | boolean | null>;
  basis: Basis;
  rationale: string | null;
  inferred: Record<string, string>;
  sources: Selector[];
}
export interface ClaimRelationship {
  type: string;
  from: string;
  to: string;
  basis: Basis;
  rationale: string | null;
  sources: Selector[];
}
export interface SourceDocument {
  key: string;
  folder: string;
  textFile: string;
  text: string;
  fictional: boolean;
  attribution: string;
  licence: { name: string; url: string | null };
  entities: ClaimEntity[];
  relationships: ClaimRelationship[];
}

export class ClaimsError extends Error {
  constructor(readonly problems: string[]) {
    super(
      `${problems.length} claim${problems.length === 1 ? '' : 's'} failed; nothing was written:\n  ${problems.join('\n  ')}`,
    );
  }
}
