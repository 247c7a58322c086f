import { clientCodegenConfig } from '@imh/ui/codegen';

export default clientCodegenConfig({ schema: '../api/schema.graphql' });
