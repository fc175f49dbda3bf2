// Login, logout, session lookup and a user's change of their own password. Sessions live in the
// database; the cookie holds a random token and the database only its SHA-256, so a database
// leak does not leak live sessions.
import { createHash, randomBytes } from 'node:crypto';
import type { Db } from '#src/storage/db.ts';
import * as users from '#src/storage/users.repository.ts';
import { appendAudit } from '#src/storage/audit.repository.ts';
import { AppError } from '#src/errors.ts';
import { assertPasswordPolicy, dummyPasswordHash, hashPassword, verifyPassword } from './passwords.ts';
import type { Actor } from './authorization.ts';

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export async function login(db: Db, username: string, password: string, sessionHours: number): Promise<{ token: string; actor: Actor } | null> {
  const user = await users.getUserByUsername(db, username.trim().toLowerCase());
  if (!user || !user.active) {
    await verifyPassword(await dummyPasswordHash(), password);
    return null;
  }
  if (!(await verifyPassword(user.password_hash, password))) return null;
  const token = randomBytes(32).toString('base64url');
  await users.insertSession(db, hashToken(token), user.id, new Date(Date.now() + sessionHours * 3600_000));
  return { token, actor: await loadActor(db, user.id) };
}

/** How often a busy session's last-seen time is written (not on every request: fewer writes). */
const TOUCH_EVERY_MS = 60_000;
/**
 * How long a resolved session is reused from memory before the database is asked again.
 * Logout, locking an account and resetting a password forget it at once (forgetSessions);
 * other changes (e.g. made by the CLI in another process) are seen within this time.
 */
const RECHECK_MS = 5_000;

interface CachedSession {
  actor: Actor;
  idleEnd: number;
  hardEnd: number;
  loadedAt: number;
}

const cache = new WeakMap<Db, Map<string, CachedSession>>();
function cacheOf(db: Db): Map<string, CachedSession> {
  let m = cache.get(db);
  if (!m) cache.set(db, (m = new Map()));
  return m;
}

/** Drops remembered sessions: one user's, or all of them. */
export function forgetSessions(db: Db, userId?: number): void {
  const m = cacheOf(db);
  if (userId === undefined) m.clear();
  else for (const [k, v] of m) if (v.actor.userId === userId) m.delete(k);
}

/**
 * Returns the actor for a session token; null when unknown or expired. A session expires after
 * `idleHours` without a request (sliding) and in any case `maxHours` after login (absolute).
 */
export async function resumeSession(db: Db, token: string, idleHours: number, maxHours = Math.max(24, idleHours)): Promise<Actor | null> {
  const h = hashToken(token);
  const now = Date.now();
  const m = cacheOf(db);
  const hit = m.get(h);
  if (hit && now - hit.loadedAt < RECHECK_MS && now < hit.idleEnd && now < hit.hardEnd) return hit.actor;
  m.delete(h);
  const s = await users.findSessionForResume(db, h);
  if (!s) return null;
  const hardEnd = new Date(s.created_at).getTime() + maxHours * 3600_000;
  let idleEnd = new Date(s.expires_at).getTime();
  if (idleEnd < now || hardEnd < now) {
    await users.deleteSession(db, h);
    return null;
  }
  if (!s.active) return null;
  if (now - new Date(s.last_seen_at).getTime() > TOUCH_EVERY_MS) {
    idleEnd = Math.min(now + idleHours * 3600_000, hardEnd);
    await users.touchSession(db, h, new Date(idleEnd));
  }
  const actor = await loadActor(db, s.user_id);
  if (m.size > 10_000) m.clear();
  m.set(h, { actor, idleEnd, hardEnd, loadedAt: now });
  return actor;
}

export async function logout(db: Db, token: string): Promise<void> {
  cacheOf(db).delete(hashToken(token));
  await users.deleteSession(db, hashToken(token));
}

export async function loadActor(db: Db, userId: number): Promise<Actor> {
  const u = await users.getUser(db, userId);
  if (!u) throw new Error(`user ${userId} vanished`);
  const rs = await users.rolesOf(db, userId);
  return {
    userId: u.id,
    username: u.username,
    fullName: u.full_name,
    roles: rs.map((r) => ({ role: r.role, unitId: r.unit_id, provinceId: r.province_id, unitName: r.unit_name })),
  };
}

/**
 * A user changes their own password. The current password is required (a wrong one is
 * UNAUTHENTICATED, so the caller can rate-limit it like a login); the new one follows the policy
 * of every account and is hashed with Argon2id. The user's other sessions end; the session
 * `keepToken` (the one making the change) stays. Audited without any password or hash.
 */
export async function changeOwnPassword(db: Db, actor: Actor, input: { current: string; next: string; confirm: string }, keepToken: string | null): Promise<void> {
  if (input.next !== input.confirm) throw new AppError('VALIDATION', 'Mật khẩu mới nhập lại không khớp.');
  if (input.next === input.current) throw new AppError('VALIDATION', 'Mật khẩu mới phải khác mật khẩu hiện tại.');
  assertPasswordPolicy(input.next);
  const user = await users.getUser(db, actor.userId);
  if (!user || !user.active || !(await verifyPassword(user.password_hash, input.current))) {
    throw new AppError('UNAUTHENTICATED', 'Mật khẩu hiện tại không đúng.');
  }
  const hash = await hashPassword(input.next);
  const role = (await users.rolesOf(db, user.id))[0];
  await db.transaction(async (tx) => {
    await users.setPassword(tx, user.id, hash);
    await users.deleteOtherSessions(tx, user.id, keepToken ? hashToken(keepToken) : null);
    forgetSessions(db, user.id);
    await appendAudit(tx, {
      actorUserId: actor.userId,
      actorLabel: `${actor.fullName} (${actor.username})`,
      entity: 'user',
      entityId: user.id,
      action: 'change_password',
      oldValue: null,
      newValue: null,
      unitId: role?.unit_id ?? null,
      provinceId: role?.province_id ?? null,
    });
  });
  forgetSessions(db, user.id); // again after commit: a request racing the transaction may have re-read one
}
