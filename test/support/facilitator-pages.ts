// Opens the presenter and the console in Chromium as a facilitator would: the mission's key already in the browser.
import type { BrowserContext, BrowserContextOptions, Page } from "playwright-core";
import { PROJECTOR } from "./browser.ts";
import type { WatchedBrowser } from "./page-errors.ts";
import type { WorkshopSetup } from "./browser-fixtures.ts";

/** A browser context that holds the mission's facilitator key, as the console leaves it after opening a mission. */
export async function facilitatorContext(
  browser: WatchedBrowser,
  setup: WorkshopSetup,
  options: BrowserContextOptions = {},
): Promise<BrowserContext> {
  const context = await browser.newContext({ ...PROJECTOR, reducedMotion: "reduce", ...options });
  // Init scripts also run in the blank page a new tab starts with, where storage is out of reach.
  const store = `localStorage.setItem(${JSON.stringify(`peerpulse:key:${setup.mission.id}`)}, ${JSON.stringify(JSON.stringify(setup.facilitatorKey))});`;
  await context.addInitScript({ content: `if (location.protocol.startsWith("http")) ${store}` });
  return context;
}

/** The presenter screen of the workshop; `query` adds to its address (e.g. `&lang=fr`). */
export async function openPresenter(
  context: BrowserContext,
  url: string,
  setup: WorkshopSetup,
  query = "",
): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${url}/present.html?workshop=${setup.workshopId}&mission=${setup.mission.id}${query}`);
  return page;
}

/** The console's live run of the workshop. */
export async function openConsoleRun(context: BrowserContext, url: string, setup: WorkshopSetup): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${url}/console.html?mission=${setup.mission.id}&workshop=${setup.workshopId}`);
  return page;
}
