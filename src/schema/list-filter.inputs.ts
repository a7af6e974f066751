// The `filter` inputs of lists. Each field is optional; the ones given must all hold. Keys name
// entities (`police-service`); dates are a year, month or day (`2010`, `2010-03`, `2010-03-31`)
// and compare as the periods they cover. Predicates: src/graph/lists/filters.ts.
import { Field, InputType } from 'type-graphql';
import type { ClassType } from 'type-graphql';
import { FILTERABLE } from '../graph/lists/filters.js';
import type { EntityType, Target } from '../graph/model.js';
import { Basis, DatePrecision, DocumentKind, OrganisationKind } from './entity.enums.js';
import { EntityTypeEnum } from './entity-type.enum.js';

const date = (description: string) => ({
  nullable: true,
  description: `${description} A year, month or day: \`2010\`, \`2010-03\`, \`2010-03-31\`.`,
});

@InputType({ description: 'Which organisations to list.' })
export class OrganisationFilter {
  @Field(() => OrganisationKind, { nullable: true })
  kind?: OrganisationKind;

  @Field(() => String, { nullable: true, description: 'Key of an organisation that inspects them, such as `hmic`.' })
  inspectedBy?: string;

  @Field(() => String, { nullable: true, description: 'Key of an organisation that regulates them.' })
  regulatedBy?: string;

  @Field(() => Basis, {
    nullable: true,
    description: 'Only entities the source states (`STATED`) or that are readings of it (`INFERRED`).',
  })
  basis?: Basis;
}

@InputType({ description: 'Which recommendations to list.' })
export class RecommendationFilter {
  @Field(() => String, {
    nullable: true,
    description: 'Key of the organisation it is addressed to, such as `police-service`.',
  })
  addressedTo?: string;

  @Field(() => OrganisationFilter, {
    nullable: true,
    description:
      'An organisation it is addressed to meets this filter: `{ inspectedBy: "hmic" }` lists those addressed to a body HMIC inspects.',
  })
  addressee?: OrganisationFilter;

  @Field(() => String, {
    nullable: true,
    description: 'Key of a strand, such as `prevent`: recommendations of reports that concern it.',
  })
  strand?: string;

  @Field(() => String, date('Due by the end of this period (March 2010 is due by `2010-03` and by `2010`).'))
  dueBy?: string;

  @Field(() => String, date('Due before this period begins.'))
  dueBefore?: string;

  @Field(() => String, date('Due after this period ends.'))
  dueAfter?: string;

  @Field(() => Boolean, { nullable: true, description: 'Only those with (true) or without (false) a deadline.' })
  hasDeadline?: boolean;

  @Field(() => Basis, {
    nullable: true,
    description: 'Only entities the source states (`STATED`) or that are readings of it (`INFERRED`).',
  })
  basis?: Basis;
}

@InputType({ description: 'Which documents to list.' })
export class DocumentFilter {
  @Field(() => DocumentKind, { nullable: true })
  kind?: DocumentKind;

  @Field(() => String, { nullable: true, description: 'Key of the organisation that published it, such as `hmic`.' })
  publishedBy?: string;

  @Field(() => String, { nullable: true, description: 'Key of the organisation that wrote it, such as `acpo`.' })
  writtenBy?: string;

  @Field(() => String, { nullable: true, description: 'Key of a strand it concerns, such as `prevent`.' })
  concerns?: string;

  @Field(() => String, date('Published or issued on or after the start of this period.'))
  datedFrom?: string;

  @Field(() => String, date('Published or issued on or before the end of this period.'))
  datedTo?: string;

  @Field(() => Basis, {
    nullable: true,
    description: 'Only entities the source states (`STATED`) or that are readings of it (`INFERRED`).',
  })
  basis?: Basis;
}

@InputType({ description: 'Which dates to list.' })
export class CalendarDateFilter {
  @Field(() => String, date('Dates that begin on or after the start of this period.'))
  from?: string;

  @Field(() => String, date('Dates that end on or before the end of this period.'))
  to?: string;

  @Field(() => DatePrecision, { nullable: true })
  precision?: DatePrecision;

  @Field(() => Basis, {
    nullable: true,
    description: 'Only entities the source states (`STATED`) or that are readings of it (`INFERRED`).',
  })
  basis?: Basis;
}

@InputType({ description: 'Which entities to list.' })
export class EntityFilter {
  @Field(() => [EntityTypeEnum], { nullable: true, description: 'Only entities of these types.' })
  types?: EntityType[];

  @Field(() => Basis, {
    nullable: true,
    description: 'Only entities the source states (`STATED`) or that are readings of it (`INFERRED`).',
  })
  basis?: Basis;
}

export const FILTER_INPUTS: Partial<Record<Target, ClassType>> = {
  Recommendation: RecommendationFilter,
  Organisation: OrganisationFilter,
  Document: DocumentFilter,
  CalendarDate: CalendarDateFilter,
  Entity: EntityFilter,
};

// The schema's inputs and the translator's predicates are two halves of one feature.
for (const target of FILTERABLE) {
  if (!FILTER_INPUTS[target]) throw new Error(`list filter for ${target} has predicates but no input type`);
}
