// The configuration: defaults for a laptop, and a refusal that names each wrong variable.
import { describe, expect, it } from "vitest";
import { ConfigError, configFromEnvironment } from "./config.ts";

describe("configuration from the environment", () => {
  it("defaults to the embedded store on port 3000, without a public URL (phones use the machine's addresses)", () => {
    const config = configFromEnvironment({});
    expect(config).toMatchObject({
      port: 3000,
      host: "0.0.0.0",
      dataDir: "./data",
      redisUrl: undefined,
      publicUrl: undefined,
      trustProxy: false,
      development: false,
    });
  });

  it("reads every variable and drops a trailing slash from PUBLIC_URL", () => {
    const config = configFromEnvironment({
      PORT: "8080",
      HOST: "127.0.0.1",
      DATA_DIR: "/var/lib/peerpulse",
      REDIS_URL: "redis://cache:6379",
      LOG_LEVEL: "debug",
      PUBLIC_URL: "https://rate.example.org/",
      NODE_ENV: "development",
      TRUST_PROXY: "true",
    });
    expect(config).toMatchObject({
      port: 8080,
      host: "127.0.0.1",
      dataDir: "/var/lib/peerpulse",
      redisUrl: "redis://cache:6379",
      logLevel: "debug",
      publicUrl: "https://rate.example.org",
      development: true,
      trustProxy: true,
    });
  });

  it.each([
    ["PORT", { PORT: "eighty" }],
    ["PORT", { PORT: "70000" }],
    ["REDIS_URL", { REDIS_URL: "http://not-redis" }],
    ["LOG_LEVEL", { LOG_LEVEL: "loud" }],
    ["PUBLIC_URL", { PUBLIC_URL: "ftp://x" }],
    ["TRUST_PROXY", { TRUST_PROXY: "yes" }],
  ])("refuses a wrong %s with a message naming it", (variable, environment) => {
    expect(() => configFromEnvironment(environment)).toThrow(ConfigError);
    expect(() => configFromEnvironment(environment)).toThrow(new RegExp(`${variable}:`));
  });

  it("treats an empty variable as unset", () => {
    expect(configFromEnvironment({ REDIS_URL: "", PORT: "" })).toMatchObject({ redisUrl: undefined, port: 3000 });
  });
});
