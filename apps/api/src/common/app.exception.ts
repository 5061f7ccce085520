import type { ErrorCode } from '@plan/contracts';

export type LocalizedMessage = { zh: string; en: string };

// Services throw this (or a feature subclass); the global filter maps the code to an HTTP status.
export class AppException extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly localized: LocalizedMessage,
    readonly details?: unknown,
  ) {
    super(localized.en);
  }
}
