// The curation mutations. Each needs a token with the curator role (checked before its input is
// looked at), validates its input field by field, runs in one transaction with its audit record,
// and returns what it wrote, read back in that transaction.
import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Authorized, Ctx, Info, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../schema/context.js';
import { Role } from '../schema/auth-checker.js';
import { addDocument } from './add-document.js';
import { correctProperty } from './correct-property.js';
import { AddDocumentInput, CorrectPropertyInput, LinkEntitiesInput, RecordProgressInput } from './curation.inputs.js';
import {
  AddDocumentPayload,
  CorrectPropertyPayload,
  LinkEntitiesPayload,
  RecordProgressPayload,
} from './curation.payloads.js';
import { linkEntities } from './link-entities.js';
import { readTree } from '../graph/resolve-tree.js';
import { recordProgress } from './record-progress.js';

@Resolver()
export class CurationResolver {
  @Authorized(Role.CURATOR)
  @Mutation(() => RecordProgressPayload, {
    description: 'Records progress on a recommendation as of a date, with its evidence and source.',
  })
  recordProgress(
    @Arg('input', () => RecordProgressInput) input: RecordProgressInput,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    return recordProgress(ctx, readTree(info), input);
  }

  @Authorized(Role.CURATOR)
  @Mutation(() => AddDocumentPayload, {
    description: 'Adds a document with its publisher, publication date and the strands it concerns.',
  })
  addDocument(
    @Arg('input', () => AddDocumentInput) input: AddDocumentInput,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    return addDocument(ctx, readTree(info), input);
  }

  @Authorized(Role.CURATOR)
  @Mutation(() => LinkEntitiesPayload, {
    description: 'Links two entities with a relationship of the model, with its source.',
  })
  linkEntities(
    @Arg('input', () => LinkEntitiesInput) input: LinkEntitiesInput,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    return linkEntities(ctx, readTree(info), input);
  }

  @Authorized(Role.CURATOR)
  @Mutation(() => CorrectPropertyPayload, { description: 'Corrects one value of an entity, giving the reason.' })
  correctProperty(
    @Arg('input', () => CorrectPropertyInput) input: CorrectPropertyInput,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    return correctProperty(ctx, readTree(info), info.schema, input);
  }
}
