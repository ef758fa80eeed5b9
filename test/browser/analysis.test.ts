// The mission analysis page in Chromium: heat map with withheld cells, flagged lists, shortlist curation that persists,
// the retreat view following the HCT live, exports, and the printable report printed to PDF.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { CuratedShortlist } from "@peerpulse/shared";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, expect, test } from "vitest";
import { seedAnalysisMission, rateAs, type AnalysisMission } from "../support/analysis-mission.ts";
import { screensUnderTest, PROJECTOR, screenshot } from "../support/browser.ts";
import { api } from "../support/clients.ts";

const TITLE = "OPR Testland 2026 analysis";
const screens = screensUnderTest();
let seeded: AnalysisMission;
const scratch = mkdtempSync(join(tmpdir(), "peerpulse-analysis-"));

beforeAll(async () => {
  seeded = await seedAnalysisMission(screens.server.url, TITLE);
});

afterAll(() => {
  rmSync(scratch, { recursive: true, force: true });
});

/** Opens the page in a laptop-sized browser that holds the key, as the console leaves it. */
async function analysisPage(hash = ""): Promise<Page> {
  const context = await screens.browser.newContext({
    ...PROJECTOR,
    viewport: { width: 1440, height: 900 },
    reducedMotion: "reduce",
  });
  const page = await context.newPage();
  await page.addInitScript({
    content: `localStorage.setItem(${JSON.stringify(`peerpulse:key:${seeded.mission.id}`)}, ${JSON.stringify(JSON.stringify(seeded.key))});`,
  });
  await page.goto(`${screens.server.url}/analysis.html?mission=${seeded.mission.id}${hash}`);
  await page.getByRole("heading", { name: TITLE }).waitFor();
  return page;
}

const row = (page: Page, code: string) => page.locator(`[data-testid=heat-map] tr[data-statement="${code}"]`);
const item = (page: Page, code: string) => page.locator(`li.item[data-statement="${code}"]`);
/** Values of one attribute over the elements a selector finds, in document order. */
const attributes = (page: Page, selector: string, name: string) =>
  page.evaluate<string[]>(
    `[...document.querySelectorAll(${JSON.stringify(selector)})].map((element) => element.getAttribute(${JSON.stringify(name)}))`,
  );
const leadershipOrder = (page: Page) => attributes(page, 'section[data-pillar="leadership"] li.item', "data-statement");

test("asks for the key, then shows the heat map with withheld cells, the HCT beside the others, and the flags", async () => {
  // A laptop that does not hold the key: the page asks for it, then remembers it.
  const context = await screens.browser.newContext({
    ...PROJECTOR,
    viewport: { width: 1440, height: 900 },
    reducedMotion: "reduce",
  });
  const page = await context.newPage();
  await page.goto(`${screens.server.url}/analysis.html?mission=${seeded.mission.id}`);
  expect(await page.getByLabel("Mission id").inputValue()).toBe(seeded.mission.id);
  await page.getByLabel("Facilitator key").fill(seeded.key);
  await page.getByRole("button", { name: "Open" }).click();
  await page.getByRole("heading", { name: TITLE }).waitFor();
  expect(await page.evaluate(`localStorage.getItem("peerpulse:key:${seeded.mission.id}")`)).toBe(
    JSON.stringify(seeded.key),
  );

  // Column headers are the constituencies, then the HCT, the pooled others and their gap.
  const headers = await page.locator("[data-testid=heat-map] thead th[scope=col]").allInnerTexts();
  expect(headers.map((text) => text.replace(/\s+/g, " ").trim())).toEqual([
    "Statement",
    "ICCG",
    "INGOs",
    "NNGOs",
    "Area team East",
    "HCT counts as HCT",
    "HCT pooled",
    "Others pooled",
    "HCT − others mean, in scale points",
  ]);
  // The area team (2 answers) is withheld for being small; NNGOs (3) so that it cannot be recovered by subtraction.
  const small = row(page, "L2").locator('td[data-withheld="below-minimum"]');
  await expect.poll(() => small.textContent()).toContain("withheld");
  expect(await small.getAttribute("title")).toBe(
    "Area team East: withheld to keep answers anonymous — 2 answered, fewer than the mission's minimum of 3.",
  );
  expect(await row(page, "L2").locator('td[data-withheld="complementary"]').getAttribute("title")).toContain(
    "worked out by subtraction",
  );
  // Shown cells carry the number and a diverging colour: everyone else disagrees on L2, the HCT agrees.
  expect(await attributes(page, '[data-testid=heat-map] tr[data-statement="L2"] td[data-net]', "data-net")).toEqual([
    "-100",
    "-100",
    "100",
    "100",
    "-100",
  ]);
  const gap = row(page, "L2").locator("td.gap");
  expect(await gap.getAttribute("data-beyond-noise")).toBe("true");
  expect(await gap.textContent()).toContain("beyond noise");
  expect(await row(page, "A1").locator("td.gap").textContent()).toContain("within noise");

  // Every list with its reason in words and figures.
  const divergent = page.getByTestId("flags-mostDivergent");
  await divergent.getByText("HCT apart: mean 5.0 points against 1.5 for the others", { exact: false }).waitFor();
  await divergent
    .getByText("constituencies apart: means from 1.0 points (INGOs) to 5.0 points (ICCG)", { exact: false })
    .waitFor();
  await page.getByTestId("flags-mostPositive").getByText("positive: 100% agree", { exact: false }).waitFor();
  await page.getByTestId("flags-mostDivided").getByText("divided, two camps: 45% agree", { exact: false }).waitFor();
  expect(await page.getByTestId("flags-noSharedView").getByRole("heading", { name: "No shared view" }).count()).toBe(1);
  await page
    .getByTestId("flags-commonGround")
    .getByText("common ground: all 3 constituencies mostly disagree", { exact: false })
    .waitFor();
  await screenshot(page, "analysis");
  await page.getByRole("heading", { name: "Flagged statements" }).scrollIntoViewIfNeeded();
  await screenshot(page, "analysis-flags");

  // The pillar filter narrows the heat map and the lists to one pillar.
  await page.getByLabel("Pillar").selectOption("coordination");
  await row(page, "C2").waitFor();
  expect(await row(page, "L2").count()).toBe(0);
  expect(await page.getByTestId("flags-mostPositive").getByText("No statement in this pillar").count()).toBe(1);
  await context.close();
});

