// Limits on the shape of a request, each configurable and named in the error that enforces it.
// graphql-armor enforces depth, aliases and directives as validation rules; graphql-js's own parser
// enforces the token count (Apollo's `parseOptions`); the cost rule is graphql-query-complexity with
// the costs declared on the fields (query-cost.ts, src/schema/complexity.ts), which sees default page
// sizes, variables and their defaults, where armor's cost rule cannot.
// The defaults are declared here once; src/config.ts reads the variables that override them.
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { ApolloServerPlugin } from '@apollo/server';
import type { ValidationContext, ValidationRule } from 'graphql';
import { overLimit } from '../errors.js';

export interface Limits {
  /** Nesting depth of fields (GRAPHQL_MAX_DEPTH). */
  maxDepth: number;
  /** Entities a response may hold at most, counting each list at its page size (GRAPHQL_MAX_COST). */
  maxCost: number;
  /** Aliased fields in one operation (GRAPHQL_MAX_ALIASES). */
  maxAliases: number;
  /** Directives in one operation (GRAPHQL_MAX_DIRECTIVES). */
  maxDirectives: number;
  /** Lexical tokens in one document (GRAPHQL_MAX_TOKENS). */
  maxTokens: number;
  /** Largest request body, in bytes (BODY_LIMIT_BYTES). */
  bodyLimitBytes: number;
}

export const DEFAULT_LIMITS: Limits = {
  maxDepth: 12,
  maxCost: 10_000,
  maxAliases: 30,
  maxDirectives: 20,
  maxTokens: 2_000,
  bodyLimitBytes: 100_000,
};

/** armor's messages start "Syntax Error: " whatever the rule; the limit's own words are the rest. */
const reportAs =
  (limit: keyof Limits, max: number) =>
  (ctx: ValidationContext | null, error: Error): void =>
    ctx?.reportError(overLimit(limit, max, error.message.replace(/^Syntax Error: /, '')));

export function armorFor(
  limits: Limits,
  production: boolean,
): { plugins: ApolloServerPlugin[]; validationRules: ValidationRule[] } {
  const rule = (limit: 'maxDepth' | 'maxAliases' | 'maxDirectives') => ({
    n: limits[limit],
    propagateOnRejection: false,
    onReject: [reportAs(limit, limits[limit])],
  });
  const { plugins, validationRules } = new ApolloArmor({
    maxDepth: rule('maxDepth'),
    maxAliases: rule('maxAliases'),
    maxDirectives: rule('maxDirectives'),
    // Both replaced, see above: armor's token plugin fails the request with a 500.
    maxTokens: { enabled: false },
    costLimit: { enabled: false },
    // "Did you mean …" helps a developer; in production it maps the schema for a prober.
    blockFieldSuggestion: { enabled: production },
  }).protect();
  return { plugins: plugins as ApolloServerPlugin[], validationRules };
}
