// The facilitator key is kept only as a hash and compared in constant time (C1); no key, token, vote id or
// rating value reaches a log, whatever shape the logged object has (C7).
import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join as joinPath } from "node:path";
import { Writable } from "node:stream";
import pino from "pino";
import { afterAll, describe, expect, it } from "vitest";
import type { FacilitatorWorkshopView } from "@peerpulse/shared";
import { hashSecret, secretMatches } from "../../server/src/domain/secrets.ts";
import { loggerOptions } from "../../server/src/logger.ts";
import {
  api,
  ask,
  askAnything,
  createMission,
  createWorkshop,
  facilitatorSocket,
  join,
  participantSocket,
  type ClientSocket,
} from "../support/clients.ts";
import { voteId } from "../support/fixtures.ts";
import { spawnServer, type SpawnedServer } from "../support/spawned-server.ts";

describe("security: secrets at rest and in logs", () => {
  const servers: SpawnedServer[] = [];
  const sockets: ClientSocket[] = [];
  afterAll(async () => {
    for (const socket of sockets) socket.close();
    await Promise.all(servers.map((server) => server.stop()));
  });

  it("C1: the facilitator key is compared as a SHA-256 digest in constant time, whatever its length", () => {
    const key = "fk_the-right-key-0123456789abcdefghij";
    const stored = hashSecret(key);
    expect(stored).toBe(createHash("sha256").update(key).digest("hex"));
    expect(secretMatches(key, stored)).toBe(true);
    // Wrong keys of every length, and a near miss at either end, are refused without throwing: both sides are
    // 32-byte digests before timingSafeEqual sees them, so neither length nor a matching prefix shows in the time.
    for (const wrong of ["", "f", `${key}x`, `x${key.slice(1)}`, `${key.slice(0, -1)}x`, "k".repeat(100_000)])
      expect(secretMatches(wrong, stored)).toBe(false);
    expect(secretMatches(key, "not-a-hash")).toBe(false);
  });

  it("C7: the logger blanks keys, tokens, vote ids and rating values at the top level and two levels down", () => {
    let output = "";
    const sink = new Writable({
      write(chunk: Buffer, _encoding, done) {
        output += chunk.toString();
        done();
      },
    });
    const log = pino(loggerOptions("trace", false), sink);
    const secrets = { facilitatorKey: "SECRET-K", token: "SECRET-T", voteId: "SECRET-V", value: "SECRET-R" };
    log.info(secrets, "top level");
    log.info({ socket: secrets, auth: { token: "SECRET-A" } }, "one level down");
    log.error({ err: { message: "boom", data: secrets }, handshake: { auth: secrets } }, "two levels down");
    log.info({ req: { headers: { "x-facilitator-key": "SECRET-H", authorization: "SECRET-B" } } }, "request");
    log.info({ rating: { workshopId: "w_1", value: 4, voteId: "SECRET-W" }, ratings: [{ value: 5 }] }, "rating");
    expect(output).not.toMatch(/SECRET/);
    expect(output).not.toMatch(/"value":\s*[45]/);
    expect(output).toContain("w_1");
  });

  it("C1, C7: through a whole workshop at LOG_LEVEL=trace, the log holds no key, token or vote id; the journal holds the key and tokens only as hashes; no URL carries the key", async () => {
    const dataDir = mkdtempSync(joinPath(tmpdir(), "peerpulse-secrets-"));
    const server = await spawnServer({ DATA_DIR: dataDir, LOG_LEVEL: "trace" });
    servers.push(server);
    const { mission, key } = await createMission(server.url);
    const view = await createWorkshop(server.url, mission, key);
    const tokens = [(await join(server.url, view.workshop.joinCode)).token];
    const participant = await participantSocket(server.url, tokens[0]!);
    sockets.push(participant);
    const votes = [voteId(), voteId()];
    for (const id of votes)
      await ask(participant, "rating:submit", { statementCode: mission.statements[0]!.code, value: 4, voteId: id });
    const presenter = await facilitatorSocket(server.url, mission.id, key);
    sockets.push(presenter);
    await ask(presenter, "workshop:subscribe", { workshopId: view.workshop.id });
    // Failures log too: wrong keys, forged tokens, bad payloads.
    await api(server.url, "GET", `/api/missions/${mission.id}`, undefined, `${key}x`);
    await facilitatorSocket(server.url, mission.id, `${key}x`).catch(() => undefined);
    await participantSocket(server.url, `${tokens[0]!}x`).catch(() => undefined);
    await askAnything(participant, "rating:submit", { statementCode: "L1", value: "x", voteId: votes[0] });
    const fetched = await api<FacilitatorWorkshopView>(
      server.url,
      "GET",
      `/api/workshops/${view.workshop.id}`,
      undefined,
      key,
    );
    await server.stop();

    const log = server.output();
    expect(log).toContain("incoming request");
    for (const secret of [key, ...tokens, ...votes]) expect(log).not.toContain(secret);
    for (const secret of [key, ...tokens.map((token) => token.split(".")[1]!)])
      expect(fetched.body.joinUrl).not.toContain(secret);
    const journal = readFileSync(joinPath(dataDir, "journal.ndjson"), "utf8");
    for (const secret of [key, ...tokens]) expect(journal).not.toContain(secret);
    expect(journal).toContain(hashSecret(key));
  });
});
