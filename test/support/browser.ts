// Drives Debian's Chromium through playwright-core, with the switches that keep it off the network it does not need.
import { execSync } from "node:child_process";
import { mkdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { chromium, type Browser, type Page } from "playwright-core";
import { afterAll, beforeAll } from "vitest";
import { PageErrors, type WatchedBrowser } from "./page-errors.ts";
import { startServer, type ServerOptions, type ServerProcess } from "./server-process.ts";

/** Where screenshots of each screen are saved (ignored by git). */
export const ARTIFACTS_DIR = fileURLToPath(new URL("../artifacts", import.meta.url));

/** Without these Chromium floods a closed network with update, sync and QUIC traffic. */
export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
];

/** A cheap phone: small screen, touch, a mobile user agent. */
export const PHONE = {
  viewport: { width: 360, height: 740 },
  deviceScaleFactor: 2,
  isMobile: true,
  hasTouch: true,
} as const;

/** A projector or facilitator laptop. */
export const PROJECTOR = { viewport: { width: 1280, height: 800 } } as const;

function chromiumPath(): string {
  try {
    return execSync("which chromium", { encoding: "utf8" }).trim();
  } catch {
    throw new Error("Chromium is missing: run `apt-get update && apt-get install -y chromium`");
  }
}

/** Launches Debian's Chromium headless. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS, headless: true });
}

/** Saves a screenshot of what the screen shows under test/artifacts/. */
export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(ARTIFACTS_DIR, { recursive: true });
  await page.screenshot({ path: `${ARTIFACTS_DIR}/${name}.png` });
}

/** A browser test file's server (serving the screens built from the current source) and Chromium. */
export interface ScreensUnderTest {
  readonly server: ServerProcess;
  /** Every context and page opened through it is watched: a page error fails the test (see page-errors.ts). */
  readonly browser: WatchedBrowser;
  /** The page errors of the running test; allow expected console errors or take planted ones there. */
  readonly pageErrors: PageErrors;
}

/**
 * Starts a server (serving the screens the run's global setup built) and Chromium before the file's tests, and stops both after them. Call it
 * once at the top of a test file; read `server` and `browser` inside tests and later hooks, once they have started.
 */
export function screensUnderTest(options: ServerOptions = {}): ScreensUnderTest {
  let server: ServerProcess | undefined;
  let browser: Browser | undefined;
  const pageErrors = new PageErrors();
  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer(options), launchChromium()]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });
  const started = <T>(part: T | undefined, name: string): T => {
    if (part === undefined) throw new Error(`the ${name} is read before the file's beforeAll started it`);
    return part;
  };
  return {
    get server() {
      return started(server, "server");
    },
    browser: pageErrors.watch(() => started(browser, "browser")),
    pageErrors,
  };
}
