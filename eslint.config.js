// Lints the printed schema as frontend teams' tools read it: @graphql-eslint's schema-recommended
// and schema-relay rules, with zero findings (`npm run lint:schema`, part of `npm test`). The
// schema is generated from src/schema/, so a finding is fixed there, then `npm run schema`.
// Biome lints the code; this file is only for the schema.
import graphql from '@graphql-eslint/eslint-plugin';

export default [
  {
    files: ['schema.graphql'],
    languageOptions: {
      parser: graphql.parser,
      parserOptions: { graphQLConfig: { schema: 'schema.graphql' } },
    },
    plugins: { '@graphql-eslint': graphql },
    rules: {
      ...graphql.configs['flat/schema-recommended'].rules,
      ...graphql.configs['flat/schema-relay'].rules,

      // Stricter than recommended: every field, argument, input field and enum value too.
      '@graphql-eslint/require-description': [
        'error',
        {
          types: true,
          rootField: true,
          FieldDefinition: true,
          InputValueDefinition: true,
          EnumValueDefinition: true,
          DirectiveDefinition: true,
        },
      ],

      // Deviation: objects that are not records need no id. Connections and edges are stored
      // under the field that returned them (the Relay spec gives them no id), so are payloads
      // (they point at records that have ids) and PageInfo.
      '@graphql-eslint/strict-id-in-types': [
        'error',
        {
          exceptions: {
            suffixes: ['Connection', 'Edge', 'Payload'],
            types: [
              'PageInfo',
              // Value objects: what they describe has an id (a link's paper and entity, a path's
              // nodes, an ingested paper); they have no identity of their own to refetch by.
              'Provenance',
              'PaperDataset',
              'PaperMethod',
              'PaperRepository',
              'PaperTask',
              'Path',
              'PathRelationship',
              'IngestPaperResult',
              // A snapshot of counts, computed on every request.
              'GraphStats',
              'NamedCount',
              // One bar of an entity's papers over time, computed on every request.
              'PeriodCount',
            ],
          },
        },
      ],

      // Deviation: the rule's list check would make every list an edge list, scalars included.
      // The lists left are short and bounded, so paging them would only add round trips: strings
      // and ids (`aliases`, `mergedIds`), the Relay spec's own `nodes(ids:)`, one result per
      // mutation input, what one paper names (its authors, links and results), a path's at most
      // five nodes, the five newest shared papers on a related-entity edge, the counts per label.
      // Every list that can grow is a connection, and its edge type is still checked.
      // Deviation: `connections` pages paths, and a path is a value, not a record: its nodes are
      // Nodes, it has no identity of its own to refetch by (`Path` is in the list above). So an
      // edge's node need not implement Node; every other edge's node does (PathEdge is the one).
      '@graphql-eslint/relay-edge-types': [
        'error',
        { listTypeCanWrapOnlyEdgeType: false, shouldImplementNode: false },
      ],
    },
  },
];
