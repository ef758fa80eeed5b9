// Picks the store from the configuration: Redis when REDIS_URL is set, else the embedded journal store.
import type { Store } from "../domain/store.ts";
import { EmbeddedStore } from "./embedded/embedded.store.ts";
import { RedisStore } from "./redis/redis.store.ts";

/** Where state is kept. */
export type StoreConfig =
  { kind: "redis"; url: string } | { kind: "embedded"; dataDir: string; onWarning?: (message: string) => void };

/** Builds the configured store. */
export function createStore(config: StoreConfig): Store {
  return config.kind === "redis" ? new RedisStore(config.url) : new EmbeddedStore(config);
}
