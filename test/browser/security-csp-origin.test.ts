// In Chromium: the CSP's connect-src 'self' lets a page open WebSockets to its own host only (C9), and a page on
// another site that tries the Socket.IO handshake gets connect_error bad_origin over WebSocket, while its long-polling
// is stopped by the browser's own CORS check first (C10).
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { expect, test } from "vitest";
import { screensUnderTest } from "../support/browser.ts";

const screens = screensUnderTest();

test("C9: connect-src 'self' covers ws: to the page's own host and port, and blocks WebSockets to any other host", async () => {
  const context = await screens.browser.newContext();
  const page = await context.newPage();
  const response = await page.goto(`${screens.server.url}/console.html`);
  expect(response?.headers()["content-security-policy"]).toContain("connect-src 'self';");
  const { port } = new URL(screens.server.url);
  // In-page code as text: the tests are type-checked without the DOM's types.
  await page.evaluate(`
    window.violations = [];
    document.addEventListener("securitypolicyviolation", (event) =>
      window.violations.push(event.effectiveDirective + " " + event.blockedURI));
  `);
  const attempt = (url: string) =>
    page.evaluate(`new Promise((resolve) => {
      const socket = new WebSocket(${JSON.stringify(url)});
      socket.onopen = () => { socket.close(); resolve("open"); };
      socket.onerror = () => resolve("failed");
    })`);
  expect(await attempt(`ws://127.0.0.1:${port}/socket.io/?EIO=4&transport=websocket`)).toBe("open");
  expect(await attempt(`ws://127.0.0.2:${port}/socket.io/?EIO=4&transport=websocket`)).toBe("failed");
  await page.waitForFunction("window.violations.length > 0", null, { timeout: 10_000 });
  const violations = await page.evaluate<string[]>("window.violations");
  expect(violations).toHaveLength(1);
  expect(violations[0]).toMatch(/^connect-src ws:\/\/127\.0\.0\.2:/);
  await context.close();
});

test("C10: a page on another site gets connect_error with data.code bad_origin over WebSocket; over long-polling its CORS check fails first (xhr poll error)", async () => {
  const context = await screens.browser.newContext();
  const page = await context.newPage();
  const server = screens.server.url;
  // Another site on this machine (another port is another origin): it loads Socket.IO's client from our server.
  const elsewhere = createServer((_request, reply) => {
    reply.writeHead(200, { "content-type": "text/html" });
    reply.end(`<!doctype html><title>elsewhere</title><script src="${server}/socket.io/socket.io.js"></script>`);
  });
  await new Promise<void>((resolve) => elsewhere.listen(0, "127.0.0.1", resolve));
  await page.goto(`http://127.0.0.1:${(elsewhere.address() as AddressInfo).port}/`);
  const attempt = (transport: string) =>
    page.evaluate(`new Promise((resolve) => {
      const socket = io(${JSON.stringify(server)}, {
        transports: [${JSON.stringify(transport)}],
        reconnection: false,
        auth: { protocol: 1, role: "participant", token: "any" },
      });
      socket.once("connect_error", (error) => resolve({ message: error.message, code: error.data?.code }));
    })`);
  expect(await attempt("websocket")).toEqual({
    message: "this page's origin may not connect to this server",
    code: "bad_origin",
  });
  expect(await attempt("polling")).toEqual({ message: "xhr poll error" });
  await context.close();
  elsewhere.close();
});
