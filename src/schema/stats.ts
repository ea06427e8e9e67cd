import { graphStats } from '../graph/stats.js';
import { builder } from './builder.js';

interface Count {
  name: string;
  count: number;
}

const NamedCount = builder.objectRef<Count>('NamedCount').implement({
  description: 'A node label or relationship type, with how many the graph holds.',
  fields: (t) => ({
    name: t.exposeString('name', { description: 'The label (`Paper`) or type (`HAS_METHOD`).' }),
    count: t.exposeInt('count', { description: 'How many nodes or relationships have it.' }),
  }),
});

const GraphStats = builder
  .objectRef<{ labels: Count[]; relationships: Count[] }>('GraphStats')
  .implement({
    description: 'How big the graph is.',
    fields: (t) => ({
      labels: t.field({
        type: [NamedCount],
        description: 'Nodes per label.',
        resolve: (stats) => stats.labels,
      }),
      relationships: t.field({
        type: [NamedCount],
        description: 'Relationships per type.',
        resolve: (stats) => stats.relationships,
      }),
    }),
  });

const counts = (record: Record<string, number>) =>
  Object.entries(record).map(([name, count]) => ({ name, count }));

builder.queryField('stats', (t) =>
  t.field({
    type: GraphStats,
    description: 'Node counts per label and relationship counts per type.',
    resolve: async (_root, _args, { graph }) => {
      const stats = await graphStats(graph);
      return { labels: counts(stats.labels), relationships: counts(stats.relationships) };
    },
  }),
);
