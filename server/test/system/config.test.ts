import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config.ts';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const problemsOf = (env: Record<string, string>) => {
  try {
    loadConfig(env);
  } catch (err) {
    if (err instanceof ConfigError) return err.problems;
    throw err;
  }
  throw new Error('expected a ConfigError');
};

describe('configuration', () => {
  it('names every bad variable in one error', () => {
    const problems = problemsOf({ PORT: 'eighty', DATABASE_URL: 'mysql://x', MEILI_URL: 'ftp://meili', NODE_ENV: 'staging', DATA_DIR: '/tmp/x' });
    expect(problems.join('\n')).toMatch(/PORT/);
    expect(problems.join('\n')).toMatch(/DATABASE_URL/);
    expect(problems.join('\n')).toMatch(/MEILI_URL/);
    expect(problems.join('\n')).toMatch(/NODE_ENV/);
    expect(problems).toHaveLength(4);
  });

  it('refuses to start in production without JWT_SECRET, or with a short one', () => {
    expect(problemsOf({ NODE_ENV: 'production' })).toEqual(['JWT_SECRET is required when NODE_ENV=production']);
    expect(problemsOf({ NODE_ENV: 'production', JWT_SECRET: 'short' })[0]).toMatch(/JWT_SECRET must be at least 32/);
  });

  it('generates a secret in demo mode, keeps it in DATA_DIR and reuses it', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'byg360-config-'));
    const first = loadConfig({ DATA_DIR: dir });
    const second = loadConfig({ DATA_DIR: dir });
    expect(first.jwtSecret.length).toBeGreaterThanOrEqual(32);
    expect(second.jwtSecret).toBe(first.jwtSecret);
    expect(readFileSync(path.join(dir, 'jwt-secret'), 'utf8')).toBe(first.jwtSecret);
  });

  it('has working defaults: port 3000, PGlite, PostgreSQL search, demo data', () => {
    const config = loadConfig({ DATA_DIR: mkdtempSync(path.join(tmpdir(), 'byg360-config-')) });
    expect(config).toMatchObject({ port: 3000, host: '0.0.0.0', databaseUrl: undefined, meili: undefined, demo: true, demoPassword: 'byg360demo' });
  });

  it('treats empty optional URLs as unset', () => {
    const config = loadConfig({ DATA_DIR: mkdtempSync(path.join(tmpdir(), 'byg360-config-')), DATABASE_URL: '', MEILI_URL: '' });
    expect(config.databaseUrl).toBeUndefined();
    expect(config.meili).toBeUndefined();
  });
});
