import type { CodegenConfig } from '@graphql-codegen/cli';

const config: CodegenConfig = {
  schema: '../api/schema.graphql',
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
    // Apollo's cache needs to know which types implement `Error` to match `... on Error` in union results.
    'src/gql/possible-types.ts': {
      plugins: ['./codegen/possible-types-plugin.mjs'],
    },
  },
};

export default config;
