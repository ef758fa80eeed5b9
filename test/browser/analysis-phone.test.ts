// Issue 16 item 11: the analysis page on a phone (390 px, nothing scrolls sideways), Arabic statements right to left
// inside an English page, and one unit per figure (net agreement in %, means and their gaps in scale points).
import type { Page } from "playwright-core";
import { beforeAll, expect, test } from "vitest";
import { screensUnderTest, screenshot } from "../support/browser.ts";
import { seedDemoMission, type DemoMission } from "../support/demo-mission.ts";

const TITLE = "Demo-sized analysis";
const PHONE_390 = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true };
const screens = screensUnderTest();
let seeded: DemoMission;

beforeAll(async () => {
  seeded = await seedDemoMission(screens.server.url, TITLE, ["en", "ar", "fr", "es"]);
});

/** The analysis page at 390×844 in a browser that holds the key. */
async function phonePage(hash = ""): Promise<Page> {
  const context = await screens.browser.newContext({ ...PHONE_390, reducedMotion: "reduce" });
  const page = await context.newPage();
  await page.addInitScript({
    content: `localStorage.setItem(${JSON.stringify(`peerpulse:key:${seeded.mission.id}`)}, ${JSON.stringify(JSON.stringify(seeded.key))});`,
  });
  await page.goto(`${screens.server.url}/analysis.html?mission=${seeded.mission.id}${hash}`);
  await page.getByRole("heading", { name: TITLE }).waitFor();
  return page;
}

/** How wide the document scrolls, against the screen's width. */
const scrollWidth = (page: Page) => page.evaluate<number>("document.scrollingElement.scrollWidth");

test("at 390 px no part of the analysis page scrolls sideways, with the demo's 30 statements and five constituencies", async () => {
  const page = await phonePage();
  await page.locator("[data-testid=heat-map] tr[data-statement]").first().waitFor();
  expect(await scrollWidth(page)).toBeLessThanOrEqual(390);
  await screenshot(page, "analysis-phone");
  await page.getByRole("heading", { name: "Flagged statements" }).scrollIntoViewIfNeeded();
  await screenshot(page, "analysis-phone-flags");
  for (const view of ["shortlist", "retreat", "exports"]) {
    await page.goto(`${screens.server.url}/analysis.html?mission=${seeded.mission.id}#${view}`);
    await page.getByRole("heading", { name: TITLE }).waitFor();
    await page.locator(`#${view}-title`).waitFor();
    expect(await scrollWidth(page), `the ${view} view`).toBeLessThanOrEqual(390);
    await screenshot(page, `analysis-phone-${view}`);
  }
  await page.context().close();
});

/** The computed `direction` of the first element a selector finds. */
const direction = (page: Page, selector: string) =>
  page.evaluate<string>(`getComputedStyle(document.querySelector(${JSON.stringify(selector)})).direction`);

test("Arabic statements read right to left inside the English page: heat map, flag lists, shortlist", async () => {
  const page = await phonePage();
  await page.getByTestId("statement-language").selectOption("ar");
  const l1 = seeded.mission.statements.find((s) => s.code === "L1")!.text.ar!;
  const inHeatMap = '[data-testid=heat-map] tr[data-statement="L1"] [lang=ar]';
  await page.locator(inHeatMap).getByText(l1).waitFor();
  expect(await page.locator("html").getAttribute("dir")).toBe("ltr");
  expect(await direction(page, "h1")).toBe("ltr");
  expect(await direction(page, inHeatMap)).toBe("rtl");
  expect(await direction(page, "[data-testid^=flags-] li [lang=ar]")).toBe("rtl");
  expect(await direction(page, "[data-testid=heat-map] tr.pillar [lang=ar]")).toBe("rtl");
  await screenshot(page, "analysis-phone-arabic-statements");

  await page.goto(`${screens.server.url}/analysis.html?mission=${seeded.mission.id}#shortlist`);
  await page.getByTestId("statement-language").selectOption("ar");
  expect(await direction(page, "li.item .what [lang=ar]")).toBe("rtl");
  // A note is free text in whatever language the team writes: its direction follows its first letters.
  const note = page.locator("li.item textarea").first();
  await note.fill("ملاحظة الفريق");
  expect(await direction(page, "li.item textarea")).toBe("rtl");
  await note.fill("The team's note");
  expect(await direction(page, "li.item textarea")).toBe("ltr");
  await page.context().close();
});

test("one unit per figure: net agreement in % in the heat map and the flag lists, gaps between means in scale points", async () => {
  const page = await phonePage();
  await page.locator("[data-testid=heat-map] td[data-net]").first().waitFor();
  expect(await page.locator(".legend").textContent()).toContain("Net agreement (% agree − % disagree)");
  const cells = await page.locator("[data-testid=heat-map] td[data-net] .net").allTextContents();
  expect(cells.length).toBeGreaterThan(100);
  for (const cell of cells) expect(cell).toMatch(/^(?:[+−]\d+|0)%$/);

  const reasons = await page.locator("[data-testid^=flags-] .reason").allTextContents();
  const nets = reasons.flatMap((reason) => [...reason.matchAll(/net(?: agreement)? ([+\-−]?\d+)(\S*)/g)]);
  expect(nets.length).toBeGreaterThan(0);
  for (const [, , unit] of nets) expect(unit).toMatch(/^%/);
  expect(reasons.join(" ")).not.toMatch(/points of net agreement/);

  // The HCT-apart entry's gap, in scale points, is the figure the heat map's gap column shows for that statement.
  const apart = page.getByTestId("flags-mostDivergent").locator("li", { hasText: "HCT apart" }).first();
  const code = await apart.getAttribute("data-statement");
  const gap = /a gap of ([+\-−]?\d+\.\d) points/.exec((await apart.locator(".reason").textContent()) ?? "");
  expect(gap, "the HCT-apart reason names its gap in points").not.toBeNull();
  const cell = page.locator(`[data-testid=heat-map] tr[data-statement="${code}"] td.gap .value`);
  expect((await cell.textContent())?.replace("−", "-")).toBe(gap![1]!.replace("−", "-"));
  expect(await page.locator("[data-testid=heat-map] thead").textContent()).toContain("mean, in scale points");
  await page.context().close();
});
