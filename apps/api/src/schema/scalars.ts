import { GraphQLError, Kind } from 'graphql';
import { builder } from '../builder.ts';
import { fromIsoDay, toIsoDay } from '../calendar-day.ts';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A calendar date "YYYY-MM-DD" with no time zone: dates of degrees, trainings and expiries. */
export function parseIsoDate(value: unknown): string {
  if (typeof value !== 'string' || !ISO_DATE.test(value)) {
    throw new GraphQLError('Dates are written YYYY-MM-DD.', { extensions: { code: 'BAD_USER_INPUT' } });
  }
  const d = fromIsoDay(value);
  if (Number.isNaN(d.getTime()) || toIsoDay(d) !== value) {
    throw new GraphQLError(`${value} is not a real date.`, { extensions: { code: 'BAD_USER_INPUT' } });
  }
  return value;
}

builder.scalarType('Date', {
  description: 'A calendar date, YYYY-MM-DD.',
  serialize: (value) => (value instanceof Date ? toIsoDay(value) : parseIsoDate(value)),
  parseValue: parseIsoDate,
  parseLiteral: (ast) => parseIsoDate(ast.kind === Kind.STRING ? ast.value : null),
});

builder.scalarType('DateTime', {
  description: 'An instant, as an ISO 8601 string in UTC.',
  serialize: (value) => (value instanceof Date ? value.toISOString() : new Date(String(value)).toISOString()),
  parseValue: (value) => {
    const d = new Date(String(value));
    if (Number.isNaN(d.getTime())) throw new GraphQLError('Not a valid date-time.');
    return d;
  },
});

// Only for output: structures defined and versioned elsewhere (the rules package's Portfolio), which
// clients hand to the same package; inputs are always typed.
builder.scalarType('JSON', {
  description: 'A JSON value whose shape is documented by the field that returns it.',
  serialize: (value) => value,
  parseValue: () => {
    throw new GraphQLError('JSON is accepted only as output.');
  },
});
