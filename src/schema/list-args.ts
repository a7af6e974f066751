// The arguments every list takes: a page (`first`, `after`), an order (`orderBy`) and, for the item
// types that have one, a `filter`. Relationship fields and top-level lists use the same class per
// item type, so `document.recommends(filter: …)` and `recommendations(filter: …)` agree.
import { ArgsType, Field, InputType, registerEnumType } from 'type-graphql';
import type { ClassType } from 'type-graphql';
import { SORT_FIELDS } from '../graph/lists/order.js';
import { ENTITY_TYPES, type Target } from '../graph/model.js';
import { PageArgs } from './connection.types.js';
import { FILTER_INPUTS } from './list-filter.inputs.js';

export enum SortDirection {
  ASC = 'ASC',
  DESC = 'DESC',
}
registerEnumType(SortDirection, { name: 'SortDirection' });

const SORT_DESCRIPTIONS: Record<string, string> = {
  KEY: 'By key (the default).',
  NAME: 'By name or title.',
  NUMBER: 'By position in the source’s list.',
  DEADLINE: 'By deadline, as a period: September 2009 before March 2010; those without one last going up.',
  DATE: 'By date, as a period: April 2008 before 24 June 2009; undated last going up.',
};

// Types sortable only by key and name share one order input, `EntityOrder`.
const orders = new Map<string, ClassType>();
function orderInput(target: Target): ClassType {
  const fields = Object.keys(SORT_FIELDS[target]);
  const name = fields.length > 2 ? target : 'Entity';
  const existing = orders.get(name);
  if (existing) return existing;
  const values = Object.fromEntries(fields.map((f) => [f, f]));
  registerEnumType(values, {
    name: `${name}SortField`,
    valuesConfig: Object.fromEntries(fields.map((f) => [f, { description: SORT_DESCRIPTIONS[f] }])),
  });

  @InputType(`${name}Order`, { description: 'How to sort a list; ties are broken by key.' })
  class Order {
    @Field(() => values)
    by!: string;

    @Field(() => SortDirection, { defaultValue: SortDirection.ASC })
    direction!: SortDirection;
  }
  orders.set(name, Order);
  return Order;
}

function makeListArgs(target: Target): ClassType {
  // Made now, not inside the type thunk: type-graphql reads the thunk while building the schema,
  // too late to register a new input type.
  const order = orderInput(target);

  @ArgsType()
  class ListArgs extends PageArgs {
    @Field(() => order, {
      nullable: true,
      description: 'Sort order; the cursor of a page only continues the same order.',
    })
    orderBy?: unknown;
  }
  const filter = FILTER_INPUTS[target];
  if (filter)
    Field(() => filter, { nullable: true, description: 'Only the items that match every field given.' })(
      ListArgs.prototype,
      'filter',
    );
  return ListArgs;
}

export const LIST_ARGS: Record<Target, ClassType> = Object.fromEntries(
  [...ENTITY_TYPES, 'Entity' as const].map((target) => [target, makeListArgs(target)]),
) as Record<Target, ClassType>;
