// Password hashing with Argon2id (@node-rs/argon2) and generation of initial passwords.
import { hash, verify } from '@node-rs/argon2';
import { randomBytes } from 'node:crypto';
import { AppError } from '#src/errors.ts';

export async function hashPassword(plain: string): Promise<string> {
  assertPasswordPolicy(plain);
  return hash(plain);
}

export async function verifyPassword(hashed: string, plain: string): Promise<boolean> {
  try {
    return await verify(hashed, plain);
  } catch {
    return false;
  }
}

/** The shortest password any account may have (set by an admin, the CLI or the user). */
export const PASSWORD_MIN_LENGTH = 8;

export function assertPasswordPolicy(plain: string): void {
  if (plain.length < PASSWORD_MIN_LENGTH) throw new AppError('VALIDATION', `Mật khẩu phải có ít nhất ${PASSWORD_MIN_LENGTH} ký tự`);
  if (plain.length > 256) throw new AppError('VALIDATION', 'Mật khẩu quá dài');
}

/** Readable random password: no look-alike characters, ~95 bits. */
export function generatePassword(length = 16): string {
  const alphabet = 'abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';
  const bytes = randomBytes(length);
  let out = '';
  for (const b of bytes) out += alphabet[b % alphabet.length];
  return out;
}

// A fixed hash to verify against when the user does not exist, so timing does not reveal it.
let dummyHash: Promise<string> | undefined;
export function dummyPasswordHash(): Promise<string> {
  dummyHash ??= hash(generatePassword());
  return dummyHash;
}
