// @ts-check
import { isAbstractType } from 'graphql';

/**
 * Writes Apollo's `possibleTypes` map from the schema, so the cache matches fragments on interfaces and
 * unions (`... on Error`) without a hand-kept list that drifts when the API adds an error type.
 * Plain JavaScript because the codegen CLI loads plugins with Node's own loader.
 * @param {import('graphql').GraphQLSchema} schema
 */
export const plugin = (schema) => {
  /** @type {Record<string, string[]>} */
  const possibleTypes = {};
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith('__') || !isAbstractType(type)) continue;
    possibleTypes[type.name] = schema.getPossibleTypes(type).map((t) => t.name);
  }
  return `export const possibleTypes: Record<string, string[]> = ${JSON.stringify(possibleTypes, null, 2)};\n`;
};
