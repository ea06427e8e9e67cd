import { defineConfig } from 'vitest/config';

// Two projects: `unit` tests need nothing but Node; `db` tests (`*.db.test.ts`) share ONE real
// Neo4j that the global setup starts (or `NEO4J_URI` names) and run one file at a time, since
// Community edition has a single user database.
export default defineConfig({
  // graphql ships CommonJS and ESM builds; under vitest both could load, and GraphQL refuses
  // types from "another realm". One build for every importer.
  resolve: { alias: { graphql: 'graphql/index.js' } },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['test/**/*.test.ts'],
          exclude: ['test/**/*.db.test.ts', '**/node_modules/**'],
        },
      },
      {
        extends: true,
        test: {
          name: 'db',
          include: ['test/**/*.db.test.ts'],
          globalSetup: ['test/setup/neo4j.global.ts'],
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
