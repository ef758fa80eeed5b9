// The server's configuration, read from the environment and validated; a wrong value names its variable.
import { z } from "zod";

const Environment = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default("0.0.0.0"),
  DATA_DIR: z.string().min(1).default("./data"),
  REDIS_URL: z.url({ protocol: /^rediss?$/, error: "REDIS_URL must look like redis://host:6379" }).optional(),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  PUBLIC_URL: z
    .url({ protocol: /^https?$/, error: "PUBLIC_URL must look like https://peerpulse.example.org" })
    .optional(),
  NODE_ENV: z.enum(["development", "production", "test"]).default("production"),
  TRUST_PROXY: z.enum(["true", "false"], { error: "TRUST_PROXY must be true or false" }).default("false"),
  HTTP_RATE_LIMIT: z.coerce
    .number({ error: "HTTP_RATE_LIMIT must be a whole number of requests per minute" })
    .int()
    .min(1)
    .default(1200),
});

/** Every environment variable the server reads: a parent that means to set them all clears these first. */
export const CONFIG_VARIABLES = Object.keys(Environment.shape) as readonly (keyof typeof Environment.shape)[];

/** The validated configuration of one server process. */
export interface Config {
  port: number;
  host: string;
  dataDir: string;
  redisUrl: string | undefined;
  logLevel: z.infer<typeof Environment>["LOG_LEVEL"];
  /** Where phones reach the server; when unset, the machine's own network addresses (server/src/network). */
  publicUrl: string | undefined;
  development: boolean;
  /** Take the client address from X-Forwarded-For (only behind a proxy you run; else it can be forged). */
  trustProxy: boolean;
  /** HTTP requests allowed per client address per minute (raised only for loopback load, as `npm run bench` does). */
  httpRateLimit: number;
  /** Serve the built screens from this folder when it exists. */
  clientDir: string | undefined;
}

/** Raised when the environment holds a wrong value; its message names each bad variable. */
export class ConfigError extends Error {}

/** Reads the configuration from environment variables. */
export function configFromEnvironment(environment: NodeJS.ProcessEnv, clientDir?: string): Config {
  const parsed = Environment.safeParse(
    Object.fromEntries(Object.entries(environment).filter(([, value]) => value !== "")),
  );
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
    throw new ConfigError(`peerpulse cannot start, the configuration is wrong:\n  ${problems.join("\n  ")}`);
  }
  const env = parsed.data;
  return {
    port: env.PORT,
    host: env.HOST,
    dataDir: env.DATA_DIR,
    redisUrl: env.REDIS_URL,
    logLevel: env.LOG_LEVEL,
    publicUrl: env.PUBLIC_URL?.replace(/\/+$/, ""),
    development: env.NODE_ENV === "development",
    trustProxy: env.TRUST_PROXY === "true",
    httpRateLimit: env.HTTP_RATE_LIMIT,
    clientDir,
  };
}
