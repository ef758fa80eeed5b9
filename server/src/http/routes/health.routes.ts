// GET /healthz: whether this process and its store can serve; and the operator's log of store incidents.
import type { FastifyInstance } from "fastify";
import type { StoreIncident } from "../../domain/store.ts";
import type { Services } from "../../domain/services.ts";

export function healthRoutes(app: FastifyInstance, { store }: Services): void {
  store.onIncident?.((incident) => logIncident(app, incident));

  app.get("/healthz", { config: { rateLimit: false } }, async (_request, reply) => {
    const health = await store.health();
    // "degraded" still answers 200: the process serves, and a load balancer must keep sending it traffic.
    return reply.code(health.status === "unavailable" ? 503 : 200).send({
      status: health.status,
      store: store.kind,
      ...(health.lostRatings ? { lostRatings: health.lostRatings } : {}),
      ...(health.detail ? { detail: health.detail } : {}),
    });
  });
}

/** One line per incident, so an operator can tell the facilitator of the workshop concerned. */
function logIncident({ log }: FastifyInstance, incident: StoreIncident): void {
  switch (incident.kind) {
    case "unavailable":
      log.error({ store: "redis", detail: incident.detail }, "store unavailable: ratings are refused until it is back");
      return;
    case "available":
      log.warn({ store: "redis" }, "store available again");
      return;
    case "ratings-lost":
      log.error(
        {
          workshopId: incident.workshopId,
          lostRatings: incident.lostRatings,
          acknowledged: incident.acknowledged,
          held: incident.held,
        },
        `store came back without ${incident.lostRatings} acknowledged rating(s) of workshop ${incident.workshopId}`,
      );
      return;
  }
}
