import { clientCodegenConfig } from './codegen/client-codegen-config';

export default clientCodegenConfig({
  schema: '../../apps/api/schema.graphql',
  extraOutputs: {
    // Apollo's cache needs to know which types implement `Error` to match `... on Error` in union results.
    // Generated here only: the one Apollo client both apps use lives in this package.
    'src/gql/possible-types.ts': { plugins: ['./codegen/possible-types-plugin.mjs'] },
  },
});
