// GET /healthz: whether this process and its store can serve.
import type { FastifyInstance } from "fastify";
import type { Services } from "../../domain/services.ts";

export function healthRoutes(app: FastifyInstance, { store }: Services): void {
  app.get("/healthz", { config: { rateLimit: false } }, async (_request, reply) => {
    const health = await store.health();
    return reply
      .code(health.status === "ok" ? 200 : 503)
      .send({ status: health.status, store: store.kind, ...(health.detail ? { detail: health.detail } : {}) });
  });
}
