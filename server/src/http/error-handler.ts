// Maps every error a request can raise to one JSON shape, `{ error: { code, message } }`, in one place.
import type { FastifyError, FastifyInstance } from "fastify";
import type { ApiError } from "@peerpulse/shared";
import { DomainError } from "../domain/domain-error.ts";
import { httpStatus } from "./error-status.ts";

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

  app.setNotFoundHandler((request, reply) =>
    reply
      .code(404)
      .send({ error: { code: "not_found", message: `no route ${request.method} ${request.url.split("?")[0] ?? ""}` } }),
  );
}
