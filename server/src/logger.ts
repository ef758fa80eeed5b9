// Logging options: useful to an operator, and never a participant's rating, token or a facilitator key.
import type { LoggerOptions } from "pino";

/** Paths the logger blanks out, whatever code logs them: redaction by configuration, not by care. */
export const REDACTED_PATHS = [
  'req.headers["x-facilitator-key"]',
  "req.headers.authorization",
  "req.headers.cookie",
  "*.facilitatorKey",
  "*.token",
  "*.value",
  "*.voteId",
  "*.ratings",
  "*.auth",
];

/** The pino options of the server. */
export function loggerOptions(level: string, development: boolean): LoggerOptions {
  return {
    level,
    redact: { paths: REDACTED_PATHS, censor: "[redacted]" },
    ...(development ? { transport: { target: "pino-pretty", options: { translateTime: "HH:MM:ss" } } } : {}),
  };
}
