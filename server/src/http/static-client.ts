// Serves the built screens from one origin: each page its own entry; /j/<code> opens the participant page.
import { existsSync } from "node:fs";
import fastifyStatic from "@fastify/static";
import type { FastifyInstance } from "fastify";

/** Registers the client build when it exists (tests of the API alone run without it). */
export async function serveClient(app: FastifyInstance, clientDir: string | undefined): Promise<boolean> {
  if (!clientDir || !existsSync(clientDir)) return false;
  await app.register(fastifyStatic, { root: clientDir, index: ["index.html"], wildcard: true, maxAge: "1h" });
  app.get("/j/:joinCode", (_request, reply) => reply.sendFile("index.html", { maxAge: 0 }));
  return true;
}
