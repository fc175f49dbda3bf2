// One error type for the whole product: a closed set of codes, a user-safe Vietnamese
// message separate from the internal one, and one map from code to HTTP status / CLI exit.

export const errorCodes = {
  VALIDATION: { status: 400, exit: 2 },
  BAD_CSV: { status: 400, exit: 2 },
  UNKNOWN_INDICATOR: { status: 400, exit: 2 },
  DUPLICATE: { status: 409, exit: 2 },
  NOT_FOUND: { status: 404, exit: 3 },
  UNAUTHENTICATED: { status: 401, exit: 4 },
  FORBIDDEN: { status: 403, exit: 4 },
  CSRF: { status: 403, exit: 4 },
  RATE_LIMITED: { status: 429, exit: 5 },
  CONFLICT: { status: 409, exit: 2 },
  INVALID_STATE: { status: 409, exit: 2 },
  FILE_TOO_LARGE: { status: 413, exit: 6 },
  FILE_EMPTY: { status: 400, exit: 6 },
  FILE_CORRUPT: { status: 422, exit: 6 },
  FILE_UNSUPPORTED: { status: 415, exit: 6 },
  FILE_ENCODING: { status: 422, exit: 6 },
  FILE_TIMEOUT: { status: 422, exit: 6 },
  DEPENDENCY_MISSING: { status: 503, exit: 7 },
  CONFIG: { status: 500, exit: 8 },
  INTERNAL: { status: 500, exit: 1 },
} as const;

export type ErrorCode = keyof typeof errorCodes;

export class AppError extends Error {
  readonly code: ErrorCode;
  /** Vietnamese, safe to show to users. */
  readonly userMessage: string;
  readonly details: Record<string, unknown> | undefined;

  constructor(code: ErrorCode, userMessage: string, opts: { internal?: string; details?: Record<string, unknown>; cause?: unknown } = {}) {
    super(opts.internal ?? userMessage, { cause: opts.cause });
    this.name = 'AppError';
    this.code = code;
    this.userMessage = userMessage;
    this.details = opts.details;
  }

  get status(): number {
    return errorCodes[this.code].status;
  }

  get exitCode(): number {
    return errorCodes[this.code].exit;
  }
}

export function isAppError(e: unknown): e is AppError {
  return e instanceof AppError;
}
