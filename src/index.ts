import { readFileSync } from 'node:fs';
import { Command, InvalidArgumentError } from 'commander';
import { ExitError } from './commands/exit-error.js';
import { migrateCommand } from './commands/migrate.js';
import { neo4jServer } from './commands/neo4j.js';
import { start } from './commands/start.js';
import { exitOnSignals, shutdown } from './lifecycle.js';

const { version } = JSON.parse(
  readFileSync(new URL('../package.json', import.meta.url), 'utf8'),
) as { version: string };

function portNumber(value: string): number {
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) {
    throw new InvalidArgumentError('a port is a whole number from 0 to 65535');
  }
  return port;
}

const program = new Command('papergraph')
  .description('A GraphQL API over a knowledge graph of research papers.')
  .version(version)
  .showHelpAfterError();

program
  .command('start')
  .description('start the local Neo4j (unless NEO4J_URI is set), migrate the schema, and serve')
  .action(start);

program
  .command('neo4j')
  .description('run only the local Neo4j in the foreground')
  .option('--data-dir <dir>', 'data directory (default: PAPERGRAPH_DATA_DIR)')
  .option('--port <port>', 'Bolt port on 127.0.0.1, 0 for any free one', portNumber)
  .action(neo4jServer);

program
  .command('migrate')
  .description('apply the schema migrations the graph has not seen')
  .option('--json', 'print the report as JSON')
  .action(migrateCommand);

exitOnSignals();
try {
  await program.parseAsync();
} catch (error) {
  process.exitCode = error instanceof ExitError ? error.exitCode : 1;
  console.error(`papergraph: ${error instanceof Error ? error.message : String(error)}`);
  if (process.env.DEBUG && error instanceof Error) console.error(error.stack);
} finally {
  await shutdown();
}
