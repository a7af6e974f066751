// The inputs of the curation mutations. Entities are named by their global IDs, whose type is
// checked; text is checked field by field in validate.ts, since GraphQL types cannot say "one line of
// at most 500 characters".
import { Field, ID, InputType, registerEnumType } from 'type-graphql';
import { MANAGED_RELATIONS, RELATIONS } from '../graph/model.js';
import { DocumentKind, ProgressStatus } from '../schema/entity.enums.js';

/** The relationship types a curator may add: the model's, less those their own mutation writes. */
export const LinkType = Object.fromEntries(
  RELATIONS.filter((r) => !MANAGED_RELATIONS.has(r.type)).map((r) => [r.type, r.type]),
) as Record<string, string>;
registerEnumType(LinkType, {
  name: 'LinkType',
  description: 'A relationship type of the graph that `linkEntities` may add; the ends must be of the types it joins.',
});

@InputType({ description: 'Where a fact comes from: a document of the graph and the words of it that state the fact.' })
export class SourceInput {
  @Field(() => ID, { description: 'The ID of a Document.' })
  document!: string;

  @Field(() => String, { description: 'The exact words of the document that state the fact.' })
  excerpt!: string;
}

@InputType()
export class RecordProgressInput {
  @Field(() => ID, { description: 'The ID of the Recommendation.' })
  recommendation!: string;

  @Field(() => ProgressStatus)
  status!: ProgressStatus;

  @Field(() => String, { description: 'The date the progress is recorded for: `2009-09-30`, `2009-09` or `2009`.' })
  date!: string;

  @Field(() => String, { description: 'The evidence, as the source states it.' })
  evidence!: string;

  @Field(() => ID, { description: 'The ID of the Document the evidence is taken from.' })
  source!: string;
}

@InputType()
export class AddDocumentInput {
  @Field(() => String, {
    description: 'A new stable key: lowercase letters, digits and hyphens, such as `prevent-review-2011`.',
  })
  key!: string;

  @Field(() => String)
  title!: string;

  @Field(() => DocumentKind)
  kind!: DocumentKind;

  @Field(() => ID, { description: 'The ID of the Organisation that published it.' })
  publisher!: string;

  @Field(() => String, { description: 'When it was published: `2011-06-07`, `2011-06` or `2011`.' })
  published!: string;

  @Field(() => [ID], { defaultValue: [], description: 'The IDs of the strands (Strand) it concerns.' })
  concerns!: string[];

  @Field(() => String, { description: 'The words of the document that state its title, publisher and date.' })
  excerpt!: string;

  @Field(() => String, { nullable: true })
  reference?: string | null;

  @Field(() => String, { nullable: true, description: 'Where it can be read.' })
  url?: string | null;

  @Field(() => String, { nullable: true })
  description?: string | null;
}

@InputType()
export class LinkEntitiesInput {
  @Field(() => ID, { description: 'The entity the relationship starts at.' })
  from!: string;

  @Field(() => LinkType)
  type!: string;

  @Field(() => ID, { description: 'The entity it points to.' })
  to!: string;

  @Field(() => SourceInput)
  source!: SourceInput;

  @Field(() => String, {
    nullable: true,
    description:
      'When the link is a reading of the source rather than its words (such as a finding that supports a recommendation): why, in one line. The link is then `INFERRED`, inferred by you.',
  })
  rationale?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description: '`true` removes this source from the link; the link itself goes when no source is left.',
  })
  remove?: boolean | null;
}

@InputType()
export class CorrectPropertyInput {
  @Field(() => ID)
  entity!: string;

  @Field(() => String, {
    description: 'A field of the entity’s type that holds a value, such as `name` or `description`.',
  })
  property!: string;

  @Field(() => String, {
    nullable: true,
    description:
      'The new value as text (digits for a number, the value’s name for an enum); null removes an optional value.',
  })
  value!: string | null;

  @Field(() => String, { description: 'Why the value is wrong, and where the right one comes from.' })
  reason!: string;
}
