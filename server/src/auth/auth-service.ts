import type { User } from '@byg360/shared';
import { loginBodySchema, organisationKindsForRole, registerBodySchema } from '@byg360/shared';
import type { z } from 'zod';
import type { Config } from '../config.ts';
import type { Db } from '../db/client.ts';
import { AppError, conflict, invalid, unauthorized } from '../lib/errors.ts';
import { isUniqueViolation } from '../lib/pg-errors.ts';
import { findOrganisation, insertOrganisation, municipalityExists } from '../organisations/organisations-repository.ts';
import { findCredentialsByEmail, findUserById, insertUser } from '../users/users-repository.ts';
import { burnPasswordCheck, hashPassword, verifyPassword } from './passwords.ts';
import * as rateLimit from './rate-limit.ts';
import { consumeRefreshToken, findFamilyOf, issueRefreshToken, revokeFamily } from './refresh-tokens-repository.ts';

export interface IssuedSession {
  user: User;
  refreshToken: string;
  refreshExpiresAt: Date;
}

type AuthConfig = Pick<Config, 'refreshTokenTtlDays' | 'loginLimits'>;

export async function register(db: Db, config: AuthConfig, input: z.output<typeof registerBodySchema>): Promise<IssuedSession> {
  const passwordHash = await hashPassword(input.password);
  const userId = await db
    .transaction(async (tx) => {
      let organisationId: string | null = null;
      let membershipApproved = false;
      const org = input.organisation;
      if (org && 'joinId' in org) {
        const existing = await findOrganisation(tx, org.joinId);
        if (!existing) throw invalid('That organisation does not exist', [{ path: 'organisation.joinId', message: 'Unknown organisation' }]);
        const allowed: readonly string[] = organisationKindsForRole[input.role];
        if (!allowed.includes(existing.kind)) {
          throw invalid(`A ${input.role} cannot join an organisation of kind ${existing.kind}`, [{ path: 'organisation.joinId', message: 'Wrong kind of organisation for this role' }]);
        }
        // Joining an existing organisation waits for an administrator's approval.
        organisationId = existing.id;
      } else if (org && 'create' in org) {
        if (!(await municipalityExists(tx, org.create.municipalityCode))) {
          throw invalid('Unknown municipality', [{ path: 'organisation.create.municipalityCode', message: 'Unknown municipality code' }]);
        }
        organisationId = await insertOrganisation(tx, org.create);
        // The founder acts for the organisation as soon as an administrator verifies it.
        membershipApproved = true;
      }
      return insertUser(tx, {
        email: input.email,
        passwordHash,
        name: input.name,
        phone: input.phone ?? null,
        role: input.role,
        organisationId,
        membershipApproved,
      });
    })
    .catch((err: unknown) => {
      if (isUniqueViolation(err, 'users_email_key')) {
        throw conflict('An account with this e-mail already exists', [{ path: 'email', message: 'Already registered' }]);
      }
      throw err;
    });
  return startSession(db, config, userId);
}

export async function login(db: Db, config: AuthConfig, input: z.output<typeof loginBodySchema>, ip: string): Promise<IssuedSession> {
  const { windowSeconds, perAccount, perIp } = config.loginLimits;
  const [byIp, byAccount] = await Promise.all([
    rateLimit.hit(db, `login:ip:${ip}`, windowSeconds),
    rateLimit.hit(db, `login:account:${input.email}`, windowSeconds),
  ]);
  if (byIp.count > perIp || byAccount.count > perAccount) {
    const resetAt = byAccount.count > perAccount ? byAccount.resetAt : byIp.resetAt;
    const retryAfter = Math.max(1, Math.ceil((resetAt.getTime() - Date.now()) / 1000));
    throw new AppError('RATE_LIMITED', `Too many login attempts. Try again in ${Math.ceil(retryAfter / 60)} minutes.`, undefined, { 'retry-after': String(retryAfter) });
  }
  const credentials = await findCredentialsByEmail(db, input.email);
  if (!credentials) {
    await burnPasswordCheck(input.password);
    throw unauthorized('Wrong e-mail or password');
  }
  if (!(await verifyPassword(input.password, credentials.passwordHash))) throw unauthorized('Wrong e-mail or password');
  await rateLimit.clear(db, `login:account:${input.email}`);
  return startSession(db, config, credentials.id);
}

/** Rotates a refresh token. Presenting one that was already used revokes its whole family. */
export async function refresh(db: Db, config: AuthConfig, token: string | undefined): Promise<IssuedSession> {
  if (!token) throw unauthorized('No session');
  const result = await consumeRefreshToken(db, token);
  if (!result.ok) {
    if (result.reason === 'reused') {
      await revokeFamily(db, result.familyId);
      throw unauthorized('This session was used elsewhere and has been ended. Log in again.');
    }
    throw unauthorized('Your session has expired. Log in again.');
  }
  return startSession(db, config, result.userId, result.familyId);
}

export async function logout(db: Db, token: string | undefined): Promise<void> {
  if (!token) return;
  const familyId = await findFamilyOf(db, token);
  if (familyId) await revokeFamily(db, familyId);
}

async function startSession(db: Db, config: AuthConfig, userId: string, familyId?: string): Promise<IssuedSession> {
  const user = await findUserById(db, userId);
  if (!user) throw unauthorized('This account no longer exists');
  const { token, expiresAt } = await issueRefreshToken(db, userId, config.refreshTokenTtlDays, familyId);
  return { user, refreshToken: token, refreshExpiresAt: expiresAt };
}

