import { encodeGlobalID } from '@pothos/plugin-relay';
import { GraphQLError } from 'graphql';
import neo4j from 'neo4j-driver';
import {
  ENTITY_KINDS,
  ENTITY_LABELS,
  LINK_ROLES,
  RELATIONSHIP_TYPES,
  type RelationshipType as RelationshipTypeValue,
} from '../domain/entity-kinds.js';
import { builder, type Context } from './builder.js';
import { closedSet } from './closed-set.js';
import { keysetPage, pageWindow, totalCountOf, windowParams } from './keyset.js';
import { loadNode } from './node.js';
import { decodeNodeId, type NodeTypeName } from './node-id.js';

interface PathNodeRow {
  label: NodeTypeName;
  key: string;
}

interface PathRelationshipRow {
  type: RelationshipTypeValue;
  role: string | null;
  from: string;
  to: string;
}

interface PathRow {
  nodes: PathNodeRow[];
  relationships: PathRelationshipRow[];
}

/** A relationship of a path with its ends as the global ids of the path's nodes. */
interface PathStep {
  type: RelationshipTypeValue;
  role: string | null;
  from: string;
  to: string;
}

// entity-connections.cypher has one branch per bound up to this.
const MAX_HOPS = 4;

const LINK_OF: Record<string, string> = Object.fromEntries(
  ENTITY_KINDS.map((kind) => [kind.relationship, `a paper names a ${kind.linkField}`]),
);
const OTHER_RELATIONSHIPS: Record<string, string> = {
  AUTHORED: 'an author wrote a paper',
  REPORTS: 'a paper reports a result',
  ON_DATASET: 'a result is measured on a dataset',
  OF_METHOD: 'a result is of a method',
};

const RelationshipType = closedSet(
  'RelationshipType',
  'The relationships of the graph.',
  RELATIONSHIP_TYPES,
  (type) => `From the first node to the second: ${LINK_OF[type] ?? OTHER_RELATIONSHIPS[type]}.`,
);

const LinkRole = closedSet(
  'LinkRole',
  'The role of a paper’s link on a path: a MethodRole or DatasetRole value.',
  LINK_ROLES,
  (role) => `The paper ${role.replace(/e?d$/, 'es')} the method or dataset.`,
);

const PathRelationship = builder.objectRef<PathStep>('PathRelationship').implement({
  description: 'A relationship on a path, between two of its nodes, in its stored direction.',
  fields: (t) => ({
    type: t.field({
      type: RelationshipType,
      description: 'What the relationship is.',
      resolve: (step) => step.type,
    }),
    role: t.field({
      type: LinkRole,
      nullable: true,
      description: 'The role of a paper’s link to a method or dataset; null on others.',
      resolve: (step) => step.role as never,
    }),
    from: t.id({ description: 'The global id of the node it starts at.', resolve: (s) => s.from }),
    to: t.id({ description: 'The global id of the node it ends at.', resolve: (s) => s.to }),
  }),
});

const Path = builder.objectRef<PathRow>('Path').implement({
  description: 'A path through the graph, as its nodes and relationships in order.',
  fields: (t) => ({
    length: t.int({
      description: 'How many relationships it has.',
      resolve: (path) => path.relationships.length,
    }),
    nodes: t.field({
      type: [builder.nodeInterfaceRef()],
      description: 'Its nodes, from the first to the second endpoint: the nodes themselves.',
      resolve: (path, _args, context: Context) =>
        path.nodes.map((node) => loadNode(context, node.label, node.key)),
    }),
    relationships: t.field({
      type: [PathRelationship],
      description: 'Its relationships, the i-th between the i-th and the next node.',
      resolve: (path) => path.relationships.map((step, index) => stepOf(path, step, index)),
    }),
  }),
});

/** A node's global id. Papers' ids, entities' keys, authors' and results' never coincide. */
function globalId(node: PathNodeRow): string {
  return encodeGlobalID(node.label, node.key);
}

/** A relationship's ends as global ids: it joins the path's i-th node and the next one. */
function stepOf(path: PathRow, step: PathRelationshipRow, index: number): PathStep {
  const [here, next] = [path.nodes[index], path.nodes[index + 1]] as [PathNodeRow, PathNodeRow];
  const forward = here.key === step.from;
  return {
    type: step.type,
    role: step.role,
    from: globalId(forward ? here : next),
    to: globalId(forward ? next : here),
  };
}

const ENDPOINTS: NodeTypeName[] = ['Paper', ...ENTITY_LABELS];

/** How many shortest paths between two nodes are read at most; beyond, `truncated` is true. */
const MAX_PATHS = 1_000;

builder.queryField('connections', (t) =>
  t.connection(
    {
      type: Path,
      description:
        'How two nodes are connected: the shortest paths between them, up to `maxHops` ' +
        `relationships (at most ${MAX_PATHS} paths are read; \`truncated\` says when more exist).`,
      args: {
        from: t.arg.id({ required: true, description: 'Global id of a paper or entity.' }),
        to: t.arg.id({ required: true, description: 'Global id of a paper or entity.' }),
        maxHops: t.arg.int({
          defaultValue: MAX_HOPS,
          description: `At most this many relationships, 1 to ${MAX_HOPS}.`,
        }),
      },
      resolve: async (_root, args, { graph }) => {
        const maxHops = args.maxHops ?? MAX_HOPS;
        if (maxHops < 1 || maxHops > MAX_HOPS) {
          throw new GraphQLError(`\`maxHops\` must be from 1 to ${MAX_HOPS}`, {
            extensions: { code: 'BAD_USER_INPUT' },
          });
        }
        const endpoint = (id: string, argument: string) => {
          const { type, key } = decodeNodeId(id, argument, ENDPOINTS);
          return { label: type, key };
        };
        const window = pageWindow(args, 'connections', 10);
        const [result] = await graph.read<{
          totalCount: number;
          truncated: boolean;
          page: Array<PathRow & { sortKey: string }>;
        }>('entity-connections', {
          from: endpoint(String(args.from), 'from'),
          to: endpoint(String(args.to), 'to'),
          maxHops: neo4j.int(maxHops),
          maxPaths: neo4j.int(MAX_PATHS),
          ...windowParams(window),
        });
        return {
          totalCount: result?.totalCount ?? 0,
          truncated: result?.truncated ?? false,
          ...keysetPage(result?.page ?? [], window, 'connections', (path) => ({ node: path })),
        };
      },
    },
    {
      name: 'PathConnection',
      description: 'Shortest paths between two nodes, in a stable order.',
      fields: (t) => ({
        totalCount: t.int({
          description: 'How many shortest paths were read (at most the limit).',
          resolve: totalCountOf,
        }),
        truncated: t.boolean({
          description: `Whether there are more than ${MAX_PATHS} shortest paths, of which only those were read.`,
          resolve: (page) => (page as unknown as { truncated: boolean }).truncated,
        }),
      }),
    },
    { name: 'PathEdge', description: 'A shortest path.' },
  ),
);
