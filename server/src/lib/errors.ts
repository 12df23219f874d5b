import type { ErrorCode, FieldError, ProblemParams } from '@byg360/shared';

export const statusForCode: Record<ErrorCode, number> = {
  VALIDATION: 400,
  UNAUTHORIZED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  RATE_LIMITED: 429,
  INTERNAL: 500,
};

/** What exactly is wrong, finer than the code, for clients to word in their language (`reason` and `params` of the error response). */
export interface ErrorReason {
  reason: string;
  params: ProblemParams;
}

/** An error the domain raises on purpose; its message is safe to show to the caller. */
export class AppError extends Error {
  constructor(
    public readonly code: ErrorCode,
    message: string,
    public readonly fields?: FieldError[],
    public readonly headers?: Record<string, string>,
    public readonly reason?: ErrorReason,
  ) {
    super(message);
    this.name = 'AppError';
  }
}

export const notFound = (what: string) => new AppError('NOT_FOUND', `${what} not found`);
export const forbidden = (message = 'You are not allowed to do this') => new AppError('FORBIDDEN', message);
export const unauthorized = (message = 'Log in to continue') => new AppError('UNAUTHORIZED', message);
export const conflict = (message: string, fields?: FieldError[]) => new AppError('CONFLICT', message, fields);
export const invalid = (message: string, fields?: FieldError[]) => new AppError('VALIDATION', message, fields);
