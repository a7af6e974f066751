// graphql-js is patched (patches/graphql+16.15.0.patch, applied by `npm ci`): `visitInParallel`,
// which `validate` runs for every operation text it has not seen, merged the handlers of its ~30
// rules for each of graphql's 49 kinds of node before visiting anything, and a merged handler asked
// every rule in turn for every node; `visit` looked up its visitor's handlers for every kind up
// front too. That machinery cost more than the rules' own work. Patched, a kind's handlers are
// looked up when the visit first meets a node of that kind, from each plain visitor's own keys
// (a visitor of another class is asked for the kind, as graphql asks), and a merged handler calls
// only the visitors that handle its kind. These tests check that the patch is in place and that
// the merged visitor still behaves as graphql documents it: each visitor sees the nodes it handles
// in order, `false` skips a subtree for that visitor only, BREAK stops that visitor only, generic
// and inherited handlers still run, visitors run in the order given, an edit is kept.
import {
  BREAK,
  buildSchema,
  KnownTypeNamesRule,
  type ASTNode,
  type ASTVisitor,
  parse,
  print,
  validate,
  visit,
  visitInParallel,
} from 'graphql';
import { describe, expect, it } from 'vitest';

const document = parse('{ a { b c } d(x: 1) { e } }');
const nameOf = (node: ASTNode) => ('name' in node && node.name ? node.name.value : node.kind);

describe('graphql’s visitInParallel, as patched', () => {
  it('asks visitors only about the kinds of node the visit meets (the patch is applied)', () => {
    const watch = (asked: Set<string | symbol>, visitor: ASTVisitor): ASTVisitor =>
      new Proxy(visitor, {
        get(object, key, receiver) {
          asked.add(key);
          return Reflect.get(object, key, receiver);
        },
      });
    const names = {
      Name() {
        return undefined;
      },
    } as ASTVisitor;
    // A visitor of a class of its own is asked for each kind the visit meets.
    class Names {
      Name() {
        return undefined;
      }
    }
    const merged = new Set<string | symbol>();
    visit(document, visitInParallel([watch(merged, names)]));
    const instance = new Set<string | symbol>();
    visit(document, visitInParallel([watch(instance, new Names() as ASTVisitor)]));
    const direct = new Set<string | symbol>();
    visit(document, watch(direct, names));
    for (const asked of [merged, instance, direct]) {
      expect(asked.has('Name')).toBe(true);
      // Unpatched, every kind of node was looked up, whether the document had one or not.
      expect(asked.has('FragmentDefinition')).toBe(false);
      expect(asked.has('EnumTypeDefinition')).toBe(false);
    }
    // Patched, a plain visitor is asked only for what its own keys name.
    expect(merged.has('Field')).toBe(false);
    for (const asked of [instance, direct]) expect(asked.has('Field')).toBe(true);
  });

  it('calls the visitors of a node in the order they were given, generic and named alike', () => {
    const calls: string[] = [];
    const visitors: ASTVisitor[] = [
      { enter: (node) => void (node.kind === 'Field' && calls.push(`generic ${nameOf(node)}`)) },
      {
        Field(node) {
          calls.push(`named ${nameOf(node)}`);
        },
      },
      {
        enter: (node) => void (node.kind === 'Field' && calls.push(`both, generic ${nameOf(node)}`)),
        leave: (node) => void (node.kind === 'Field' && calls.push(`both, leave ${nameOf(node)}`)),
      },
      {
        Name() {
          return undefined;
        },
      },
      // A handler of its own for the kind hides the generic one, as in graphql: called once.
      {
        enter: (node) => void (node.kind === 'Field' && calls.push(`mixed, generic ${nameOf(node)}`)),
        Field(node) {
          calls.push(`mixed, named ${nameOf(node)}`);
        },
      },
    ];
    visit(parse('{ a }'), visitInParallel(visitors));
    expect(calls).toEqual(['generic a', 'named a', 'both, generic a', 'mixed, named a', 'both, leave a']);
  });

  it('gives each visitor the nodes it handles, in document order, with false and BREAK kept per visitor', () => {
    const seen: Record<string, string[]> = { all: [], skipping: [], breaking: [], generic: [], inherited: [] };
    const all: ASTVisitor = {
      Field: {
        enter: (node) => void seen.all!.push(`enter ${nameOf(node)}`),
        leave: (node) => void seen.all!.push(`leave ${nameOf(node)}`),
      },
    };
    // Skips what is below `a`, for itself only, and sees `d` again.
    const skipping: ASTVisitor = {
      Field(node) {
        seen.skipping!.push(nameOf(node));
        return node.name.value === 'a' ? false : undefined;
      },
    };
    // Stops at `c`, for itself only.
    const breaking: ASTVisitor = {
      Field(node) {
        seen.breaking!.push(nameOf(node));
        return node.name.value === 'c' ? BREAK : undefined;
      },
    };
    // A generic handler sees every kind of node.
    const generic: ASTVisitor = {
      enter(node) {
        if (node.kind === 'IntValue') seen.generic!.push(node.value);
      },
    };
    // A handler inherited from a class, which graphql also honours.
    class Arguments {
      Argument(node: { name: { value: string } }) {
        seen.inherited!.push(node.name.value);
      }
    }
    visit(document, visitInParallel([all, skipping, breaking, generic, new Arguments() as ASTVisitor]));
    expect(seen).toEqual({
      all: [
        'enter a',
        'enter b',
        'leave b',
        'enter c',
        'leave c',
        'leave a',
        'enter d',
        'enter e',
        'leave e',
        'leave d',
      ],
      skipping: ['a', 'd', 'e'],
      breaking: ['a', 'b', 'c'],
      generic: ['1'],
      inherited: ['x'],
    });
  });

  it('keeps an edit one visitor makes', () => {
    const rename: ASTVisitor = {
      Name(node) {
        return node.value === 'e' ? { ...node, value: 'renamed' } : undefined;
      },
    };
    const edited = visit(document, visitInParallel([{ Field() {} }, rename]));
    expect(print(edited)).toBe(print(parse('{ a { b c } d(x: 1) { renamed } }')));
  });
});

// KnownTypeNamesRule is patched too: it listed every type's name on every validation, though only a
// suggestion for an unknown name uses the list. Patched, the list is made when a suggestion is.
describe('graphql’s KnownTypeNamesRule, as patched', () => {
  const schema = buildSchema(
    'type Query { organisation(key: String): Organisation } type Organisation { key: String }',
  );
  const errors = (source: string) => validate(schema, parse(source), [KnownTypeNamesRule]).map((e) => e.message);

  it('still suggests the names of the schema’s types, and of types the document defines', () => {
    expect(errors('query($k: Strin) { __typename }')).toEqual(['Unknown type "Strin". Did you mean "String"?']);
    expect(errors('fragment F on Organisatio { key }')).toEqual([
      'Unknown type "Organisatio". Did you mean "Organisation"?',
    ]);
    expect(errors('query($k: String, $o: Organisation) { __typename }')).toEqual([]);
  });
});
