import type { CodegenConfig } from '@graphql-codegen/cli';

// Typed documents for the operations in packages/client/src/, generated from the committed schema file (not
// a running server). The output is committed; tests/schema.test.ts fails when it is stale.
const config: CodegenConfig = {
  schema: 'schema/schema.graphql',
  documents: ['packages/client/src/**/*.ts', '!packages/client/src/generated/**'],
  ignoreNoDocuments: false,
  generates: {
    'packages/client/src/generated/': {
      preset: 'client',
      config: { useTypeImports: true, enumsAsTypes: true, emitLegacyCommonJSImports: false },
      presetConfig: { fragmentMasking: false, persistedDocuments: { hashAlgorithm: 'sha256' } },
    },
  },
};

export default config;
