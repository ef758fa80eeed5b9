// CORS follows PUBLIC_URL (C4); the Socket.IO handshake checks Origin, since CORS does not cover WebSockets (C5);
// security headers come from @fastify/helmet (C6).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { io } from "socket.io-client";
import { PROTOCOL_VERSION } from "@peerpulse/shared";
import { startApp, type RunningApp } from "../support/app-harness.ts";
import { createMission, createWorkshop, join } from "../support/clients.ts";

const EVIL = "https://evil.example";

describe("security: origins and headers", () => {
  let running: RunningApp;
  let token: string;

  beforeAll(async () => {
    running = await startApp("embedded", { publicUrl: "https://peerpulse.example.org" });
    const { mission, key } = await createMission(running.url);
    token = (await join(running.url, (await createWorkshop(running.url, mission, key)).workshop.joinCode)).token;
  });
  afterAll(() => running.close());

  /** Connects over WebSocket with the given Origin header, as a browser page on that origin would. */
  function connectFrom(origin: string | undefined, transport: "websocket" | "polling" = "websocket"): Promise<string> {
    const socket = io(running.url, {
      auth: { protocol: PROTOCOL_VERSION, role: "participant", token },
      transports: [transport],
      reconnection: false,
      forceNew: true,
      ...(origin ? { extraHeaders: { origin } } : {}),
    });
    return new Promise((resolve) => {
      socket.once("connect", () => {
        socket.close();
        resolve("connected");
      });
      socket.once("connect_error", (error) => {
        socket.close();
        resolve(`refused: ${error.message}`);
      });
    });
  }

  it("C4: CORS allows PUBLIC_URL and no other origin", async () => {
    const preflight = (origin: string) =>
      running.app.http.inject({
        method: "OPTIONS",
        url: "/api/join",
        headers: { origin, "access-control-request-method": "POST", "access-control-request-headers": "content-type" },
      });
    expect((await preflight("https://peerpulse.example.org")).headers["access-control-allow-origin"]).toBe(
      "https://peerpulse.example.org",
    );
    expect((await preflight(EVIL)).headers["access-control-allow-origin"]).not.toBe(EVIL);
    const read = await running.app.http.inject({ method: "GET", url: "/healthz", headers: { origin: EVIL } });
    expect(read.headers["access-control-allow-origin"]).not.toBe(EVIL);
  });

  it("C5: a WebSocket handshake from another site is refused (cross-site WebSocket hijacking); PUBLIC_URL, the host itself and non-browser clients connect", async () => {
    expect(await connectFrom(EVIL)).toMatch(/^refused/);
    expect(await connectFrom("null")).toMatch(/^refused/);
    expect(await connectFrom("https://peerpulse.example.org.evil.example")).toMatch(/^refused/);
    expect(await connectFrom("https://peerpulse.example.org")).toBe("connected");
    expect(await connectFrom(running.url)).toBe("connected");
    expect(await connectFrom(undefined)).toBe("connected");
  });

  it("C5: the long-polling handshake checks the Origin too", async () => {
    expect(await connectFrom(EVIL, "polling")).toMatch(/^refused/);
    expect(await connectFrom("https://peerpulse.example.org", "polling")).toBe("connected");
    // A page on another site cannot even read the transport's answer: CORS there is for PUBLIC_URL alone.
    const handshake = await fetch(`${running.url}/socket.io/?EIO=4&transport=polling`, { headers: { origin: EVIL } });
    expect(handshake.headers.get("access-control-allow-origin")).not.toBe(EVIL);
  });

  it("C6: pages and API answers carry helmet's security headers", async () => {
    const response = await running.app.http.inject({ method: "GET", url: "/api/questionnaires/sample" });
    const csp = String(response.headers["content-security-policy"]);
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("frame-ancestors 'self'");
    expect(csp).toContain("object-src 'none'");
    expect(response.headers).toMatchObject({
      "x-content-type-options": "nosniff",
      "x-frame-options": "SAMEORIGIN",
      "referrer-policy": "no-referrer",
      "cross-origin-opener-policy": "same-origin",
      "cross-origin-resource-policy": "same-origin",
    });
    expect(response.headers["x-powered-by"]).toBeUndefined();
  });
});
