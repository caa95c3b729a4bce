import fc from 'fast-check';

/** One damage to a deck-shaped JSON value (see applyMutation). */
export type Mutation =
  | { op: 'replace' | 'add-key'; pick: number; key: string; value: unknown }
  | { op: 'delete'; pick: number }
  | { op: 'resize'; pick: number; length: number };

const chars = ['a', 'Z', '😀', ' ', '\n', '\t', '\u00a0', '\ufeff', '\u2028', 'æ', '-', '0', '\ud800'];

/** Strings around the length limits (40, 64, 200, 600), padded with assorted whitespace. */
const nearLimitString = fc
  .tuple(
    fc.constantFrom(0, 1, 39, 40, 41, 63, 64, 65, 198, 199, 200, 201, 598, 599, 600, 601),
    fc.constantFrom('a', '😀', 'ab😀'),
    fc.constantFrom('', ' ', '\n\t', '\u00a0\ufeff'),
    fc.constantFrom('', ' ', '\u2028'),
  )
  .map(([n, unit, before, after]) => before + unit.repeat(Math.ceil(n / unit.length)).slice(0, n) + after);

const valueArb: fc.Arbitrary<unknown> = fc.oneof(
  fc.jsonValue({ maxDepth: 2 }),
  nearLimitString,
  fc.array(fc.constantFrom(...chars), { maxLength: 8 }).map((parts) => parts.join('')),
  fc.stringMatching(/^[a-z0-9A-Z_ -]{0,70}$/),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.constantFrom(0, 1, 2, -1, 1.5, 2 ** 53 - 1, 2 ** 53, 'kortstokk/deck', '1', true, null, [], {}),
  fc.constantFrom(9999, 10_000, 'leaders', 'politicians', ['leaders'], ['leaders', 'leaders'], {
    section: 'x',
  }),
);

/** A random damage: replace or delete any value, add a key to any object, or resize any array. */
export const mutationArb: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({
    op: fc.constantFrom('replace' as const, 'add-key' as const),
    pick: fc.nat(),
    key: fc.constantFrom(
      '__proto__',
      'constructor',
      'nb',
      'nn',
      'en',
      'id',
      'extra',
      'hint',
      'flip',
      '$schema',
      'source',
      'sources',
      'doc',
      'file',
      'year',
      'audience',
    ),
    value: valueArb,
  }),
  fc.record({ op: fc.constant('delete' as const), pick: fc.nat() }),
  fc.record({
    op: fc.constant('resize' as const),
    pick: fc.nat(),
    length: fc.constantFrom(0, 1, 5, 6, 7, 49, 50, 51), // 2000/2001 cards: see schema-agreement.test.ts
  }),
);

type Container = Record<string, unknown> | unknown[];
const isContainer = (v: unknown): v is Container => typeof v === 'object' && v !== null;

/** Applies a mutation in place to a JSON value and returns the (possibly new) root. */
export function applyMutation(root: unknown, m: Mutation): unknown {
  const slots: { parent: Container; key: string | number }[] = [];
  const containers: Container[] = [];
  const walk = (node: unknown) => {
    if (!isContainer(node)) return;
    containers.push(node);
    const keys: (string | number)[] = Array.isArray(node) ? node.map((_, i) => i) : Object.keys(node);
    for (const key of keys) {
      slots.push({ parent: node, key });
      walk((node as Record<string, unknown>)[key]);
    }
  };
  walk(root);
  switch (m.op) {
    case 'replace':
    case 'delete': {
      const slot = slots[m.pick % slots.length];
      if (!slot) break;
      const { parent, key } = slot;
      if (m.op === 'replace') (parent as Record<string, unknown>)[key] = m.value;
      else if (Array.isArray(parent)) parent.splice(key as number, 1);
      else delete parent[key as string];
      break;
    }
    case 'add-key': {
      const objects = containers.filter((c): c is Record<string, unknown> => !Array.isArray(c));
      const target = objects[m.pick % objects.length];
      // defineProperty so '__proto__' becomes an own key, as JSON.parse would make it.
      const property = { value: m.value, enumerable: true, writable: true, configurable: true };
      if (target) Object.defineProperty(target, m.key, property);
      break;
    }
    case 'resize': {
      const arrays = containers.filter((c): c is unknown[] => Array.isArray(c));
      const target = arrays[m.pick % arrays.length];
      if (!target) break;
      const first = target[0];
      target.length = Math.min(target.length, m.length);
      while (target.length < m.length) target.push(structuredClone(first));
      break;
    }
  }
  return root;
}
