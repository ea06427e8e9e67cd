import { execFile } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { ImportSource } from './import-files.js';
import {
  buildLauncher,
  javaBinary,
  LocalNeo4jError,
  launcherClasspath,
  tail,
} from './local-neo4j.js';

/**
 * Loads import files into a database of the local Neo4j with `neo4j-admin database import full`,
 * Neo4j's offline bulk loader: it writes the store files directly, bypassing transactions. The
 * server on `dataDir` must be stopped, and what the database held is replaced. A failed import
 * leaves a half-written store that Neo4j may not open, so it is removed: the server then starts
 * with the database empty. The input files are left for the caller (the error names them).
 */
export async function importIntoLocalNeo4j(
  dataDir: string,
  source: ImportSource,
  database = 'neo4j',
): Promise<void> {
  await buildLauncher();
  const args = [
    '-cp',
    launcherClasspath,
    'org.neo4j.cli.AdminTool',
    'database',
    'import',
    'full',
    ...source.nodes.map(({ label, file }) => `--nodes=${label}=${file}`),
    ...source.relationships.map(({ type, file }) => `--relationships=${type}=${file}`),
    '--array-delimiter=U+001F',
    // Abstracts and evidence sentences may hold line breaks. (Format v2, which takes a list of
    // files, failed on a 100,000-paper import with "CR outside a text cell" where no CR was.)
    '--multiline-fields=true',
    '--overwrite-destination',
    `--report-file=${join(source.directory, 'import.report')}`,
    database,
  ];
  try {
    await promisify(execFile)(javaBinary(), args, {
      env: { ...process.env, NEO4J_HOME: dataDir },
      maxBuffer: 64 * 1024 * 1024,
    });
  } catch (error) {
    for (const store of ['databases', 'transactions']) {
      rmSync(join(dataDir, 'data', store, database), { recursive: true, force: true });
    }
    const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
    throw new LocalNeo4jError(
      `neo4j-admin database import failed for ${dataDir} (the half-written database was ` +
        `removed; it is empty). The files it read, which its messages refer to, stay in ` +
        `${source.directory} until the next import:\n${tail(`${stdout}\n${stderr}`)}`,
    );
  }
}
