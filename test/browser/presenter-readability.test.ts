// Issue 16 item 4: the presenter read from the back of a room at 1920×1080, 1280×720 and 1024×768 (Chromium).
import { beforeAll, describe, expect, test } from "vitest";
import {
  MIN_OVERVIEW_BAR_PX,
  MIN_STATEMENT_CHART_SHARE,
  MIN_TEXT_PX,
} from "../../client/src/lib/charts/readability.ts";
import { screensUnderTest, screenshot } from "../support/browser.ts";
import { control, createWorkshop, socketParticipant, type WorkshopSetup } from "../support/browser-fixtures.ts";
import { facilitatorContext, openPresenter } from "../support/facilitator-pages.ts";
import { horizontalOverflow, smallText } from "../support/screen-measures.ts";

const screens = screensUnderTest();
const SIZES = [
  { width: 1920, height: 1080 },
  { width: 1280, height: 720 },
  { width: 1024, height: 768 },
];
/** Statements the two voters answer (shown), the one a single voter answers (too few to show), the rest nobody. */
const ANSWERED = 12;
let setup: WorkshopSetup;

beforeAll(async () => {
  setup = await createWorkshop(screens.server.url, { pacing: "self-paced", anonymityMinimum: 2 });
  const voters = await Promise.all([1, 2].map(() => socketParticipant(screens.server.url, setup.joinCode)));
  const codes = setup.mission.statements.map((statement) => statement.code);
  for (const [index, code] of codes.slice(0, ANSWERED).entries())
    for (const [voter, participant] of voters.entries())
      expect((await participant.rate(code, ((index + voter * 2) % 5) + 1)).ok).toBe(true);
  expect((await voters[0]!.rate(codes[ANSWERED]!, 3)).ok).toBe(true);
  for (const voter of voters) voter.close();
  await control(screens.server.url, setup, { command: "reveal" });
});

describe.each(SIZES)("the presenter at $width×$height", (size) => {
  test("before the reveal: join instructions and the statement fit, readable, nothing cut off", async () => {
    const hidden = await createWorkshop(screens.server.url, { pacing: "presenter-led" });
    const context = await facilitatorContext(screens.browser, hidden, { viewport: size });
    const page = await openPresenter(context, screens.server.url, hidden);
    await page.getByText("Results are hidden until the facilitator reveals them.").waitFor();
    await page
      .getByRole("img", { name: /QR code to join/ })
      .locator("svg")
      .waitFor();
    expect(await horizontalOverflow(page)).toEqual([]);
    expect(await smallText(page, MIN_TEXT_PX)).toEqual([]);
    await screenshot(page, `presenter-hidden-${size.width}x${size.height}`);
    await context.close();
  });

  test("overview: every statement in words on readable pages, unanswered ones said so, nothing cut off", async () => {
    const context = await facilitatorContext(screens.browser, setup, { viewport: size });
    const page = await openPresenter(context, screens.server.url, setup);
    await page.getByTestId("overview-row").first().waitFor();

    const seen = new Map<string, { answered: string | null; words: string; shown: string }>();
    for (let turn = 0; turn < 30; turn += 1) {
      expect(await horizontalOverflow(page)).toEqual([]);
      expect(await smallText(page, MIN_TEXT_PX)).toEqual([]);
      for (const row of await page.getByTestId("overview-row").all()) {
        const code = (await row.getAttribute("data-statement"))!;
        const box = (await row.boundingBox())!;
        expect(box.y + box.height, `${code} is on screen`).toBeLessThanOrEqual(size.height);
        seen.set(code, {
          answered: await row.getAttribute("data-answered"),
          words: (await row.locator(".text").textContent()) ?? "",
          shown: (await row.textContent()) ?? "",
        });
        const bar = row.locator('[role="img"]');
        if ((await bar.count()) > 0)
          expect((await bar.boundingBox())!.height).toBeGreaterThanOrEqual(MIN_OVERVIEW_BAR_PX);
      }
      if (turn === 0) await screenshot(page, `presenter-overview-${size.width}x${size.height}`);
      const next = page.getByRole("button", { name: "Next page" });
      if ((await next.count()) === 0 || (await next.isDisabled())) break;
      await next.click();
    }

    const statements = setup.mission.statements;
    expect([...seen.keys()].sort()).toEqual(statements.map((statement) => statement.code).sort());
    for (const [index, statement] of statements.entries()) {
      const shown = seen.get(statement.code)!;
      expect(shown.words).toBe(statement.text.en);
      expect(shown.answered).toBe(index < ANSWERED ? "true" : "false");
    }
    expect(seen.get(statements[ANSWERED]!.code)!.shown).toContain("1 answered · shown from 2");
    expect(seen.get(statements[ANSWERED + 1]!.code)!.shown).toContain("No answers yet");
    await context.close();
  });

  test("statement mode: the chart fills the height, with readable labels and nothing cut off", async () => {
    const context = await facilitatorContext(screens.browser, setup, { viewport: size });
    const page = await openPresenter(context, screens.server.url, setup);
    await page.getByTestId("overview-row").first().waitFor();
    await page.keyboard.press("o");
    const chart = page.getByTestId("likert-chart");
    await chart.waitFor();
    const box = (await chart.boundingBox())!;
    expect(box.height).toBeGreaterThanOrEqual(MIN_STATEMENT_CHART_SHARE * size.height);
    // The chart reaches down to the legend and counts: no empty lower half.
    const details = (await page.locator("details").boundingBox())!;
    expect(details.y + details.height).toBeGreaterThan(size.height - 120);
    expect(Number(await chart.getAttribute("data-text-px"))).toBeGreaterThanOrEqual(MIN_TEXT_PX);
    expect(await horizontalOverflow(page)).toEqual([]);
    expect(await smallText(page, MIN_TEXT_PX)).toEqual([]);
    await screenshot(page, `presenter-statement-${size.width}x${size.height}`);
    await context.close();
  });
});
