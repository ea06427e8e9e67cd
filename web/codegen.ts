import type { CodegenConfig } from '@graphql-codegen/cli';

// Typed operations for the explorer, from the printed schema: `graphql()` in web/src returns a
// document whose result and variables types follow the query text.
const config: CodegenConfig = {
  schema: 'schema.graphql',
  documents: ['web/src/**/*.ts', '!web/src/gql/**'],
  ignoreNoDocuments: false,
  generates: {
    'web/src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        documentMode: 'string',
        useTypeImports: true,
        enumsAsTypes: true,
        // dates travel as YYYY-MM-DD strings
        scalars: { Date: 'string' },
      },
    },
  },
};

export default config;
