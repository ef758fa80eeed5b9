// Maps every error a request can raise to one JSON shape, `{ error: { code, message } }`, in one place.
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { ApiError } from "@peerpulse/shared";
import { DomainError } from "../domain/domain-error.ts";
import { httpStatus } from "./error-status.ts";

/** Fastify's (find-my-way's) default longest path parameter; docs/api.md promises 414 beyond it. */
export const MAX_PARAM_LENGTH = 100;

export function handleErrors(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    let body: ApiError;
    if (error instanceof DomainError) {
      body = { code: error.code, message: error.message };
    } else if (error.code === "FST_ERR_CTP_BODY_TOO_LARGE") {
      body = { code: "payload_too_large", message: "the request body is too large" };
    } else if (error.statusCode === 429) {
      body = { code: "rate_limited", message: "too many requests; slow down" };
    } else if (error.statusCode !== undefined && error.statusCode >= 400 && error.statusCode < 500) {
      body = { code: "bad_request", message: error.message };
    } else {
      request.log.error({ err: error }, "request failed");
      body = { code: "internal", message: "something went wrong on the server; try again" };
    }
    const status =
      body.code === "bad_request" && error.statusCode && error.statusCode !== 429
        ? error.statusCode
        : httpStatus(body.code);
    return reply.code(status).send({ error: body });
  });

  app.setNotFoundHandler((request, reply) => {
    const path = request.url.split("?")[0] ?? "";
    // A parameter over Fastify's limit makes the router skip its route; with the screens served, the static
    // catch-all takes the request instead of Fastify's own 414, and finds nothing: answer what the router would have.
    if (path.split("/").some((segment) => segment.length > MAX_PARAM_LENGTH))
      return reply.code(414).send({
        error: { code: "bad_request", message: `a path parameter is longer than ${MAX_PARAM_LENGTH} characters` },
      });
    return reply.code(404).send({ error: { code: "not_found", message: `no route ${request.method} ${path}` } });
  });
}

/**
 * Errors Fastify raises before routing, which bypass the error handler: a URL that is not valid percent-encoding
 * (400) or a path parameter over 100 characters (414). Same JSON shape as every other error.
 */
export function frameworkErrors(error: FastifyError, _request: FastifyRequest, reply: FastifyReply): void {
  void reply.code(error.statusCode ?? 400).send({ error: { code: "bad_request", message: error.message } });
}
