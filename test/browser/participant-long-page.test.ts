// Issue 16 item 6: the self-paced page of 30 statements on a phone: compact, a jump to the next unrated statement,
// and the connection status (with what waits to be sent) always in view.
import type { Page } from "playwright-core";
import { expect, test } from "vitest";
import { screensUnderTest, PHONE, screenshot } from "../support/browser.ts";
import { createWorkshop, tally } from "../support/browser-fixtures.ts";

const screens = screensUnderTest();

const card = (page: Page, code: string) => page.locator(`article[data-statement="${code}"]`);
/** The statement whose rating control has the keyboard focus. */
const focusedStatement = (page: Page) =>
  page.evaluate<string | null>(`document.activeElement?.closest("article")?.dataset.statement ?? null`);
/** Whether an element lies wholly inside the phone's screen. */
async function inView(page: Page, selector: string): Promise<boolean> {
  const box = await page.locator(selector).first().boundingBox();
  const height = page.viewportSize()!.height;
  return box !== null && box.y >= 0 && box.y + box.height <= height;
}

test("a compact list with few tab stops, a jump to the next unrated statement, and a status that stays in view", async () => {
  const setup = await createWorkshop(screens.server.url, { pacing: "self-paced" });
  const codes = setup.mission.statements.map((statement) => statement.code);
  const context = await screens.browser.newContext({ ...PHONE, locale: "en-GB", reducedMotion: "reduce" });
  const page = await context.newPage();
  await page.goto(`${screens.server.url}/j/${setup.joinCode}`);
  await page.getByText("Connected").waitFor();
  await screenshot(page, "participant-long-page");

  // Compact: the 30 statements take well under the ~17,700 px of one full-height card each, and each statement
  // is one tab stop (its scale is a toolbar moved through with the arrow keys).
  const height = await page.evaluate<number>("document.documentElement.scrollHeight");
  const tabStops = await page.evaluate<number>(
    `[...document.querySelectorAll("button, select, input, a[href], [tabindex]")].filter((element) => !element.disabled && element.tabIndex >= 0).length`,
  );
  console.log(`self-paced page of ${codes.length} statements: ${height} px tall, ${tabStops} tab stops`);
  expect(height).toBeLessThan(9_000);
  expect(tabStops).toBeLessThanOrEqual(codes.length + 3);
  // Every point is still at least 44 px square, and named in words.
  const point = card(page, codes[0]!).getByRole("button", { name: "Strongly disagree" });
  const box = (await point.boundingBox())!;
  expect(Math.min(box.width, box.height)).toBeGreaterThanOrEqual(44);

  await card(page, codes[0]!).getByRole("button", { name: "Agree", exact: true }).click();
  await card(page, codes[1]!).getByRole("button", { name: "Don't know" }).click();
  await expect.poll(() => card(page, codes[1]!).getAttribute("data-state")).toBe("saved");
  await page.getByTestId("progress").getByText("2 of 30 rated").waitFor();
  expect(await card(page, codes[0]!).getByTestId("rating-status").textContent()).toContain("Saved · Agree");

  // The jump lands on the next statement without a rating, focused and on screen.
  await page.getByRole("button", { name: /Next unrated/ }).click();
  await expect.poll(() => focusedStatement(page)).toBe(codes[2]);
  expect(await inView(page, `article[data-statement="${codes[2]}"]`)).toBe(true);
  // Arrow keys move along the scale; Enter rates.
  await page.keyboard.press("ArrowRight");
  await page.keyboard.press("ArrowRight");
  await page.keyboard.press("Enter");
  await expect.poll(() => card(page, codes[2]!).getAttribute("data-state")).toBe("saved");
  expect(
    await card(page, codes[2]!)
      .getByRole("button", { name: "Neither agree nor disagree" })
      .getAttribute("aria-pressed"),
  ).toBe("true");

  // Skipping one: from statement 5 the jump goes on to 6, and from the last it comes back round to 4.
  await card(page, codes[4]!).getByRole("button", { name: "Disagree", exact: true }).click();
  await page.getByRole("button", { name: /Next unrated/ }).click();
  await expect.poll(() => focusedStatement(page)).toBe(codes[5]);
  await card(page, codes.at(-1)!).getByRole("button", { name: "Strongly agree" }).click();
  await page.getByRole("button", { name: /Next unrated/ }).click();
  await expect.poll(() => focusedStatement(page)).toBe(codes[3]);

  // Far down the page the connection status is still in view, and offline it counts what waits to be sent.
  await card(page, codes.at(-2)!).scrollIntoViewIfNeeded();
  expect(await inView(page, "[data-connection]")).toBe(true);
  // Offline, the page's reconnection attempts fail as they should; Chromium logs each one.
  screens.pageErrors.allowConsoleErrors(/ERR_INTERNET_DISCONNECTED/);
  await context.setOffline(true);
  await page.locator('[data-connection="offline"]').waitFor();
  await card(page, codes.at(-2)!).getByRole("button", { name: "Agree", exact: true }).click();
  await page.getByTestId("pending-count").getByText("1 rating waiting to send").waitFor();
  expect(await inView(page, '[data-testid="pending-count"]')).toBe(true);
  await screenshot(page, "participant-long-page-offline");
  await context.setOffline(false);
  await expect.poll(() => card(page, codes.at(-2)!).getAttribute("data-state"), { timeout: 20_000 }).toBe("saved");
  expect(await inView(page, '[data-connection="online"]')).toBe(true);

  expect((await tally(screens.server.url, setup)).voted).toBe(1);
  await context.close();
});
