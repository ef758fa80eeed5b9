// Failed joins are limited per device, per code and loosely per address, while a room behind one address joins
// at once (C2, R8). `inject` sets the client address directly, so no proxy is needed to play many addresses.
import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { JoinResult } from "@peerpulse/shared";
import { addressKey, JOIN_FAILURE_LIMITS } from "../../server/src/http/join-guard.ts";
import { startApp, type RunningApp } from "../support/app-harness.ts";
import { createMission, createWorkshop } from "../support/clients.ts";

describe("security: join code guessing", () => {
  let running: RunningApp;
  let joinCode: string;

  beforeAll(async () => {
    running = await startApp("embedded");
    const { mission, key } = await createMission(running.url);
    joinCode = (await createWorkshop(running.url, mission, key)).workshop.joinCode;
  });
  afterAll(() => running.close());

  const device = () => `device-${randomBytes(8).toString("hex")}`;
  /** A code that is not the workshop's. */
  const wrongCode = () => {
    for (;;) {
      const code = String(Math.floor(Math.random() * 1_000_000)).padStart(6, "0");
      if (code !== joinCode) return code;
    }
  };
  const attempt = (code: string, deviceId: string | undefined, address: string) =>
    running.app.http.inject({
      method: "POST",
      url: "/api/join",
      remoteAddress: address,
      headers: { "content-type": "application/json", ...(deviceId ? { "x-device-id": deviceId } : {}) },
      payload: { joinCode: code },
    });

  it("C2: a device with 10 wrong codes is refused for 5 minutes, even with the right code; other devices on its address still join", async () => {
    const guesser = device();
    const address = "10.1.0.1";
    for (let index = 0; index < JOIN_FAILURE_LIMITS.perDevice.points; index += 1)
      expect((await attempt(wrongCode(), guesser, address)).statusCode).toBe(404);
    const refused = await attempt(joinCode, guesser, address);
    expect(refused.statusCode).toBe(429);
    expect(refused.json()).toMatchObject({ error: { code: "rate_limited" } });
    expect((await attempt(joinCode, device(), address)).statusCode).toBe(200);
  });

  it("C2: one code tried 10 times in vain, from any devices and addresses, is refused for 5 minutes", async () => {
    const code = wrongCode();
    for (let index = 0; index < JOIN_FAILURE_LIMITS.perCode.points; index += 1)
      expect((await attempt(code, device(), `10.2.0.${index + 1}`)).statusCode).toBe(404);
    expect((await attempt(code, device(), "10.2.1.1")).statusCode).toBe(429);
  });

  it("C2: an address is refused after 60 wrong codes in 5 minutes, whatever device ids it makes up; an IPv6 host cannot escape by moving within its /64", async () => {
    for (let index = 0; index < JOIN_FAILURE_LIMITS.perAddress.points; index += 1) {
      const address = `2001:db8:1:2::${(index + 1).toString(16)}`;
      expect((await attempt(wrongCode(), device(), address)).statusCode).toBe(404);
    }
    expect((await attempt(joinCode, device(), "2001:db8:1:2:ffff::1")).statusCode).toBe(429);
    // Another /64 is another address.
    expect((await attempt(joinCode, device(), "2001:db8:1:3::1")).statusCode).toBe(200);
    expect(addressKey("2001:DB8:1:2:0:0:0:1")).toBe(addressKey("2001:db8:1:2::abcd"));
    expect(addressKey("::ffff:192.0.2.7")).toBe("192.0.2.7");
  });

  it("C2: guessing the code space from one address within a workshop's life is infeasible at these limits", () => {
    const codes = 1_000_000;
    const perDay = Math.min(
      JOIN_FAILURE_LIMITS.perAddressDaily.points,
      (JOIN_FAILURE_LIMITS.perAddress.points * 86_400) / JOIN_FAILURE_LIMITS.perAddress.duration,
    );
    // Trying every code takes years; in a workshop's day, with 20 workshops live at once, one address has about
    // a 1% chance of hitting any of them (docs/security.md weighs this).
    expect(codes / perDay).toBeGreaterThan(365);
    expect(1 - (1 - 20 / codes) ** perDay).toBeLessThan(0.011);
  });

  it("C2: 100 participants sharing one Wi-Fi address join in well under a minute, each with its own identity", async () => {
    const started = Date.now();
    const address = "10.3.0.1";
    // A few typos in the room first: they count, but do not stop the room.
    for (let index = 0; index < 5; index += 1) await attempt(wrongCode(), device(), address);
    const joined = await Promise.all(
      Array.from({ length: 100 }, async () => {
        const response = await attempt(joinCode, device(), address);
        expect(response.statusCode).toBe(200);
        return response.json<JoinResult>().token;
      }),
    );
    expect(new Set(joined).size).toBe(100);
    expect(Date.now() - started).toBeLessThan(60_000);
  });
});
