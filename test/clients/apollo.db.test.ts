import './apollo-dev.js';
import { ApolloClient, type DocumentNode, gql, HttpLink, InMemoryCache } from '@apollo/client';
import { relayStylePagination } from '@apollo/client/utilities';
import { __DEV__ } from '@apollo/client/utilities/environment';
import { print } from 'graphql';
import { filter, firstValueFrom, timeout } from 'rxjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Json, queryHttp } from '../api/graphql.js';
import { failOnWarnings, serveSample } from './server.js';

const PAGE = 5;

interface Connection {
  name: string;
  query: DocumentNode;
  /** The variables beyond the page's, given the name of the method most papers name. */
  variables: (topMethod: string) => Record<string, unknown>;
  connection: (data: Json) => Json;
}

/** Two connections a list view would page: one on the root, one on a node. */
const CONNECTIONS: Connection[] = [
  {
    name: 'the root datasets, by name',
    query: gql`
      query Datasets($first: Int, $after: String, $last: Int, $before: String) {
        datasets(orderBy: NAME, first: $first, after: $after, last: $last, before: $before) {
          totalCount
          pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
          edges { cursor paperCount node { id name } }
        }
      }
    `,
    variables: () => ({}),
    connection: (data) => data.datasets,
  },
  {
    name: "a method's papers",
    query: gql`
      query MethodPapers($name: String!, $first: Int, $after: String, $last: Int, $before: String) {
        method(name: $name) {
          id
          papers(first: $first, after: $after, last: $last, before: $before) {
            totalCount
            pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
            edges { cursor role provenance { confidence rule } node { id title } }
          }
        }
      }
    `,
    variables: (topMethod) => ({ name: topMethod }),
    connection: (data) => data.method.papers,
  },
];

describe('Apollo Client 4 with relayStylePagination against the server', () => {
  let api: Awaited<ReturnType<typeof serveSample>>;
  let topMethod: string;
  failOnWarnings();

  beforeAll(async () => {
    api = await serveSample();
    const top = await queryHttp(api.url, '{ methods(first: 1) { edges { node { name } } } }');
    topMethod = top.methods.edges[0].node.name;
  });
  afterAll(() => api?.close());

  /** A client with an empty cache whose type policies merge pages by cursor. */
  function apolloClient() {
    return new ApolloClient({
      link: new HttpLink({ uri: api.url }),
      cache: new InMemoryCache({
        typePolicies: {
          Query: { fields: { datasets: relayStylePagination(['filter', 'orderBy']) } },
          Method: { fields: { papers: relayStylePagination(['role']) } },
        },
      }),
    });
  }

  /**
   * Pages from one end to the other with fetchMore, as an infinite list does; returns how many
   * pages it took and the connection the cache merged from them.
   */
  async function walk(list: Connection, direction: 'forward' | 'backward') {
    const client = apolloClient();
    const forward = direction === 'forward';
    const observable = client.watchQuery({
      query: list.query,
      variables: { ...list.variables(topMethod), [forward ? 'first' : 'last']: PAGE },
    });
    // Held open as a list view holds it. The merged list arrives as its next result, after
    // fetchMore resolves (which answers the new page alone; getCurrentResult is still the old list).
    const subscription = observable.subscribe(() => {});
    const longerThan = async (edges: number) =>
      (
        await firstValueFrom(
          observable.pipe(
            filter(
              (result) =>
                result.dataState === 'complete' &&
                list.connection(result.data).edges.length > edges,
            ),
            timeout(20_000),
          ),
        )
      ).data;
    try {
      let data = await longerThan(0);
      let pages = 1;
      for (; pages < 50; pages++) {
        const { pageInfo, edges } = list.connection(data);
        if (!(forward ? pageInfo.hasNextPage : pageInfo.hasPreviousPage)) break;
        await observable.fetchMore({
          variables: forward ? { after: pageInfo.endCursor } : { before: pageInfo.startCursor },
        });
        data = await longerThan(edges.length);
      }
      return { pages, connection: list.connection(data) };
    } finally {
      subscription.unsubscribe();
      client.stop();
    }
  }

  it('runs in development mode, where the cache reports what it would lose', () => {
    expect(__DEV__).toBe(true);
  });

  describe.each(CONNECTIONS)('$name', (list) => {
    it.each(['forward', 'backward'] as const)(
      'walks %s page by page to the same list as one big page, without repeats',
      async (direction) => {
        const { pages, connection } = await walk(list, direction);
        const whole = list.connection(
          await queryHttp(api.url, print(list.query), { ...list.variables(topMethod), first: 100 }),
        );
        const ids = connection.edges.map((edge: Json) => edge.node.id);
        expect(pages).toBeGreaterThan(2);
        expect(new Set(ids).size).toBe(ids.length);
        expect(connection.totalCount).toBe(whole.totalCount);
        expect(ids).toEqual(whole.edges.map((edge: Json) => edge.node.id));
      },
    );
  });
});
