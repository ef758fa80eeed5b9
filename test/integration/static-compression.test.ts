// Z1–Z3: the screens go out precompressed (brotli, gzip) and decode to the very bytes built; hashed assets are
// cached for good and pages are asked for again every time (issue 16 item 3).
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startApp, type RunningApp } from "../support/app-harness.ts";

describe("static client: compression and caching", () => {
  // The production build of the current source, made once for this run by test/support/build.global-setup.ts.
  const clientDir = fileURLToPath(new URL("../../client/dist", import.meta.url));
  let running: RunningApp;
  let script: string;

  beforeAll(async () => {
    running = await startApp("embedded", { clientDir });
    const html = readFileSync(join(clientDir, "index.html"), "utf8");
    script = /src="(\/assets\/[^"]+\.js)"/.exec(html)![1]!;
  });
  afterAll(async () => {
    await running.close();
  });

  const get = (url: string, acceptEncoding?: string) =>
    running.app.http.inject({
      method: "GET",
      url,
      headers: acceptEncoding === undefined ? {} : { "accept-encoding": acceptEncoding },
    });
  const built = (url: string): Buffer => readFileSync(join(clientDir, url === "/" ? "index.html" : url));

  it("Z1: the build writes a .br and a .gz beside every script, style sheet and page", () => {
    const assets = readdirSync(join(clientDir, "assets"));
    for (const file of assets.filter((name) => /\.(js|css)$/.test(name) && !name.endsWith(".map"))) {
      if (readFileSync(join(clientDir, "assets", file)).length < 512) continue;
      expect(assets, file).toContain(`${file}.br`);
      expect(assets, file).toContain(`${file}.gz`);
    }
    expect(readdirSync(clientDir)).toEqual(expect.arrayContaining(["index.html.br", "index.html.gz"]));
  });

  it("Z1: brotli is sent to a browser that takes it, gzip to one that takes only gzip, and both decode to the built bytes", async () => {
    const brotli = await get(script, "gzip, deflate, br");
    expect(brotli.statusCode).toBe(200);
    expect(brotli.headers["content-encoding"]).toBe("br");
    expect(brotli.headers["content-type"]).toMatch(/javascript/);
    expect(brotli.headers.vary).toMatch(/accept-encoding/i);
    expect(brotli.rawPayload.length).toBeLessThan(built(script).length / 2);
    expect(brotliDecompressSync(brotli.rawPayload).equals(built(script))).toBe(true);

    const gzip = await get(script, "gzip");
    expect(gzip.headers["content-encoding"]).toBe("gzip");
    expect(gunzipSync(gzip.rawPayload).equals(built(script))).toBe(true);

    const page = await get("/", "br");
    expect(page.headers["content-encoding"]).toBe("br");
    expect(brotliDecompressSync(page.rawPayload).equals(built("/"))).toBe(true);
  });

  it("Z1: a client that asks for no compression gets the file as built", async () => {
    const plain = await get(script);
    expect(plain.headers["content-encoding"]).toBeUndefined();
    expect(plain.rawPayload.equals(built(script))).toBe(true);
    const identity = await get(script, "identity");
    expect(identity.headers["content-encoding"]).toBeUndefined();
    expect(identity.rawPayload.equals(built(script))).toBe(true);
  });

  it("Z2: hashed assets are cached for a year as immutable, compressed or not", async () => {
    for (const encoding of ["br", "gzip", undefined]) {
      const response = await get(script, encoding);
      expect(response.headers["cache-control"]).toBe("public, max-age=31536000, immutable");
    }
  });

  it("Z3: pages are asked for again every time (no-cache), also the participant page under /j/<code>", async () => {
    for (const url of ["/", "/index.html", "/present.html", "/console.html", "/j/123456"]) {
      const response = await get(url, "br, gzip");
      expect(response.statusCode, url).toBe(200);
      expect(response.headers["content-type"], url).toMatch(/text\/html/);
      expect(response.headers["cache-control"], url).toBe("no-cache");
    }
    const joinPage = await get("/j/123456", "br");
    expect(joinPage.headers["content-encoding"]).toBe("br");
    expect(brotliDecompressSync(joinPage.rawPayload).equals(built("/"))).toBe(true);
  });
});
