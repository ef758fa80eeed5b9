// Every screen checked by axe-core in Chromium against WCAG 2 A and AA (labels, roles, contrast), in English and Arabic.
import { createRequire } from "node:module";
import type { Page } from "playwright-core";
import { beforeAll, describe, expect, test } from "vitest";
import { screensUnderTest, PHONE, PROJECTOR } from "../support/browser.ts";
import { control, createWorkshop, socketParticipant, type WorkshopSetup } from "../support/browser-fixtures.ts";

const AXE_SOURCE = createRequire(import.meta.url).resolve("axe-core/axe.min.js");

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/** Runs axe on the page as it is now and returns the WCAG 2 A/AA violations, described for a failing test. */
async function violations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: AXE_SOURCE });
  const found = await page.evaluate(async () => {
    const axe = (globalThis as unknown as { axe: { run(options: object): Promise<{ violations: unknown[] }> } }).axe;
    const result = await axe.run({ runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] } });
    return result.violations;
  });
  return (found as Violation[]).map(
    (violation) =>
      `${violation.id} (${violation.impact ?? "?"}): ${violation.help} at ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`,
  );
}

const screens = screensUnderTest();
let setup: WorkshopSetup;

beforeAll(async () => {
  setup = await createWorkshop(screens.server.url, { pacing: "self-paced", anonymityMinimum: 2 });
});

describe("accessibility (WCAG 2.1 A and AA, axe-core)", () => {
  test("A0: the check itself finds a planted violation (an image without text, grey on white)", async () => {
    const page = await screens.browser.newPage();
    await page.setContent(
      '<html lang="en"><head><title>t</title></head><body><main><img src="x.png"><p style="color:#ccc;background:#fff">faint</p></main></body></html>',
    );
    const found = await violations(page);
    expect(found.some((line) => line.startsWith("image-alt"))).toBe(true);
    expect(found.some((line) => line.startsWith("color-contrast"))).toBe(true);
    await page.close();
  });

  test("A1: the participant page, before joining, rating, and in Arabic", async () => {
    // bypassCSP only lets the test inject axe; the pages keep their policy for everyone else.
    const context = await screens.browser.newContext({ ...PHONE, bypassCSP: true });
    const page = await context.newPage();
    await page.goto(screens.server.url);
    await page.getByLabel("Workshop code").waitFor();
    expect(await violations(page)).toEqual([]);
    await page.goto(`${screens.server.url}/j/${setup.joinCode}`);
    await page.getByText("Connected").waitFor();
    await page.locator("article[data-statement]").first().getByRole("button", { name: "Agree", exact: true }).click();
    await page.locator('article[data-state="saved"]').first().waitFor();
    expect(await violations(page)).toEqual([]);
    await page.getByLabel("Language").selectOption("ar");
    await page.locator('html[dir="rtl"]').waitFor({ state: "attached" });
    expect(await violations(page)).toEqual([]);
    await context.close();
  });

  test("A2: the presenter screen with results revealed, and the console", async () => {
    const voters = await Promise.all([
      socketParticipant(screens.server.url, setup.joinCode),
      socketParticipant(screens.server.url, setup.joinCode),
    ]);
    for (const voter of voters) await voter.rate(setup.mission.statements[0]!.code, 4);
    await control(screens.server.url, setup, { command: "reveal" });
    const context = await screens.browser.newContext({ ...PROJECTOR, reducedMotion: "reduce", bypassCSP: true });
    const page = await context.newPage();
    await page.addInitScript({
      content: `localStorage.setItem(${JSON.stringify(`peerpulse:key:${setup.mission.id}`)}, ${JSON.stringify(JSON.stringify(setup.facilitatorKey))});`,
    });
    await page.goto(`${screens.server.url}/present.html?workshop=${setup.workshopId}&mission=${setup.mission.id}`);
    // A self-paced workshop opens on the overview; "o" shows the statement on screen with its chart.
    await page.getByTestId("overview-row").first().waitFor();
    expect(await violations(page)).toEqual([]);
    await page.keyboard.press("o");
    await page.getByTestId("likert-chart").waitFor();
    expect(await violations(page)).toEqual([]);
    await page.goto(`${screens.server.url}/console.html`);
    await page.locator("main").waitFor();
    expect(await violations(page)).toEqual([]);
    for (const voter of voters) voter.close();
    await context.close();
  });
});

describe("page errors", () => {
  test("the check itself catches a planted uncaught exception and unhandled rejection", async () => {
    const page = await screens.browser.newPage();
    await page.setContent("<html><body><p>planted</p></body></html>");
    await page.evaluate(() => {
      setTimeout(() => {
        throw new Error("planted exception");
      });
      void Promise.reject(new Error("planted rejection"));
    });
    // Taken, they no longer fail this test: it planted them.
    const caught: string[] = [];
    const collect = () => {
      caught.push(...screens.pageErrors.take());
      return [...caught];
    };
    await expect
      .poll(collect, { timeout: 10_000 })
      .toEqual(
        expect.arrayContaining([
          expect.stringContaining("planted exception"),
          expect.stringContaining("planted rejection"),
        ]),
      );
    await page.close();
  });
});
