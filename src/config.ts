import { existsSync } from 'node:fs';
import { z } from 'zod';
import { REQUEST_TIMEOUT_MS } from './http/request-budget.js';
import { SHUTDOWN_DEADLINE_MS } from './lifecycle.js';

const port = (fallback: number) => z.coerce.number().int().min(0).max(65_535).default(fallback);
const megabytes = (fallback: number) => z.coerce.number().int().min(64).default(fallback);

/** Every setting papergraph reads from the environment (or `.env`), validated in one place. */
const Settings = z.object({
  NEO4J_URI: z
    .string()
    .regex(/^(neo4j|bolt)(\+s|\+ssc)?:\/\/\S+$/, 'must look like bolt://host:7687 or neo4j://host')
    .optional(),
  NEO4J_USER: z.string().min(1).default('neo4j'),
  // No default: the local Neo4j keeps its own random one (see localPassword).
  NEO4J_PASSWORD: z.string().min(8, 'must be at least 8 characters').optional(),
  NEO4J_DATABASE: z.string().min(1).default('neo4j'),
  NEO4J_TX_TIMEOUT_MS: z.coerce.number().int().positive().default(30_000),
  NEO4J_CONNECT_TIMEOUT_MS: z.coerce.number().int().positive().default(5000),
  PAPERGRAPH_REQUEST_TIMEOUT_MS: z.coerce.number().int().positive().default(REQUEST_TIMEOUT_MS),
  PORT: port(4000),
  PAPERGRAPH_SHUTDOWN_TIMEOUT_MS: z.coerce.number().int().positive().default(SHUTDOWN_DEADLINE_MS),
  NODE_ENV: z.string().default('development'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  PAPERGRAPH_API_KEY: z.string().min(16, 'must be at least 16 characters').optional(),
  PAPERGRAPH_CORS_ORIGINS: z
    .string()
    .transform((origins) => origins.split(',').map((origin) => origin.trim()))
    .optional(),
  PAPERGRAPH_CACHE_TTL_MS: z.coerce.number().int().min(0).default(60_000),
  PAPERGRAPH_DATA_DIR: z.string().min(1).default('.papergraph/neo4j'),
  PAPERGRAPH_NEO4J_PORT: port(7687),
  PAPERGRAPH_NEO4J_HEAP_MB: megabytes(512),
  PAPERGRAPH_NEO4J_PAGECACHE_MB: megabytes(256),
});

/** The names of every setting, for the checks that `.env.example` and the README list them all. */
export const SETTING_NAMES = Object.keys(Settings.shape);

const ConfigSchema = Settings.refine((config) => !config.NEO4J_URI || config.NEO4J_PASSWORD, {
  path: ['NEO4J_PASSWORD'],
  message: 'must be set when NEO4J_URI is',
});

export type Config = z.infer<typeof ConfigSchema>;

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/**
 * Reads the configuration from `env`, after loading `.env` from the working directory when there
 * is one (variables already set win over the file).
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, envFile = '.env'): Config {
  if (env === process.env && existsSync(envFile)) process.loadEnvFile(envFile);
  const parsed = ConfigSchema.safeParse(withoutEmptyValues(env));
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues.map(
    (issue) => `  ${issue.path.join('.')}: ${issue.message}`,
  );
  throw new ConfigError(`invalid configuration:\n${problems.join('\n')}`);
}

/** `FOO=` in a shell or `.env` means "not set", not "set to the empty string". */
function withoutEmptyValues(env: NodeJS.ProcessEnv): Record<string, string> {
  return Object.fromEntries(
    Object.entries(env).filter((entry): entry is [string, string] => Boolean(entry[1])),
  );
}
