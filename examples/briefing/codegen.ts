import type { CodegenConfig } from '@graphql-codegen/cli';

// How an embedding app types its own operations: the client preset over the API's schema (this repo's
// committed SDL; an app elsewhere points `schema` at a copy or at the running API's URL) and the app's
// documents. `persistedDocuments` writes the manifest that trusted-documents mode registers.
// Paths are from the repository root, where `npm run generate` runs.
const config: CodegenConfig = {
  schema: 'schema/schema.graphql',
  documents: ['examples/briefing/operations.ts'],
  ignoreNoDocuments: false,
  generates: {
    'examples/briefing/generated/': {
      preset: 'client',
      config: { useTypeImports: true, enumsAsTypes: true, emitLegacyCommonJSImports: false },
      presetConfig: { fragmentMasking: false, persistedDocuments: { hashAlgorithm: 'sha256' } },
    },
  },
};

export default config;
