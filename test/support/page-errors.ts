// Makes a browser page's errors fail the test that caused them: an uncaught exception or unhandled rejection in any
// page, and any console error not explicitly allowed by the test where it is expected (a page taken offline logs
// net::ERR_INTERNET_DISCONNECTED).
import type { Browser, BrowserContext, BrowserContextOptions, Page } from "playwright-core";
import { afterAll, afterEach } from "vitest";

/** What a test may do with the browser: every context and page it opens is watched. */
export type WatchedBrowser = Pick<Browser, "newContext" | "newPage">;

export class PageErrors {
  private errors: string[] = [];
  private allowed: RegExp[] = [];

  /** Fails the running test (afterEach) and the file (afterAll) on any error collected since the last check. */
  constructor() {
    afterEach(() => this.check());
    afterAll(() => this.check());
  }

  /** The browser with every new context watched. */
  watch(browser: () => Browser): WatchedBrowser {
    return {
      newContext: async (options?: BrowserContextOptions) => this.hook(await browser().newContext(options)),
      newPage: async (options?: BrowserContextOptions): Promise<Page> => {
        // A page of its own context, watched like the others; closing the page closes that context.
        const context = this.hook(await browser().newContext(options));
        const page = await context.newPage();
        page.once("close", () => void context.close());
        return page;
      },
    };
  }

  /** Lets console errors matching `pattern` pass in the running test only. */
  allowConsoleErrors(pattern: RegExp): void {
    this.allowed.push(pattern);
  }

  /** The errors collected so far, which no longer fail the test: for a test that plants them on purpose. */
  take(): string[] {
    const taken = this.errors;
    this.errors = [];
    return taken;
  }

  private hook(context: BrowserContext): BrowserContext {
    context.on("weberror", (error) => this.errors.push(`page error: ${error.error().message}`));
    context.on("console", (message) => {
      if (message.type() !== "error") return;
      const text = message.text();
      if (!this.allowed.some((pattern) => pattern.test(text))) this.errors.push(`console error: ${text}`);
    });
    return context;
  }

  private check(): void {
    const errors = this.take();
    this.allowed = [];
    if (errors.length > 0) throw new Error(`the page reported errors:\n  ${errors.join("\n  ")}`);
  }
}
