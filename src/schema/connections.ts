import { decodeGlobalID, encodeGlobalID } from '@pothos/plugin-relay';
import { GraphQLError } from 'graphql';
import neo4j from 'neo4j-driver';
import { ENTITY_LABELS } from '../domain/entity-kinds.js';
import { builder } from './builder.js';
import { pageSize } from './keyset.js';

interface PathNodeRow {
  label: string;
  key: string;
  name: string | null;
}

interface PathRelationshipRow {
  type: string;
  role: string | null;
  from: string;
  to: string;
}

interface PathRow {
  nodes: PathNodeRow[];
  relationships: PathRelationshipRow[];
}

const MAX_HOPS = 4;
const LABELS: readonly string[] = ['Paper', ...ENTITY_LABELS];

const PathNode = builder.objectRef<PathNodeRow>('PathNode').implement({
  description: 'A node on a path.',
  fields: (t) => ({
    id: t.id({
      description: 'Global id, for `node(id:)`.',
      resolve: (node) => encodeGlobalID(node.label, node.key),
    }),
    type: t.exposeString('label'),
    name: t.string({ resolve: (node) => node.name ?? node.key }),
  }),
});

const PathRelationship = builder.objectRef<PathRelationshipRow>('PathRelationship').implement({
  description: 'A relationship on a path, between two of its nodes (by key).',
  fields: (t) => ({
    type: t.exposeString('type'),
    role: t.exposeString('role', { nullable: true }),
    from: t.exposeString('from'),
    to: t.exposeString('to'),
  }),
});

const Path = builder.objectRef<PathRow>('Path').implement({
  description: 'A path through the graph, as its nodes and relationships in order.',
  fields: (t) => ({
    length: t.int({ resolve: (path) => path.relationships.length }),
    nodes: t.field({ type: [PathNode], resolve: (path) => path.nodes }),
    relationships: t.field({ type: [PathRelationship], resolve: (path) => path.relationships }),
  }),
});

function endpoint(globalId: string, argument: string) {
  try {
    const { typename, id } = decodeGlobalID(globalId);
    if (LABELS.includes(typename)) return { label: typename, key: id };
  } catch {
    // reported below
  }
  throw new GraphQLError(
    `\`${argument}\` must be the global id of a paper, method, dataset, task or repository`,
    { extensions: { code: 'BAD_USER_INPUT' } },
  );
}

builder.queryField('connections', (t) =>
  t.field({
    type: [Path],
    description: 'How two nodes are connected: the shortest paths between them.',
    args: {
      from: t.arg.id({ required: true }),
      to: t.arg.id({ required: true }),
      maxHops: t.arg.int({ defaultValue: MAX_HOPS, description: `At most ${MAX_HOPS}.` }),
      first: t.arg.int({ defaultValue: 10 }),
    },
    resolve: (_root, args, { graph }) => {
      const maxHops = args.maxHops ?? MAX_HOPS;
      if (maxHops < 1 || maxHops > MAX_HOPS) {
        throw new GraphQLError(`maxHops must be from 1 to ${MAX_HOPS}`, {
          extensions: { code: 'BAD_USER_INPUT' },
        });
      }
      return graph.read<PathRow>('entity-connections', {
        from: endpoint(String(args.from), 'from'),
        to: endpoint(String(args.to), 'to'),
        maxHops: neo4j.int(maxHops),
        limit: neo4j.int(pageSize(args.first, 10)),
      });
    },
  }),
);
