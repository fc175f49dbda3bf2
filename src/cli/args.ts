// Flag parsing shared by the CLI commands, on Node's util.parseArgs. Each command declares its
// flags; anything else is refused with a one-line Vietnamese error that names the bad flag and
// repeats the command's usage (AppError VALIDATION: exit code 2).
import { parseArgs } from 'node:util';
import { AppError } from '#src/errors.ts';

export interface FlagSpec {
  type: 'string' | 'boolean';
  /** One-letter alias, e.g. "r" for -r. */
  short?: string;
}
export type FlagSpecs = Record<string, FlagSpec>;
export type FlagValues<F extends FlagSpecs> = { [K in keyof F]?: F[K]['type'] extends 'string' ? string : boolean };

export interface ParsedArgs<F extends FlagSpecs> {
  flags: FlagValues<F>;
  positionals: string[];
}

/** Declares flags that all take a value: stringFlags('province', 'number'). */
export function stringFlags<K extends string>(...names: K[]): Record<K, { type: 'string' }> {
  return Object.fromEntries(names.map((k) => [k, { type: 'string' }])) as Record<K, { type: 'string' }>;
}

/** A value that is itself a flag ("--out --xlsx a.xlsx") means the value was forgotten. */
const looksLikeFlag = (v: string): boolean => /^--?[^\d\s-]/.test(v);

export function parseCommandArgs<F extends FlagSpecs>(args: string[], specs: F, usage: string, opts: { positionals?: boolean } = {}): ParsedArgs<F> {
  const fail = (message: string): never => {
    throw new AppError('VALIDATION', `${message}. Cách dùng: ${usage}`);
  };
  // strict: false so that the checks below, not Node's English messages, speak to the user.
  const { values, positionals, tokens } = parseArgs({ args, options: specs, strict: false, allowPositionals: true, tokens: true });
  for (const t of tokens) {
    if (t.kind !== 'option') continue;
    const spec = Object.hasOwn(specs, t.name) ? specs[t.name] : undefined;
    if (!spec) fail(`Tham số không hợp lệ: ${t.rawName}`);
    else if (spec.type === 'string' && (t.value === undefined || (!t.inlineValue && looksLikeFlag(t.value)))) fail(`Thiếu giá trị cho ${t.rawName}`);
    else if (spec.type === 'boolean' && t.value !== undefined) fail(`Tham số ${t.rawName} không nhận giá trị`);
  }
  if (positionals.length && !opts.positionals) fail(`Tham số thừa: ${positionals.join(' ')}`);
  return { flags: { ...values } as FlagValues<F>, positionals };
}

/** The value of a required string flag; `what` says in Vietnamese what it is. Blank counts as missing. */
export function requireFlag(value: string | undefined, flag: string, what: string): string {
  if (value === undefined || value.trim() === '') throw new AppError('VALIDATION', `Thiếu tham số --${flag} (${what}).`);
  return value;
}

/** A flag that must be a positive integer (an id), or undefined when not given. */
export function positiveIntFlag(value: string | undefined, flag: string): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!/^\d+$/.test(value.trim()) || !Number.isSafeInteger(n) || n <= 0) throw new AppError('VALIDATION', `--${flag} phải là số nguyên dương (nhận được: ${value}).`);
  return n;
}

/** A flag that must be a positive number, or undefined when not given. */
export function positiveNumberFlag(value: string | undefined, flag: string): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (value.trim() === '' || !Number.isFinite(n) || n <= 0) throw new AppError('VALIDATION', `--${flag} phải là số dương (nhận được: ${value}).`);
  return n;
}

/** A flag restricted to a closed list of words. */
export function oneOfFlag<T extends string>(value: string | undefined, flag: string, allowed: readonly T[]): T | undefined {
  if (value === undefined) return undefined;
  if (!(allowed as readonly string[]).includes(value)) throw new AppError('VALIDATION', `--${flag} phải là một trong: ${allowed.join(', ')} (nhận được: ${value}).`);
  return value as T;
}
