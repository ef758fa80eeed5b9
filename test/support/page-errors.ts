// Makes a browser page's errors fail the test that caused them: an uncaught exception or unhandled rejection in any
// page. Console errors are logged to the test output unless the test allows them where they are expected (a page
// taken offline logs net::ERR_INTERNET_DISCONNECTED).
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

  /** Keeps console errors matching `pattern` out of the log in the running test only: they are expected there. */
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
    context.on("page", (page) => {
      page.on("pageerror", (error) => this.errors.push(`page error: ${error.message}`));
      page.on("console", (message) => {
        if (message.type() !== "error") return;
        // Logged for whoever reads a failure, not failed on: an expected 403 or a refused connection logs one too.
        const text = message.text();
        if (!this.allowed.some((pattern) => pattern.test(text))) console.error(`[console] ${text}`);
      });
    });
    return context;
  }

  private check(): void {
    const errors = this.take();
    this.allowed = [];
    if (errors.length > 0) throw new Error(`the page reported errors:\n  ${errors.join("\n  ")}`);
  }
}
