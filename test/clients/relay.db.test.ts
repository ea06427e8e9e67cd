import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import {
  type ConcreteRequest,
  createOperationDescriptor,
  type Disposable,
  Environment,
  fetchQuery,
  getSelector,
  Network,
  type ReaderFragment,
  RecordSource,
  type SingularReaderSelector,
  Store,
  type Variables,
} from 'relay-runtime';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Json, postHttp, queryHttp } from '../api/graphql.js';
import { failOnWarnings, serveSample } from './server.js';

const SOURCES = fileURLToPath(new URL('relay/', import.meta.url));
const SCHEMA = fileURLToPath(new URL('../../schema.graphql', import.meta.url));
const COMPILER = createRequire(import.meta.url).resolve('relay-compiler/cli.js');

/** Runs relay-compiler over test/clients/relay into a fresh directory; returns it and the log. */
async function compileRelay(dir: string): Promise<{ artifacts: string; log: string }> {
  const artifacts = join(dir, '__generated__');
  await mkdir(artifacts);
  // The compiler reads its settings only from a file; absolute paths keep the sources in place.
  const config = join(dir, 'relay.config.json');
  await writeFile(
    config,
    JSON.stringify({
      src: SOURCES,
      schema: SCHEMA,
      language: 'typescript',
      artifactDirectory: artifacts,
      eagerEsModules: true,
    }),
  );
  const { stdout, stderr } = await promisify(execFile)(process.execPath, [COMPILER, config], {
    cwd: dir,
  });
  return { artifacts, log: stdout + stderr };
}

describe('Relay: relay-compiler and relay-runtime against the server', () => {
  let dir: string;
  let compiled: { artifacts: string; log: string };
  let api: Awaited<ReturnType<typeof serveSample>>;
  let environment: Environment;
  const retained: Disposable[] = [];
  const warnings = failOnWarnings();

  /** A compiled artifact: an operation (ConcreteRequest) or a fragment (ReaderFragment). */
  async function artifact<T extends ConcreteRequest | ReaderFragment>(name: string): Promise<T> {
    return (await import(join(compiled.artifacts, `${name}.graphql.ts`))).default;
  }

  /** Fetches an operation and keeps its records, as a mounted component would. */
  async function run(request: ConcreteRequest, variables: Variables): Promise<Json> {
    retained.push(environment.retain(createOperationDescriptor(request, variables)));
    return fetchQuery(environment, request, variables).toPromise();
  }

  /** What a component given this fragment reference would render, read from the store. */
  async function read(fragment: string, ref: unknown): Promise<Json> {
    const selector = getSelector(await artifact<ReaderFragment>(fragment), ref);
    return environment.lookup(selector as SingularReaderSelector).data;
  }

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'clients-relay-'));
    compiled = await compileRelay(dir);
    api = await serveSample();
    environment = new Environment({
      network: Network.create(async (params, variables) => {
        // the artifacts carry their text (no persisted queries)
        const body = await postHttp(api.url, params.text ?? '', variables);
        if (body.errors)
          warnings.push(`errors from ${params.name}: ${JSON.stringify(body.errors)}`);
        return body;
      }),
      // One store for every test: a global id that two operations normalise differently shows.
      store: new Store(new RecordSource()),
      relayFieldLogger: (event) => warnings.push(`relay: ${JSON.stringify(event)}`),
    });
  });

  afterAll(async () => {
    for (const disposable of retained) disposable.dispose();
    await api?.close();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('compiles the operations against schema.graphql, writing the refetch queries', async () => {
    expect(compiled.log).not.toMatch(/WARN|ERROR/);
    expect((await readdir(compiled.artifacts)).sort()).toEqual([
      'MethodPapersPaginationQuery.graphql.ts',
      'MethodPapersQuery.graphql.ts',
      'MethodPapers_method.graphql.ts',
      'NodeRefetchQuery.graphql.ts',
      'SearchPagePaginationQuery.graphql.ts',
      'SearchPageQuery.graphql.ts',
      'SearchPage_query.graphql.ts',
    ]);
    // Relay's warnings go through console.error outside production builds only.
    expect(process.env.NODE_ENV).not.toBe('production');
  });

  it("pages through a method's papers with node(id:), merged by the @connection handler", async () => {
    // The method most papers name, so that it takes several pages of five.
    const top = await queryHttp(api.url, '{ methods(first: 1) { edges { node { name } } } }');
    const name = top.methods.edges[0].node.name;
    const paginate = await artifact<ConcreteRequest>('MethodPapersPaginationQuery');
    const { method } = await run(await artifact('MethodPapersQuery'), { name });
    let papers = (await read('MethodPapers_method', method)).papers;
    let pages = 1;
    for (; papers.pageInfo.hasNextPage && pages < 50; pages++) {
      await run(paginate, { id: method.id, count: 5, cursor: papers.pageInfo.endCursor });
      papers = (await read('MethodPapers_method', method)).papers;
    }
    const whole = await queryHttp(
      api.url,
      'query ($name: String!) { method(name: $name) { papers(first: 100) { edges { node { id } } } } }',
      { name },
    );
    expect(pages).toBeGreaterThan(2);
    expect(papers.edges).toHaveLength(papers.totalCount);
    expect(papers.edges.map((edge: Json) => edge.node.id)).toEqual(
      whole.method.papers.edges.map((edge: Json) => edge.node.id),
    );
  });

  it('pages through search hits of every type, each normalised under its own type', async () => {
    const text = 'quantization';
    const paginate = await artifact<ConcreteRequest>('SearchPagePaginationQuery');
    const root = await run(await artifact('SearchPageQuery'), { text });
    let search = (await read('SearchPage_query', root)).search;
    for (let pages = 1; search.pageInfo.hasNextPage && pages < 50; pages++) {
      await run(paginate, { text, count: 5, cursor: search.pageInfo.endCursor });
      search = (await read('SearchPage_query', root)).search;
    }
    const ids = search.edges.map((edge: Json) => edge.node.id);
    expect(search.totalCount).toBeGreaterThan(5);
    expect(ids).toHaveLength(search.totalCount);
    expect(new Set(ids).size).toBe(ids.length);
    const types = new Set(search.edges.map((edge: Json) => edge.node.__typename));
    expect(types.size).toBeGreaterThan(1);
    for (const { type, node } of search.edges) {
      expect(type).toBe(node.__typename.toUpperCase());
      // the record the store keeps under the global id has the type the hit was given
      expect(environment.getStore().getSource().get(node.id)?.__typename).toBe(node.__typename);
    }
  });

  it('refetches a paper and a method by global id through node(id:)', async () => {
    const found = await queryHttp(
      api.url,
      `{ methods(first: 1) { edges { node { id name papers(first: 1) {
           edges { node { id title authors { name } } } } } } } }`,
    );
    const method = found.methods.edges[0].node;
    const paper = method.papers.edges[0].node;
    const refetch = await artifact<ConcreteRequest>('NodeRefetchQuery');
    const again = await run(refetch, { id: paper.id });
    expect(again.node).toMatchObject({ __typename: 'Paper', id: paper.id, title: paper.title });
    expect(again.node.authors.map((author: Json) => author.name)).toEqual(
      paper.authors.map((author: Json) => author.name),
    );
    const methodAgain = await run(refetch, { id: method.id });
    expect(methodAgain.node).toEqual({ __typename: 'Method', id: method.id, name: method.name });
  });
});
