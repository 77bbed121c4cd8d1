import { randomUUID } from "node:crypto";
import { NextResponse } from "next/server";
import { ZodError, z } from "zod";
import { logger } from "@/lib/logger";

const STATUS = {
  validation: 422,
  bad_request: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  rate_limited: 429,
  too_large: 413,
  unavailable: 503,
} as const;

export type AppErrorCode = keyof typeof STATUS;

/** An error whose message is written for the person who caused it and is safe to show them. */
export class AppError extends Error {
  readonly code: AppErrorCode;
  readonly fields?: Record<string, string[]>;

  constructor(code: AppErrorCode, message: string, fields?: Record<string, string[]>) {
    super(message);
    this.name = "AppError";
    this.code = code;
    this.fields = fields;
  }

  get status(): number {
    return STATUS[this.code];
  }

  /** What to show the person: the first field's problem when there is one, else the message. */
  get userMessage(): string {
    return (this.fields ? Object.values(this.fields).flat()[0] : undefined) ?? this.message;
  }
}

/** Turns a zod failure into a validation error that names each field's problem. */
export function validationError(error: ZodError, message = "Some fields need attention."): AppError {
  const { fieldErrors } = z.flattenError(error);
  return new AppError("validation", message, fieldErrors as Record<string, string[]>);
}

/** Parses input at a boundary; bad input becomes a 422 with a message per field. */
export function parseInput<T extends z.ZodType>(schema: T, input: unknown): z.infer<T> {
  const result = schema.safeParse(input);
  if (!result.success) throw validationError(result.error);
  return result.data;
}

/** Maps any error to a JSON response: AppErrors as they are, anything else as a logged, generic 500. */
export function errorResponse(error: unknown): NextResponse {
  if (error instanceof ZodError) error = validationError(error);
  if (error instanceof AppError) {
    return NextResponse.json(
      { error: { code: error.code, message: error.message, fields: error.fields } },
      { status: error.status },
    );
  }
  const requestId = randomUUID();
  logger.error("unhandled error", {
    requestId,
    error: error instanceof Error ? { message: error.message, stack: error.stack } : String(error),
  });
  return NextResponse.json(
    { error: { code: "internal", message: "Something went wrong on our side. Please try again.", requestId } },
    { status: 500 },
  );
}
