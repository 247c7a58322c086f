import fc from 'fast-check';
import {
  type GraphQLInputType,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
} from 'graphql';

/** Strings a careless or hostile client sends: empty, huge, control characters, injections, other scripts. */
const HOSTILE_STRINGS = [
  '',
  ' ',
  'a'.repeat(100_000),
  '\'; DROP TABLE "User"; --',
  '<script>alert(1)</script>',
  'null',
  '\u0000\u0001\u0002',
  '\u202Eevil\u202C',
  'Zoë Ølsen-Łukasiewicz 李小龍 عبد الله 👶🏽',
  '../../etc/passwd',
  '{"$gt": ""}',
  '2026-02-30',
  '9999-12-31',
  '1900-01-01',
];

const DAYS = fc
  .integer({ min: Date.UTC(1900, 0, 1), max: Date.UTC(2100, 11, 31) })
  .map((ms) => new Date(ms).toISOString().slice(0, 10));

/** A value of the wrong type for whatever was expected. */
const wrongType = fc.oneof(
  fc.constant(null),
  fc.integer(),
  fc.string(),
  fc.boolean(),
  fc.constant({ nested: true }),
  fc.constant([1, 2, 3]),
);

function scalar(name: string, ids: readonly string[]): fc.Arbitrary<unknown> {
  switch (name) {
    case 'String':
      return fc.oneof(
        fc.string(),
        fc.string({ unit: 'grapheme', maxLength: 200 }),
        fc.constantFrom(...HOSTILE_STRINGS),
      );
    case 'ID':
      return fc.oneof(
        fc.constantFrom(...ids),
        fc.string({ maxLength: 40 }),
        fc.constant('0'),
        fc.constant(''),
      );
    case 'Int':
      return fc.oneof(fc.integer(), fc.constantFrom(0, -1, 2 ** 31 - 1, -(2 ** 31), 1_000_000));
    case 'Float':
      return fc.oneof(
        fc.double({ noNaN: true, noDefaultInfinity: true }),
        fc.constantFrom(0, -0.5, 1e308, -1e308, 0.001, 99_999_999),
      );
    case 'Boolean':
      return fc.boolean();
    case 'Date':
      return fc.oneof(DAYS, fc.constantFrom('2026-02-30', 'yesterday', '', '2026-13-01', '0001-01-01'));
    case 'DateTime':
      return fc.oneof(
        DAYS.map((d) => `${d}T10:00:00Z`),
        fc.constantFrom('not a time', ''),
      );
    case 'JSON':
      return fc.jsonValue({ maxDepth: 3 });
    default:
      return fc.string();
  }
}

/**
 * Random and hostile values for a GraphQL input type: mostly of the declared type (so the resolver is
 * reached and its rules are exercised), sometimes of the wrong type or missing.
 */
export function valueFor(type: GraphQLInputType, ids: readonly string[], depth = 0): fc.Arbitrary<unknown> {
  if (isNonNullType(type)) {
    const inner = valueFor(type.ofType, ids, depth);
    return fc.oneof({ weight: 12, arbitrary: inner }, { weight: 1, arbitrary: wrongType });
  }
  const nullable = (a: fc.Arbitrary<unknown>) =>
    fc.oneof(
      { weight: 6, arbitrary: a },
      { weight: 1, arbitrary: fc.constant(null) },
      { weight: 1, arbitrary: wrongType },
    );
  if (isListType(type)) {
    const item = valueFor(type.ofType, ids, depth + 1);
    return nullable(
      fc.oneof(
        { weight: 8, arbitrary: fc.array(item, { maxLength: 5 }) },
        { weight: 1, arbitrary: fc.array(item, { minLength: 200, maxLength: 300 }) },
      ),
    );
  }
  const named = getNamedType(type);
  if (isEnumType(named)) {
    const values = named.getValues().map((v) => v.name);
    return nullable(
      fc.oneof(
        { weight: 8, arbitrary: fc.constantFrom(...values) },
        { weight: 1, arbitrary: fc.constant('NOT_A_VALUE') },
      ),
    );
  }
  if (isScalarType(named)) return nullable(scalar(named.name, ids));
  if (isInputObjectType(named)) {
    if (depth > 4) return fc.constant(null);
    const fields = Object.values(named.getFields());
    return nullable(
      fc.record(Object.fromEntries(fields.map((f) => [f.name, valueFor(f.type, ids, depth + 1)])), {
        requiredKeys: [],
      }),
    );
  }
  return fc.constant(null);
}
