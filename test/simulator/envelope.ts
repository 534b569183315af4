// The platform's answer envelope: HTTP 200 JSON with `result` (0 = OK), errors with `error` and `source`.

import { ERROR_SOURCE, MESSAGES } from './guesses';

/** Result codes from platform-api.md (the codes themselves are confirmed; their messages are in guesses.ts). */
export const RESULT = {
  OK: 0,
  FAILURE: 1,
  INVALID_PARAMETER: 3,
  UNKNOWN_ERROR: 99,
  AUTH_FAILED: 701,
  NOT_AUTHENTICATED: 702,
  USER_BLOCKED: 704,
  INVALID_PASSWORD: 801,
  ENV_NOT_FOUND: 901,
  WRONG_ENV_STATUS: 2212,
  PERMISSION_DENIED: 8202,
} as const;

export type Answer = Record<string, unknown> & { result: number };

/** A platform error: handlers throw it, the server turns it into an error envelope. */
export class ApiError extends Error {
  constructor(
    readonly result: number,
    message: string,
    /** More fields of the error answer, e.g. `attemptsLeft`. */
    readonly extra: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

/** A refusal answered with an HTTP error status instead of an envelope (a variant of unknown behaviour). */
export class HttpRefusal extends Error {
  constructor(readonly status: number) {
    super(`HTTP ${status}`);
  }
}

export const invalidParameter = (name: string, detail?: string): ApiError =>
  new ApiError(RESULT.INVALID_PARAMETER, MESSAGES.invalidParameter(name, detail));

export function ok(fields: Record<string, unknown> = {}): Answer {
  return { result: RESULT.OK, ...fields };
}

export function errorAnswer(result: number, message: string, extra: Record<string, unknown> = {}): Answer {
  return { result, error: message, source: ERROR_SOURCE, ...extra };
}

/** The platform leaves out keys whose value is null; we also drop undefined. Arrays keep their length. */
export function withoutNulls<T>(value: T): T {
  if (Array.isArray(value)) return value.map((item) => withoutNulls(item)) as T;
  if (value !== null && typeof value === 'object') {
    const copy: Record<string, unknown> = {};
    for (const [key, inner] of Object.entries(value)) {
      if (inner !== null && inner !== undefined) copy[key] = withoutNulls(inner);
    }
    return copy as T;
  }
  return value;
}
