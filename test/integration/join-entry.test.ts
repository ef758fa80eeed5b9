// G2–G5: joining by the workshop's link is never limited, typed codes are; the facilitator closes and reopens entry;
// a participant token the server does not know is refused at POST /api/join as at the socket handshake. Both stores.
import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  JoinToken,
  type FacilitatorWorkshopView,
  type JoinRequest,
  type JoinResult,
  type WorkshopTally,
} from "@peerpulse/shared";
import { JOIN_FAILURE_LIMITS } from "../../server/src/http/join-guard.ts";
import { startApp, STORES, type RunningApp } from "../support/app-harness.ts";
import { api, control, createMission, createWorkshop, participantSocket } from "../support/clients.ts";

describe.each(STORES)("joining and entry (%s store)", (store) => {
  let running: RunningApp;
  let key: string;
  let view: FacilitatorWorkshopView;

  beforeAll(async () => {
    running = await startApp(store);
    const created = await createMission(running.url);
    key = created.key;
    view = await createWorkshop(running.url, created.mission, key);
  });
  afterAll(() => running.close());

  const device = () => `device-${randomBytes(8).toString("hex")}`;
  const joinCode = () => view.workshop.joinCode;
  const wrongCode = () => {
    for (;;) {
      const code = String(Math.floor(Math.random() * 1_000_000)).padStart(6, "0");
      if (code !== joinCode()) return code;
    }
  };
  const attempt = (body: JoinRequest, address: string, deviceId = device()) =>
    running.app.http.inject({
      method: "POST",
      url: "/api/join",
      remoteAddress: address,
      headers: { "content-type": "application/json", "x-device-id": deviceId },
      payload: body,
    });
  const joined = async (): Promise<number> =>
    (await api<WorkshopTally>(running.url, "GET", `/api/workshops/${view.workshop.id}/tally`, undefined, key)).body
      .joined;
  /** Uses up an address's typed-code failures, as one phone making up device ids would. */
  async function flood(address: string, extra: Partial<JoinRequest> = {}): Promise<void> {
    for (let index = 0; index < JOIN_FAILURE_LIMITS.perAddress.points; index += 1)
      expect((await attempt({ joinCode: wrongCode(), ...extra }, address)).statusCode).toBe(404);
  }

  it("G3: the workshop's link and QR code carry a long random join token, in the fragment browsers never send", () => {
    const token = view.workshop.joinToken!;
    expect(JoinToken.safeParse(token).success).toBe(true);
    expect(token.length).toBeGreaterThanOrEqual(32);
    for (const link of view.joinLinks) expect(link.url).toMatch(new RegExp(`/j/${joinCode()}#${token}$`));
  });

  it("G2: a wrong-code flood from one phone blocks typed codes from its address, but every other phone there joins by the link, and returning phones come back", async () => {
    const address = "10.20.0.1";
    const earlier = (await attempt({ joinCode: joinCode() }, address)).json<JoinResult>().token;
    await flood(address);
    // Typed codes from that address are refused for now, the right one included…
    const typed = await attempt({ joinCode: joinCode() }, address);
    expect(typed.statusCode).toBe(429);
    expect(typed.json()).toMatchObject({ error: { code: "rate_limited" } });
    // …while 30 other phones behind the same address join with the link, each as itself…
    const before = await joined();
    const tokens = await Promise.all(
      Array.from({ length: 30 }, async () => {
        const response = await attempt({ joinCode: joinCode(), joinToken: view.workshop.joinToken! }, address);
        expect(response.statusCode).toBe(200);
        return response.json<JoinResult>().token;
      }),
    );
    expect(new Set(tokens).size).toBe(30);
    expect(await joined()).toBe(before + 30);
    // …and a phone that joined before comes back with its participant token, keeping its identity.
    const back = await attempt({ joinCode: joinCode(), token: earlier }, address);
    expect(back.statusCode).toBe(200);
    expect(back.json<JoinResult>().token).toBe(earlier);
  });

  it("G2: a sweep of the code space stays blocked: made-up join tokens do not lift the limit, and count as failures", async () => {
    const address = "10.21.0.1";
    const madeUp = () => randomBytes(24).toString("base64url");
    await flood(address, { joinToken: madeUp() });
    for (const body of [
      { joinCode: joinCode() },
      { joinCode: joinCode(), joinToken: madeUp() },
      { joinCode: wrongCode(), joinToken: view.workshop.joinToken! },
    ])
      expect((await attempt(body, address)).statusCode, JSON.stringify(body)).toBe(429);
  });

  it("G4: closed entry refuses new participants with 409 entry_closed, by link or code; returning phones rejoin and reconnect; reopened, new ones join again", async () => {
    const address = "10.22.0.1";
    const earlier = (await attempt({ joinCode: joinCode() }, address)).json<JoinResult>().token;
    const closed = await control(running.url, view.workshop.id, key, { command: "close-entry" });
    expect(closed.status).toBe(200);
    expect(closed.body.state).toMatchObject({ entryClosed: true });
    const before = await joined();
    for (const body of [{ joinCode: joinCode() }, { joinCode: joinCode(), joinToken: view.workshop.joinToken! }]) {
      const refused = await attempt(body, address);
      expect(refused.statusCode).toBe(409);
      expect(refused.json()).toMatchObject({ error: { code: "entry_closed" } });
    }
    expect(await joined()).toBe(before);
    const back = await attempt({ joinCode: joinCode(), token: earlier }, address);
    expect(back.statusCode).toBe(200);
    expect(back.json<JoinResult>().view.workshop.entryClosed).toBe(true);
    (await participantSocket(running.url, earlier)).close();

    const reopened = await control(running.url, view.workshop.id, key, { command: "reopen-entry" });
    expect(reopened.body.state).toMatchObject({ entryClosed: false });
    expect((await attempt({ joinCode: joinCode() }, address)).statusCode).toBe(200);
    expect(await joined()).toBe(before + 1);
  });

  it("G6: the facilitator says how many are in the room; the state carries it beside joined, and clears", async () => {
    const set = await control(running.url, view.workshop.id, key, { command: "expect", expectedSize: 12 });
    expect(set.body.state).toMatchObject({ expectedSize: 12 });
    const read = await api<FacilitatorWorkshopView>(
      running.url,
      "GET",
      `/api/workshops/${view.workshop.id}`,
      undefined,
      key,
    );
    expect(read.body.workshop.expectedSize).toBe(12);
    for (const expectedSize of [0, -1, 2.5, 100_001, "12"]) {
      const refused = await api(
        running.url,
        "POST",
        `/api/workshops/${view.workshop.id}/control`,
        { command: "expect", expectedSize },
        key,
      );
      expect(refused.status, String(expectedSize)).toBe(400);
    }
    const cleared = await control(running.url, view.workshop.id, key, { command: "expect", expectedSize: null });
    expect(cleared.body.state).toMatchObject({ expectedSize: null });
  });

  it("G5: POST /api/join with a participant token no workshop knows is 401 bad_participant_token, as at the handshake, and adds no one", async () => {
    const before = await joined();
    const tokens = [`${view.workshop.id}.${randomBytes(18).toString("base64url")}`, "not-a-token", ""];
    for (const token of tokens) {
      const refused = await attempt({ joinCode: joinCode(), token }, "10.23.0.1");
      expect(refused.statusCode, token).toBe(401);
      expect(refused.json(), token).toMatchObject({ error: { code: "bad_participant_token" } });
      await expect(participantSocket(running.url, token)).rejects.toMatchObject({
        data: { code: token ? "bad_participant_token" : "bad_request" },
      });
    }
    expect(await joined()).toBe(before);
    // A token of another workshop is no way in here: it joins as someone new (R4).
    const second = await createMission(running.url);
    const other = await createWorkshop(running.url, second.mission, second.key);
    const elsewhere = (await attempt({ joinCode: other.workshop.joinCode }, "10.23.0.9")).json<JoinResult>().token;
    const here = await attempt({ joinCode: joinCode(), token: elsewhere }, "10.23.0.1");
    expect(here.statusCode).toBe(200);
    expect(here.json<JoinResult>().token).not.toBe(elsewhere);
    expect(await joined()).toBe(before + 1);
  });
});
