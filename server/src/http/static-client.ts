// Serves the built screens from one origin: each page its own entry; /j/<code> opens the participant page and
// /r/<token> the rapporteur page of a break-out group.
// Files go out precompressed (brotli or gzip, written by the build) and hashed assets are cached for good.
import { existsSync } from "node:fs";
import { sep } from "node:path";
import fastifyStatic from "@fastify/static";
import type { FastifyInstance, FastifyReply } from "fastify";

/** Vite names every file under assets/ by a hash of its contents: a changed file gets a new name. */
export const IMMUTABLE_CACHE = "public, max-age=31536000, immutable";
/** Pages name the current assets, so a browser asks again every time (a 304 when nothing changed). */
export const PAGE_CACHE = "no-cache";

function cacheHeaders(reply: FastifyReply, path: string): void {
  const hashed = path.includes(`${sep}assets${sep}`);
  reply.header("cache-control", hashed ? IMMUTABLE_CACHE : PAGE_CACHE);
}

/** Registers the client build when it exists (tests of the API alone run without it). */
export async function serveClient(app: FastifyInstance, clientDir: string | undefined): Promise<boolean> {
  if (!clientDir || !existsSync(clientDir)) return false;
  await app.register(fastifyStatic, {
    root: clientDir,
    index: ["index.html"],
    wildcard: true,
    preCompressed: true,
    cacheControl: false,
    setHeaders: cacheHeaders,
  });
  app.get("/j/:joinCode", (_request, reply) => reply.sendFile("index.html"));
  app.get("/r/:token", (_request, reply) => reply.sendFile("rapporteur.html"));
  return true;
}
