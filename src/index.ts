import { readFileSync } from 'node:fs';
import { Command } from 'commander';
import { ExitError } from './commands/exit-error.js';
import { extractCommand } from './commands/extract.js';
import { importCommand } from './commands/import.js';
import { ingestCommand } from './commands/ingest.js';
import { migrateCommand } from './commands/migrate.js';
import { neo4jServer } from './commands/neo4j.js';
import { formatOption, wholeNumber, withIngestOptions, workersOption } from './commands/options.js';
import { start } from './commands/start.js';
import { statsCommand } from './commands/stats.js';
import { exitOnSignals, shutdown } from './lifecycle.js';

const { version } = JSON.parse(
  readFileSync(new URL('../package.json', import.meta.url), 'utf8'),
) as { version: string };

const program = new Command('papergraph')
  .description('A GraphQL API over a knowledge graph of research papers.')
  .version(version)
  .showHelpAfterError();

program
  .command('start')
  .description(
    'start Neo4j (the local one unless NEO4J_URI is set), migrate, load the sample corpora into an empty graph, and serve the API',
  )
  .action(() => start({ sample: true }));

program
  .command('serve')
  .description('like start, without loading the sample corpora')
  .action(() => start({ sample: false }));

program
  .command('neo4j')
  .description('run only the local Neo4j in the foreground')
  .option('--data-dir <dir>', 'data directory (default: PAPERGRAPH_DATA_DIR)')
  .option('--port <port>', 'Bolt port on 127.0.0.1, 0 for any free one', wholeNumber(0, 65_535))
  .action(neo4jServer);

program
  .command('migrate')
  .description('apply the schema migrations the graph has not seen')
  .option('--json', 'print the report as JSON')
  .action(migrateCommand);

withIngestOptions(
  program
    .command('ingest')
    .description('read papers from files, extract their entities and write them to the graph')
    .argument('<files...>', 'trending text, JSON Lines, JSON arrays, arXiv Atom XML or PwC dumps'),
  'papers per write transaction',
).action(ingestCommand);

withIngestOptions(
  program
    .command('import')
    .description(
      "load files into an EMPTY local graph with Neo4j's offline importer: the same graph as ingest, faster (about 1.5x on two cores)",
    )
    .argument('<files...>', 'input files, as for ingest'),
  'papers per extraction batch',
).action(importCommand);

program
  .command('extract')
  .description('extract entities without a database: one JSON line per paper on stdout')
  .argument('<files...>', 'input files, as for ingest')
  .addOption(formatOption())
  .addOption(workersOption())
  .option('--pretty', 'indent the JSON for people')
  .action(extractCommand);

program
  .command('stats')
  .description('count nodes per label and relationships per type')
  .option('--json', 'print the counts as JSON')
  .action(statsCommand);

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
