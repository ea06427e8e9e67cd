import { execFile } from 'node:child_process';
import { copyFile, mkdtemp, readdir, rm, symlink, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { generate } from '@graphql-codegen/cli';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const USAGE = fileURLToPath(new URL('codegen/usage.ts', import.meta.url));
const SCHEMA = fileURLToPath(new URL('../../schema.graphql', import.meta.url));
const NODE_MODULES = fileURLToPath(new URL('../../node_modules', import.meta.url));
const TSC = createRequire(import.meta.url).resolve('typescript/bin/tsc');

describe("GraphQL Code Generator's client preset on schema.graphql", () => {
  let dir: string;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'clients-codegen-'));
    await copyFile(USAGE, join(dir, 'usage.ts'));
    // The generated files import @graphql-typed-document-node/core, as an app's would.
    await symlink(NODE_MODULES, join(dir, 'node_modules'), 'dir');
  });
  afterAll(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('generates typed operations that, with a typed use of them, pass tsc --strict', async () => {
    await generate(
      {
        schema: SCHEMA,
        documents: [join(dir, 'usage.ts')],
        ignoreNoDocuments: false,
        silent: true,
        generates: {
          [`${join(dir, 'gql')}/`]: {
            preset: 'client',
            config: {
              useTypeImports: true,
              enumsAsTypes: true,
              // dates travel as YYYY-MM-DD strings; a scalar added later is `unknown`, not `any`
              scalars: { Date: 'string' },
              defaultScalarType: 'unknown',
            },
          },
        },
      },
      true,
    );
    expect((await readdir(join(dir, 'gql'))).sort()).toEqual([
      'fragment-masking.ts',
      'gql.ts',
      'graphql.ts',
      'index.ts',
    ]);
    // A bundler-style frontend project, as strict as tsc gets.
    await writeFile(
      join(dir, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          target: 'ES2022',
          module: 'ESNext',
          moduleResolution: 'Bundler',
          strict: true,
          noUncheckedIndexedAccess: true,
          exactOptionalPropertyTypes: true,
          noImplicitOverride: true,
          noUnusedLocals: true,
          verbatimModuleSyntax: true,
          isolatedModules: true,
          noEmit: true,
          types: [],
        },
        include: ['usage.ts', 'gql'],
      }),
    );
    const tsc = await promisify(execFile)(process.execPath, [TSC, '-p', dir]).catch(
      (failure: { stdout: string }) => failure,
    );
    expect(tsc.stdout).toBe('');
  }, 120_000); // codegen and tsc take seconds each on a shared two-core machine
});
