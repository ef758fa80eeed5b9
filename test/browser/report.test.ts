// The printable report as a mission team attaches it: printed to PDF by Chromium in each of the four languages and
// read back with pdftotext. The first page carries a summary, headings stay with what they head, the statements
// table is compact, nothing is clipped, and the Arabic report has Arabic labels with figures that read correctly.
// The PDFs and a screenshot of each first page are kept under test/artifacts/.
import { execFileSync } from "node:child_process";
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { textIn, type Language } from "@peerpulse/shared";
import type { Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import { ARTIFACTS_DIR, screensUnderTest } from "../support/browser.ts";
import { seedReportMission, type ReportMission } from "../support/report-mission.ts";

const TITLE = "Peer review Arcadia 2026";
const screens = screensUnderTest();
let seeded: ReportMission;

beforeAll(async () => {
  seeded = await seedReportMission(screens.server.url, TITLE);
});

/** A4 at 96 dpi less the report's 15 mm side margins: the width the printed page lays the report out in. */
const PRINTED_WIDTH = Math.floor(((210 - 2 * 15) / 25.4) * 96);

/** The report in `language`, opened as the analysis page opens it (the key in a header, never in the URL). */
async function openReport(language: Language): Promise<Page> {
  const context = await screens.browser.newContext({
    viewport: { width: PRINTED_WIDTH, height: 1000 },
    extraHTTPHeaders: { "x-facilitator-key": seeded.key },
  });
  const page = await context.newPage();
  await page.goto(`${screens.server.url}/api/missions/${seeded.mission.id}/report?lang=${language}`);
  await page.emulateMedia({ media: "print" });
  return page;
}

/** Prints the page to a PDF kept as an artifact, and reads each page's text back with pdftotext. */
async function printed(page: Page, name: string): Promise<string[]> {
  mkdirSync(ARTIFACTS_DIR, { recursive: true });
  const pdf = join(ARTIFACTS_DIR, `${name}.pdf`);
  await page.pdf({ path: pdf, format: "A4", printBackground: true, preferCSSPageSize: true });
  const text = execFileSync("pdftotext", ["-layout", pdf, "-"], { encoding: "utf8" });
  return text.split("\f").filter((pageText, index, all) => index < all.length - 1 || pageText.trim() !== "");
}

/** Elements whose content is wider than their box: a clipped or overflowing label. */
function overflowing(page: Page): Promise<string[]> {
  return page.evaluate(`[...document.querySelectorAll("h1, h2, h3, h4, p, th, td, dt, dd, li")]
    .filter((element) => element.scrollWidth > element.clientWidth + 1)
    .map((element) => element.tagName + ": " + element.textContent.trim().slice(0, 60))`);
}

const lines = (text: string) =>
  text
    .split("\n")
    .map((line) => line.trim())
    .filter(Boolean);

/**
 * pdftotext's Arabic, made comparable: without the bidi controls it wraps runs in and without short vowels, which it
 * places before their letter. It also writes each lam-alef ligature in visual order (alef, then lam); `asPdfReads`
 * does the same to an expected label.
 */
const readable = (text: string) => text.replace(/[\u200e\u200f\u202a-\u202e\u2066-\u2069]|\p{Mn}/gu, "");
const asPdfReads = (label: string) => readable(label).replace(/\u0644([\u0627\u0623\u0625\u0622])/g, "$1\u0644");

describe("the printable report", () => {
  it("carries a summary on its first page, keeps headings with what they head, and fits 30 statements on few pages", async () => {
    const page = await openReport("en");
    await page.screenshot({ path: join(ARTIFACTS_DIR, "report-en-first-page.png") });
    const pages = await printed(page, "report-en");
    const first = pages[0]!;
    for (const expected of [TITLE, "Summary", "What stands out", "Most positive", "Reading the bars"])
      expect(first, expected).toContain(expected);
    // Old reports had the title and a small table on page 1, about 80 % blank.
    expect(lines(first).length).toBeGreaterThanOrEqual(30);

    // A heading never ends a page: not a section's, not a pillar's.
    const headings = new Set([
      "Summary",
      "What stands out",
      "Reading the bars",
      "Workshops",
      "Retreat shortlist",
      "All statements",
      "How these figures were made",
      ...seeded.mission.pillars.map((pillar) => textIn(pillar.name, "en")),
    ]);
    pages.slice(0, -1).forEach((pageText, index) => {
      expect(headings.has(lines(pageText).at(-1) ?? ""), `page ${index + 1} ends with a heading`).toBe(false);
    });

    // All statements: compact rows, 12 or more on each page the table fills (7 before), all 30 statements there.
    const start = pages.findIndex((pageText) => lines(pageText).includes("All statements"));
    const end = pages.findIndex((pageText) => pageText.includes("How these figures were made"));
    expect(start).toBeGreaterThan(0);
    const codesOn = (pageText: string) => lines(pageText).filter((line) => /^[LCAP]\d\s/.test(line)).length;
    const table = pages.slice(start, end + 1);
    table[0] = table[0]!.slice(table[0]!.indexOf("All statements"));
    table[table.length - 1] = table.at(-1)!.slice(0, table.at(-1)!.indexOf("How these figures were made"));
    const tablePages = table.map(codesOn);
    for (const count of tablePages.slice(1, -1)) expect(count).toBeGreaterThanOrEqual(12);
    expect(tablePages.reduce((sum, count) => sum + count, 0)).toBe(30);

    // The method is in the report itself: nothing sends the reader to files they do not have.
    const all = pages.join("\n");
    expect(all).not.toContain("docs/");
    expect(all).toContain("Consensus (Tastle and Wierman)");
    expect(await overflowing(page)).toEqual([]);
    await page.context().close();
  });

  it("in Arabic: Arabic labels right to left, figures like −69 % read as written, nothing clipped", async () => {
    const page = await openReport("ar");
    expect(await page.getAttribute("html", "dir")).toBe("rtl");
    await page.screenshot({ path: join(ARTIFACTS_DIR, "report-ar-first-page.png") });
    const all = readable((await printed(page, "report-ar")).join("\n"));
    for (const label of ["ملخص", "أبرز النتائج", "صافي الموافقة", "الإجماع", "جميع العبارات", "ورش العمل"])
      expect(all, label).toContain(asPdfReads(label));
    for (const english of [
      "Summary",
      "Consensus",
      "consensus",
      "All statements",
      "Net agreement",
      "withheld",
      "Report of",
    ])
      expect(all, english).not.toContain(english);
    // Negative figures keep their minus sign in front, positive ones their plus sign.
    expect(all).toMatch(/−\d+%/);
    expect(all).toMatch(/\+\d+%/);
    expect(all).not.toMatch(/\d+\s?%\s?[−+]/);
    expect(await overflowing(page)).toEqual([]);
    await page.context().close();
  });

  it.each([
    ["fr", ["Synthèse", "Ce qui ressort", "Toutes les affirmations", "accord net"]],
    ["es", ["Resumen", "Lo más destacado", "Todas las afirmaciones", "acuerdo neto"]],
  ] as const)("in %s: the labels come from that language's catalog", async (language, labels) => {
    const page = await openReport(language);
    const all = (await printed(page, `report-${language}`)).join("\n");
    for (const label of labels) expect(all, label).toContain(label);
    expect(all).not.toContain("All statements");
    expect(await overflowing(page)).toEqual([]);
    await page.context().close();
  });
});
