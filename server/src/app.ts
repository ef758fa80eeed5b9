// The composition root: builds the store, the domain, HTTP and Socket.IO, and one close() for all of it.
import Fastify, { type FastifyInstance } from "fastify";
import cors from "@fastify/cors";
import helmet from "@fastify/helmet";
import rateLimit from "@fastify/rate-limit";
import { createAdapter } from "@socket.io/redis-adapter";
import type { Config } from "./config.ts";
import type { JoinAddressBook } from "./domain/join-addresses.ts";
import { createServices, type Services } from "./domain/services.ts";
import type { Store } from "./domain/store.ts";
import { frameworkErrors, handleErrors } from "./http/error-handler.ts";
import { JoinGuard } from "./http/join-guard.ts";
import { actionPlanRoutes } from "./http/routes/action-plan.routes.ts";
import { breakoutRoutes } from "./http/routes/breakout.routes.ts";
import { healthRoutes } from "./http/routes/health.routes.ts";
import { joinRoutes } from "./http/routes/join.routes.ts";
import { missionRoutes } from "./http/routes/mission.routes.ts";
import { priorityVoteRoutes } from "./http/routes/priority-vote.routes.ts";
import { questionnaireRoutes } from "./http/routes/questionnaire.routes.ts";
import { rapporteurRoutes } from "./http/routes/rapporteur.routes.ts";
import { resultsRoutes } from "./http/routes/results.routes.ts";
import { workshopRoutes } from "./http/routes/workshop.routes.ts";
import { serveClient } from "./http/static-client.ts";
import { loggerOptions } from "./logger.ts";
import { Broadcaster } from "./realtime/broadcaster.ts";
import { createSocketServer } from "./realtime/socket-server.ts";
import type { PeerpulseServer } from "./realtime/socket-types.ts";
import { createStore } from "./store/create-store.ts";
import { listeningOn, ServerAddressBook } from "./network/machine-addresses.ts";
import { RedisStore } from "./store/redis/redis.store.ts";

/** Largest HTTP body accepted: a questionnaire file of a few hundred statements in four languages. */
export const MAX_BODY_BYTES = 1_048_576;

/** Everything wired. `close()` stops sockets, HTTP and the store, in that order. */
export interface App {
  http: FastifyInstance;
  io: PeerpulseServer;
  services: Services;
  store: Store;
  /** Where phones can reach this server (join links, the Origin check). */
  addresses: JoinAddressBook;
  close(): Promise<void>;
}

export async function buildApp(config: Config): Promise<App> {
  const http = Fastify({
    logger: loggerOptions(config.logLevel, config.development),
    bodyLimit: MAX_BODY_BYTES,
    trustProxy: config.trustProxy,
    frameworkErrors,
  });
  const store = createStore(
    config.redisUrl
      ? { kind: "redis", url: config.redisUrl }
      : { kind: "embedded", dataDir: config.dataDir, onWarning: (message) => http.log.warn(message) },
  );
  const broadcaster = new Broadcaster(
    () => services.tallies,
    (error, workshopId) => http.log.error({ err: error, workshopId }, "could not send a tally"),
    (workshopId) => services.votes.workshopTally(workshopId),
  );
  const addresses = new ServerAddressBook(config.publicUrl, () =>
    listeningOn(http, { port: config.port, address: config.host }),
  );
  const services = createServices(store, addresses, broadcaster);

  await http.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        "default-src": ["'self'"],
        "img-src": ["'self'", "data:"],
        "style-src": ["'self'", "'unsafe-inline'"],
        // 'self' covers ws: and wss: to the page's own host and port (CSP level 3; Chromium checked by C9).
        "connect-src": ["'self'"],
        "worker-src": ["'self'"],
        "upgrade-insecure-requests": null,
      },
    },
    // Phones on venue Wi-Fi often reach the laptop over plain HTTP; HSTS would lock them out.
    strictTransportSecurity: false,
  });
  // CORS headers only for our own origins; a request without Origin (not a browser's) gets none.
  await http.register(cors, {
    origin: (origin, callback) => callback(null, origin !== undefined && addresses.allows(origin)),
  });
  // Generous per address: a whole room of phones can sit behind one venue Wi-Fi address.
  await http.register(rateLimit, { max: config.httpRateLimit, timeWindow: "1 minute" });
  handleErrors(http);

  const redis = store instanceof RedisStore ? store.redis : undefined;
  healthRoutes(http, services);
  missionRoutes(http, services);
  workshopRoutes(http, services);
  questionnaireRoutes(http);
  resultsRoutes(http, services);
  breakoutRoutes(http, services);
  rapporteurRoutes(http, services);
  priorityVoteRoutes(http, services);
  actionPlanRoutes(http, services);
  const guard =
    store instanceof RedisStore ? new JoinGuard(store.redis, (work) => store.within(work)) : new JoinGuard();
  joinRoutes(http, services, guard);
  await serveClient(http, config.clientDir);

  await http.ready();
  const io = createSocketServer(http.server, services, addresses, http.log);
  if (redis) {
    const publisher = redis.duplicate();
    const subscriber = redis.duplicate();
    io.adapter(createAdapter(publisher, subscriber));
    http.addHook("onClose", async () => {
      await Promise.allSettled([publisher.quit(), subscriber.quit()]);
    });
  }
  broadcaster.attach(io, redis !== undefined);

  return {
    http,
    io,
    services,
    store,
    addresses,
    async close() {
      broadcaster.close();
      await io.close();
      await http.close();
      await store.close();
    },
  };
}
