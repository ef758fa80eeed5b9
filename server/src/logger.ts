// Logging options: useful to an operator, and never a participant's rating, token or a facilitator key.
import type { LoggerOptions } from "pino";

/** Fields that must never reach a log, wherever they sit in what is logged. */
const SECRET_FIELDS = ["facilitatorKey", "keyHash", "token", "auth", "value", "voteId", "ratings"];

/**
 * Paths the logger blanks out, whatever code logs them: redaction by configuration, not by care. pino's paths
 * do not recurse, so each field is named at the top level and two levels down (`{ token }`, `{ socket: { token } }`,
 * `{ err: { data: { token } } }`).
 */
export const REDACTED_PATHS = [
  'req.headers["x-facilitator-key"]',
  "req.headers.authorization",
  "req.headers.cookie",
  ...SECRET_FIELDS.flatMap((field) => [field, `*.${field}`, `*.*.${field}`]),
];

/** The pino options of the server. */
export function loggerOptions(level: string, development: boolean): LoggerOptions {
  return {
    level,
    redact: { paths: REDACTED_PATHS, censor: "[redacted]" },
    ...(development ? { transport: { target: "pino-pretty", options: { translateTime: "HH:MM:ss" } } } : {}),
  };
}
