// SQL for users, their unit-scoped roles, and login sessions.
import type { Db } from './db.ts';
import type { Role } from '#src/core/auth/authorization.ts';

export interface UserRow {
  id: number;
  username: string;
  password_hash: string;
  full_name: string;
  email: string | null;
  active: boolean;
}

export interface RoleRow {
  role: Role;
  unit_id: number | null;
  province_id: number | null;
  unit_name: string | null;
  unit_level: string | null;
}

export async function insertUser(db: Db, u: { username: string; passwordHash: string; fullName: string; email?: string | null }): Promise<UserRow> {
  const rows = await db.query<UserRow & Record<string, unknown>>(
    'INSERT INTO users (username, password_hash, full_name, email) VALUES ($1, $2, $3, $4) RETURNING id, username, password_hash, full_name, email, active',
    [u.username, u.passwordHash, u.fullName, u.email ?? null],
  );
  return rows[0]!;
}

export async function addRole(db: Db, userId: number, role: Role, unitId: number | null): Promise<void> {
  await db.query('INSERT INTO user_roles (user_id, role, unit_id) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING', [userId, role, unitId]);
}

export async function getUserByUsername(db: Db, username: string): Promise<UserRow | undefined> {
  return (await db.query<UserRow & Record<string, unknown>>('SELECT id, username, password_hash, full_name, email, active FROM users WHERE username = $1', [username]))[0];
}

export async function getUser(db: Db, id: number): Promise<UserRow | undefined> {
  return (await db.query<UserRow & Record<string, unknown>>('SELECT id, username, password_hash, full_name, email, active FROM users WHERE id = $1', [id]))[0];
}

export async function findUsernames(db: Db, usernames: string[]): Promise<string[]> {
  if (!usernames.length) return [];
  return (await db.query<{ username: string }>('SELECT username FROM users WHERE username = ANY($1::text[])', [usernames])).map((r) => r.username);
}

export async function rolesOf(db: Db, userId: number): Promise<RoleRow[]> {
  return db.query<RoleRow & Record<string, unknown>>(
    `SELECT r.role, r.unit_id, CASE WHEN u.level = 'tinh' THEN u.id ELSE u.province_id END AS province_id,
            u.name AS unit_name, u.level AS unit_level
       FROM user_roles r LEFT JOIN units u ON u.id = r.unit_id WHERE r.user_id = $1 ORDER BY r.role, u.name`,
    [userId],
  );
}

export async function setPassword(db: Db, userId: number, passwordHash: string): Promise<void> {
  await db.query('UPDATE users SET password_hash = $2 WHERE id = $1', [userId, passwordHash]);
}

/** Ends every session of a user except the one whose token hash is given (none: all of them). */
export async function deleteOtherSessions(db: Db, userId: number, keepTokenHash: string | null): Promise<void> {
  await db.query('DELETE FROM sessions WHERE user_id = $1 AND token_hash IS DISTINCT FROM $2', [userId, keepTokenHash]);
}

export async function insertSession(db: Db, tokenHash: string, userId: number, expiresAt: Date): Promise<void> {
  await db.query('INSERT INTO sessions (token_hash, user_id, expires_at) VALUES ($1, $2, $3)', [tokenHash, userId, expiresAt.toISOString()]);
}

export async function findSession(db: Db, tokenHash: string): Promise<{ user_id: number; expires_at: Date } | undefined> {
  return (await db.query<{ user_id: number; expires_at: Date }>('SELECT user_id, expires_at FROM sessions WHERE token_hash = $1', [tokenHash]))[0];
}

/** A session with what expiry needs, and whether its user is still active, in one query. */
export async function findSessionForResume(db: Db, tokenHash: string): Promise<{ user_id: number; expires_at: Date; created_at: Date; last_seen_at: Date; active: boolean } | undefined> {
  return (
    await db.query<{ user_id: number; expires_at: Date; created_at: Date; last_seen_at: Date; active: boolean }>(
      'SELECT s.user_id, s.expires_at, s.created_at, s.last_seen_at, u.active FROM sessions s JOIN users u ON u.id = s.user_id WHERE s.token_hash = $1',
      [tokenHash],
    )
  )[0];
}

export async function touchSession(db: Db, tokenHash: string, expiresAt: Date): Promise<void> {
  await db.query('UPDATE sessions SET last_seen_at = now(), expires_at = $2 WHERE token_hash = $1', [tokenHash, expiresAt.toISOString()]);
}

export async function deleteSession(db: Db, tokenHash: string): Promise<void> {
  await db.query('DELETE FROM sessions WHERE token_hash = $1', [tokenHash]);
}

export async function deleteExpiredSessions(db: Db): Promise<void> {
  await db.query('DELETE FROM sessions WHERE expires_at < now()');
}
