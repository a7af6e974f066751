// An entity read through an interface field carries no `__typename` when its selection needs none
// (src/graph/entity/projection.ts), and is then answered as the interface's first type
// (src/schema/bind-resolvers.ts). That is only right while every type of an interface answers the
// interface's fields alike: the same type, the same arguments, read the same way. `id` is the one
// field that differs by type, and asking for it brings `__typename` back.
import 'reflect-metadata';
import { isInterfaceType, parse, type GraphQLInterfaceType, type OperationDefinitionNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { buildAppSchema } from '../../src/schema/build-schema.js';
import { concreteTypeName, READERS, typenameOf } from '../../src/schema/bind-resolvers.js';

const schema = buildAppSchema();
const interfaces = Object.values(schema.getTypeMap()).filter((t): t is GraphQLInterfaceType => isInterfaceType(t));

describe('interfaces answered without a concrete type', () => {
  it('the schema has the interfaces this test is about', () => {
    expect(interfaces.map((i) => i.name).sort()).toEqual(['Entity', 'Node']);
  });

  it.each(interfaces.map((i) => [i.name, i] as const))('every type of %s answers its fields alike', (_name, iface) => {
    const types = schema.getPossibleTypes(iface);
    expect(types.length).toBeGreaterThan(1);
    for (const name of Object.keys(iface.getFields())) {
      if (name === 'id') continue;
      const [first, ...rest] = types.map((t) => t.getFields()[name]!);
      for (const field of rest) {
        const where = `${iface.name}.${name} on ${field.astNode?.name.value ?? name}`;
        expect(String(field.type), where).toBe(String(first!.type));
        expect(
          field.args.map((a) => `${a.name}: ${String(a.type)}`),
          where,
        ).toEqual(first!.args.map((a) => `${a.name}: ${String(a.type)}`));
        expect(READERS.get(field), where).toBeDefined();
        expect(READERS.get(field), where).toBe(READERS.get(first!));
      }
    }
  });

  it('resolves the type a map names, else the first type of the interface', () => {
    const entity = schema.getType('Entity') as GraphQLInterfaceType;
    const first = schema.getPossibleTypes(entity)[0]!.name;
    expect(concreteTypeName({ __typename: 'Person' }, entity, schema)).toBe('Person');
    expect(concreteTypeName({ key: 'hmic' }, entity, schema)).toBe(first);
    const operation = parse('{ entity(key: "hmic") { key } }').definitions[0] as OperationDefinitionNode;
    expect(typenameOf({ key: 'hmic' }, {}, { schema, operation } as never, entity)).toBe(first);
  });
});