test("curates the shortlist: drop, add by hand, note, reorder by keyboard, save, and find it again after a reload", async () => {
  const page = await analysisPage("#shortlist");
  expect(await leadershipOrder(page)).toEqual(["L1", "L2", "L3"]);

  await item(page, "L1").getByLabel("Dropped").check();
  await page.getByLabel("Add a statement to the shortlist").selectOption("A1");
  await page.getByRole("button", { name: "Add", exact: true }).click();
  await item(page, "A1").getByText("added by the mission team").waitFor();
  await page.getByLabel("Note on L2").fill("Ask the HC how access is negotiated.");
  // Move L3 above L2 from the keyboard; the focus stays with L3.
  await page.getByRole("button", { name: "Move L3 up" }).focus();
  await page.keyboard.press("Enter");
  expect(await leadershipOrder(page)).toEqual(["L1", "L3", "L2"]);
  expect(await page.evaluate(`document.activeElement?.getAttribute("aria-label")`)).toBe("Move L3 up");
  await page.getByTestId("save-status").getByText("Unsaved changes").waitFor();

  await page.getByRole("button", { name: "Save the shortlist" }).click();
  await page.getByTestId("save-status").getByText("Saved with the mission").waitFor();

  // Stored with the mission: the server says so, and the page shows it again after a reload.
  const stored = await api<{ shortlist: CuratedShortlist }>(
    screens.server.url,
    "GET",
    `/api/missions/${seeded.mission.id}/analysis`,
    undefined,
    seeded.key,
  );
  const items = stored.body.shortlist.pillars.flatMap((group) => group.items);
  expect(items.map((i) => [i.code, i.decision, i.addedByHand])).toEqual([
    ["L1", "dropped", false],
    ["L3", "accepted", false],
    ["L2", "accepted", false],
    ["C1", "accepted", false],
    ["C2", "accepted", false],
    ["A1", "accepted", true],
  ]);
  await page.reload();
  await item(page, "A1").getByText("added by the mission team").waitFor();
  expect(await leadershipOrder(page)).toEqual(["L1", "L3", "L2"]);
  expect(await item(page, "L1").getAttribute("data-decision")).toBe("dropped");
  expect(await item(page, "L1").getByLabel("Dropped").isChecked()).toBe(true);
  expect(await page.getByLabel("Note on L2").inputValue()).toBe("Ask the HC how access is negotiated.");
  await screenshot(page, "analysis-shortlist");
  await page.context().close();
});

test("the retreat view puts the HCT's live ratings beside the other constituencies and follows new ratings", async () => {
  const page = await analysisPage("#retreat");
  await page.getByTestId("retreat-live").getByText("Live ·", { exact: false }).waitFor();
  const c3 = page.locator('[data-testid=retreat-table] tr[data-statement="C3"]');
  await c3.locator('[data-testid=hct-live][data-n="5"]').waitFor();
  expect(await c3.getByTestId("others").getAttribute("data-n")).toBe("17");

  // An HCT member rates at the retreat: the view follows without a reload.
  await rateAs(screens.server.url, seeded.hctWorkshop.workshop.joinCode, [["C3", 5]]);
  await c3.locator('[data-testid=hct-live][data-n="6"]').waitFor();
  expect(await c3.getByTestId("hct-live").textContent()).toContain("n 6");
  await screenshot(page, "analysis-retreat");
  await page.context().close();
});

test("exports files over HTTP and prints the report to PDF with the mission's title on its first page", async () => {
  const page = await analysisPage("#exports");

  const [csv] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "The shortlist as CSV" }).click(),
  ]);
  expect(csv.suggestedFilename()).toMatch(/\.csv$/);
  const csvText = readFileSync(await csv.path(), "utf8");
  expect(csvText).toContain("L2");
  const [transfer] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Download the mission transfer file" }).click(),
  ]);
  expect(transfer.suggestedFilename()).toBe(`peerpulse-mission-${seeded.mission.id}.json`);
  expect(JSON.parse(readFileSync(await transfer.path(), "utf8"))).toBeTypeOf("object");

  const [report] = await Promise.all([
    page.context().waitForEvent("page"),
    page.getByRole("button", { name: "Open the printable report" }).click(),
  ]);
  await report.getByRole("heading", { level: 1, name: TITLE }).waitFor();
  const pdf = join(scratch, "report.pdf");
  await report.pdf({ path: pdf, format: "A4", printBackground: true });
  const firstPage = execFileSync("pdftotext", ["-f", "1", "-l", "1", "-layout", pdf, "-"], { encoding: "utf8" });
  expect(firstPage).toContain(TITLE);
  await page.context().close();
});
