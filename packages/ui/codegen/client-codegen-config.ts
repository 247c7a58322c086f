import type { CodegenConfig } from '@graphql-codegen/cli';

interface ClientCodegenOptions {
  /** Path to the API's committed `schema.graphql`, relative to the package that runs codegen. */
  schema: string;
  /** Further outputs next to the typed documents (the UI package adds Apollo's `possibleTypes`). */
  extraOutputs?: CodegenConfig['generates'];
}

/**
 * One codegen configuration for every frontend package, so the scalar mapping and enum style of the
 * apps' generated types and @imh/ui's cannot drift apart.
 */
export const clientCodegenConfig = ({ schema, extraOutputs = {} }: ClientCodegenOptions): CodegenConfig => ({
  schema,
  documents: ['src/**/*.{ts,tsx}', '!src/gql/**/*'],
  ignoreNoDocuments: true,
  generates: {
    'src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        enumsAsTypes: true,
        // The generated files import only types; with verbatimModuleSyntax they must say so.
        useTypeImports: true,
        scalars: { DateTime: 'string', Date: 'string' },
      },
    },
    ...extraOutputs,
  },
});
