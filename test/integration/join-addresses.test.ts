// G1: a server started without PUBLIC_URL (a laptop at a venue) gives the presenter join links at the machine's
// network addresses, and accepts joins and sockets from pages served at those addresses (issue 16 item 0).
import { networkInterfaces } from "node:os";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { io } from "socket.io-client";
import { PROTOCOL_VERSION, type FacilitatorWorkshopView } from "@peerpulse/shared";
import { machineAddresses } from "../../server/src/network/machine-addresses.ts";
import { startApp, type RunningApp } from "../support/app-harness.ts";
import { api, createMission, createWorkshop } from "../support/clients.ts";

const HOST = "0.0.0.0";

describe("join addresses without PUBLIC_URL", () => {
  let running: RunningApp;
  let view: FacilitatorWorkshopView;
  let key: string;
  let port: number;

  beforeAll(async () => {
    running = await startApp("embedded", { publicUrl: undefined, host: HOST });
    port = Number(new URL(running.url).port);
    const created = await createMission(running.url);
    key = created.key;
    view = await createWorkshop(running.url, created.mission, key);
  });
  afterAll(() => running.close());

  /** Opens a participant socket at `base` as a page served from `origin` would. */
  function connectFrom(base: string, origin: string, token: string): Promise<string> {
    const socket = io(base, {
      auth: { protocol: PROTOCOL_VERSION, role: "participant", token },
      transports: ["websocket"],
      reconnection: false,
      forceNew: true,
      extraHeaders: { origin },
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

  it("G1: the facilitator's workshop view lists a join link per network address of the machine, never localhost", async () => {
    const lan = machineAddresses(networkInterfaces(), { port, address: HOST });
    expect(lan.length, "this machine has no network address besides loopback").toBeGreaterThan(0);
    const read = await api<FacilitatorWorkshopView>(
      running.url,
      "GET",
      `/api/workshops/${view.workshop.id}`,
      undefined,
      key,
    );
    expect(read.status).toBe(200);
    const expected = lan.map(({ network, origin }) => ({
      network,
      url: `${origin}/j/${view.workshop.joinCode}#${view.workshop.joinToken}`,
    }));
    expect(read.body.joinLinks).toEqual(expected);
    expect(read.body.joinUrl).toBe(expected[0]!.url);
    expect(read.body.joinUrl).not.toMatch(/localhost|127\.0\.0\.1/);
  });

  it("G1: a phone that opened the join link joins over HTTP and its socket connects, from that Origin", async () => {
    const link = new URL(view.joinUrl);
    const response = await fetch(`${link.origin}/api/join`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: link.origin },
      body: JSON.stringify({ joinCode: view.workshop.joinCode }),
    });
    expect(response.status).toBe(200);
    expect(response.headers.get("access-control-allow-origin")).toBe(link.origin);
    const { token } = (await response.json()) as { token: string };
    expect(await connectFrom(link.origin, link.origin, token)).toBe("connected");
    // The Origin check admits the machine's address itself, not only a page whose Host matches.
    expect(await connectFrom(running.url, link.origin, token)).toBe("connected");
    expect(await connectFrom(running.url, "https://evil.example", token)).toMatch(/^refused/);
    expect(await connectFrom(running.url, `http://${link.hostname}:${port + 1}`, token)).toMatch(/^refused/);
  });
});
