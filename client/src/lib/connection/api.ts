// The one HTTP client of the screens: JSON in and out, errors turned into an ApiFailure with the server's code.
import type { ApiError, ErrorCode } from "@peerpulse/shared";

/** A refused or failed request; `code` is the server's stable error code, or "network" when nothing came back. */
export class ApiFailure extends Error {
  readonly code: ErrorCode | "network";
  readonly status: number;
  readonly problems: unknown;

  constructor(code: ErrorCode | "network", message: string, status = 0, problems?: unknown) {
    super(message);
    this.code = code;
    this.status = status;
    this.problems = problems;
  }
}

interface RequestOptions {
  body?: unknown;
  facilitatorKey?: string;
  headers?: Record<string, string>;
}

/** Sends a request to the peerpulse API (same origin) and returns its JSON body, typed by the caller's route. */
export async function api<T>(
  method: "GET" | "POST" | "PUT" | "DELETE",
  path: string,
  options: RequestOptions = {},
): Promise<T> {
  const headers: Record<string, string> = { ...options.headers };
  if (options.body !== undefined) headers["content-type"] = "application/json";
  if (options.facilitatorKey) headers["x-facilitator-key"] = options.facilitatorKey;
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers,
      body: options.body === undefined ? null : JSON.stringify(options.body),
    });
  } catch (error) {
    throw new ApiFailure("network", error instanceof Error ? error.message : "network error");
  }
  const payload = (await response.json().catch(() => null)) as unknown;
  if (response.ok) return payload as T;
  const refusal = payload as { error?: ApiError; problems?: unknown } | null;
  const error = refusal?.error;
  throw new ApiFailure(
    error?.code ?? "internal",
    error?.message ?? response.statusText,
    response.status,
    refusal?.problems,
  );
}
