// Every route the app serves, read from Fastify's own route tree, so a fuzz test cannot forget a route added later.
import type { FastifyInstance } from "fastify";

export interface RouteEntry {
  method: string;
  /** e.g. `/api/workshops/:workshopId/control` */
  url: string;
}

/** Reads `printRoutes({ commonPrefix: false })`: one line per node, four columns of indent per level. */
export function listRoutes(http: FastifyInstance): RouteEntry[] {
  const routes: RouteEntry[] = [];
  const stack: string[] = [];
  for (const line of http.printRoutes({ commonPrefix: false }).split("\n")) {
    const match = /^((?:[│ ] {3})*)[├└]── (.+?) \(([A-Z, ]+)\)$/.exec(line);
    if (!match) continue;
    const depth = match[1]!.length / 4;
    stack.length = depth;
    stack.push(match[2]!);
    const url = stack.join("");
    for (const method of match[3]!.split(", ")) {
      if (method !== "HEAD" && method !== "OPTIONS") routes.push({ method, url });
    }
  }
  return routes;
}
