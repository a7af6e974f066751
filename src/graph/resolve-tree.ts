// The selection of a field as the builders read it: graphql-parse-resolve-info's tree of response
// names, arguments and the fields asked for on each type. Every root field starts here.
import type { GraphQLResolveInfo } from 'graphql';
import { parseResolveInfo, type ResolveTree } from 'graphql-parse-resolve-info';

export type { ResolveTree } from 'graphql-parse-resolve-info';

export const treeOf = (info: GraphQLResolveInfo): ResolveTree => parseResolveInfo(info) as ResolveTree;
