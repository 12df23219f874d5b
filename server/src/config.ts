import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

const optionalUrl = (protocols: string[]) =>
  z
    .string()
    .trim()
    .transform((s) => (s === '' ? undefined : s))
    .optional()
    .refine((s) => s === undefined || protocols.some((p) => s.startsWith(`${p}:`)), {
      message: `must be a URL starting with ${protocols.map((p) => `${p}://`).join(' or ')}`,
    });

const envSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    PORT: z.coerce.number().int().min(0).max(65535).default(3000),
    HOST: z.string().min(1).default('0.0.0.0'),
    DATABASE_URL: optionalUrl(['postgres', 'postgresql']),
    DATA_DIR: z.string().min(1).default('./data'),
    MEILI_URL: optionalUrl(['http', 'https']),
    MEILI_MASTER_KEY: z.string().optional(),
    JWT_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
    SMTP_URL: optionalUrl(['smtp', 'smtps']),
    TILE_URL: z.string().default('https://tile.openstreetmap.org/{z}/{x}/{y}.png'),
    DEMO_PASSWORD: z.string().min(8, 'must be at least 8 characters').default('byg360demo'),
    CORS_ORIGIN: z.string().optional(),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    RESERVATION_RESPONSE_HOURS: z.coerce.number().positive().max(24 * 60).default(72),
    EARLY_ACCESS_HOURS: z.coerce.number().min(0).max(24 * 60).default(48),
    PUBLIC_URL: optionalUrl(['http', 'https']),
    SEARCH_CACHE_SECONDS: z.coerce.number().min(0).max(60).default(2),
  })
  .superRefine((env, ctx) => {
    if (env.NODE_ENV === 'production' && !env.JWT_SECRET) {
      ctx.addIssue({ code: 'custom', path: ['JWT_SECRET'], message: 'is required when NODE_ENV=production' });
    }
  });

export type Env = z.infer<typeof envSchema>;

export interface Config {
  env: Env['NODE_ENV'];
  port: number;
  host: string;
  databaseUrl: string | undefined;
  /** undefined → PGlite in memory (tests); a path → PGlite persisted there. Ignored with databaseUrl. */
  dataDir: string | undefined;
  meili: { url: string; masterKey: string | undefined } | undefined;
  jwtSecret: string;
  smtpUrl: string | undefined;
  tileUrl: string;
  demoPassword: string;
  /** Seed demo organisations and users on an empty database. */
  demo: boolean;
  corsOrigin: string | undefined;
  logLevel: Env['LOG_LEVEL'];
  accessTokenTtlSeconds: number;
  refreshTokenTtlDays: number;
  loginLimits: { perAccount: number; perIp: number; windowSeconds: number };
  /** A pending reservation expires when the contractor has not answered within this time. */
  reservationResponseHours: number;
  /** For this long after publication only makers may reserve a lot. */
  earlyAccessHours: number;
  /** Base URL used in e-mails. */
  publicUrl: string;
  /** How long a public search or map response is served from memory; 0 turns that off. */
  searchCacheMs: number;
}

export class ConfigError extends Error {
  constructor(public readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Reads and checks the environment once; throws a ConfigError naming every bad variable. */
export function loadConfig(source: Record<string, string | undefined> = process.env): Config {
  const parsed = envSchema.safeParse(source);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((i) => `${i.path.join('.') || 'environment'} ${i.message}`));
  }
  const env = parsed.data;
  const dataDir = path.resolve(env.DATA_DIR);
  return {
    env: env.NODE_ENV,
    port: env.PORT,
    host: env.HOST,
    databaseUrl: env.DATABASE_URL,
    dataDir,
    meili: env.MEILI_URL ? { url: env.MEILI_URL, masterKey: env.MEILI_MASTER_KEY } : undefined,
    jwtSecret: env.JWT_SECRET ?? demoSecret(dataDir),
    smtpUrl: env.SMTP_URL,
    tileUrl: env.TILE_URL,
    demoPassword: env.DEMO_PASSWORD,
    demo: env.NODE_ENV !== 'production',
    corsOrigin: env.CORS_ORIGIN,
    logLevel: env.LOG_LEVEL,
    accessTokenTtlSeconds: 15 * 60,
    refreshTokenTtlDays: 30,
    loginLimits: { perAccount: 5, perIp: 30, windowSeconds: 15 * 60 },
    reservationResponseHours: env.RESERVATION_RESPONSE_HOURS,
    earlyAccessHours: env.EARLY_ACCESS_HOURS,
    publicUrl: env.PUBLIC_URL ?? `http://localhost:${env.PORT}`,
    searchCacheMs: env.SEARCH_CACHE_SECONDS * 1000,
  };
}

/** In demo mode the signing secret is generated once and kept in DATA_DIR, so sessions survive restarts. */
function demoSecret(dataDir: string): string {
  const file = path.join(dataDir, 'jwt-secret');
  try {
    return readFileSync(file, 'utf8').trim();
  } catch {
    mkdirSync(dataDir, { recursive: true });
    const secret = randomBytes(48).toString('base64url');
    try {
      writeFileSync(file, secret, { mode: 0o600, flag: 'wx' });
      return secret;
    } catch {
      // Another process created it first: use theirs.
      return readFileSync(file, 'utf8').trim();
    }
  }
}
