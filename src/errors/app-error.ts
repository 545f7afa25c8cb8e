/**
 * A typed error of the product. The code decides the HTTP status (in one place,
 * `httpStatusOf`) and the message is meant for the person or client that made
 * the request, so it never contains internals.
 */
export type AppErrorCode =
  | "UNAUTHENTICATED"
  | "FORBIDDEN"
  | "NOT_FOUND"
  | "INVALID_INPUT"
  | "CONFLICT"
  | "STALE"
  | "RULE_VIOLATION"
  | "CROSS_ORIGIN"
  | "TOO_LARGE"
  | "UNSUPPORTED_MEDIA_TYPE";

const STATUS: Record<AppErrorCode, number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  INVALID_INPUT: 400,
  CONFLICT: 409,
  STALE: 409,
  RULE_VIOLATION: 422,
  CROSS_ORIGIN: 403,
  TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
};

export class AppError extends Error {
  readonly code: AppErrorCode;
  readonly fieldErrors: Record<string, string[]> | undefined;

  constructor(code: AppErrorCode, message: string, fieldErrors?: Record<string, string[]>) {
    super(message);
    this.name = "AppError";
    this.code = code;
    this.fieldErrors = fieldErrors;
  }
}

export function httpStatusOf(error: AppError): number {
  return STATUS[error.code];
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}
