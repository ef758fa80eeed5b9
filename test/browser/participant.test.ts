// The participant page in a phone-sized Chromium: joining by code, rating, reloading, going offline, Arabic.
import type { BrowserContext, Page } from "playwright-core";
import { describe, expect, test } from "vitest";
import { screensUnderTest, PHONE, screenshot } from "../support/browser.ts";
import { createWorkshop, tally, type WorkshopSetup } from "../support/browser-fixtures.ts";

const screens = screensUnderTest();

async function phone(): Promise<{ context: BrowserContext; page: Page }> {
  const context = await screens.browser.newContext({ ...PHONE, locale: "en-GB" });
  return { context, page: await context.newPage() };
}

async function joinByTyping(page: Page, setup: WorkshopSetup): Promise<void> {
  await page.goto(screens.server.url);
  await page.getByLabel("Workshop code").fill(setup.joinCode);
  await page.getByRole("button", { name: "Join" }).click();
  await page.getByText("Connected").waitFor();
}

function card(page: Page, code: string) {
  return page.locator(`article[data-statement="${code}"]`);
}

describe("participant page", () => {
  test("joins by typing the code, rates with one tap each, and sees each rating saved", async () => {
    const setup = await createWorkshop(screens.server.url, { pacing: "self-paced" });
    const { context, page } = await phone();
    await joinByTyping(page, setup);
    expect(new URL(page.url()).pathname).toBe(`/j/${setup.joinCode}`);

    const first = setup.mission.statements[0]!.code;
    const second = setup.mission.statements[1]!.code;
    await card(page, first).getByRole("button", { name: "Agree", exact: true }).click();
    await card(page, second).getByRole("button", { name: "Don't know" }).click();
    await expect.poll(() => card(page, first).getAttribute("data-state")).toBe("saved");
    await expect.poll(() => card(page, second).getAttribute("data-state")).toBe("saved");
    expect(
      await card(page, first).getByRole("button", { name: "Agree", exact: true }).getAttribute("aria-pressed"),
    ).toBe("true");

    // Touch targets of at least 44 px in both directions.
    const box = await card(page, first).getByRole("button", { name: "Strongly disagree" }).boundingBox();
    expect(box!.height).toBeGreaterThanOrEqual(44);
    expect(box!.width).toBeGreaterThanOrEqual(44);

    const counted = await tally(screens.server.url, setup);
    expect(counted.voted).toBe(1);
    await page.locator("header").scrollIntoViewIfNeeded();
    await screenshot(page, "participant");

    // A reload keeps the identity (no second participant) and the ratings.
    await page.reload();
    await page.getByText("Connected").waitFor();
    expect(await card(page, first).getAttribute("data-state")).toBe("saved");
    expect(
      await card(page, first).getByRole("button", { name: "Agree", exact: true }).getAttribute("aria-pressed"),
    ).toBe("true");
    expect((await tally(screens.server.url, setup)).joined).toBe(1);
    await context.close();
  });

  test("a rating made offline waits on the phone, is sent on reconnection and counts once", async () => {
    const setup = await createWorkshop(screens.server.url, { pacing: "self-paced" });
    const { context, page } = await phone();
    await joinByTyping(page, setup);
    const [, , third, fourth] = setup.mission.statements.map((statement) => statement.code);

    // Offline, the page's reconnection attempts fail as they should; Chromium logs each one.
    screens.pageErrors.allowConsoleErrors(/ERR_INTERNET_DISCONNECTED/);
    await context.setOffline(true);
    await page.locator('[data-connection="offline"]').waitFor();
    await card(page, third!).getByRole("button", { name: "Strongly agree" }).click();
    await expect.poll(() => card(page, third!).getAttribute("data-state")).toBe("waiting");
    await page.getByText("1 rating waiting to send").waitFor();
    await card(page, third!).scrollIntoViewIfNeeded();
    await screenshot(page, "participant-offline");

    await context.setOffline(false);
    await expect.poll(() => card(page, third!).getAttribute("data-state"), { timeout: 20_000 }).toBe("saved");
    await page.locator('[data-connection="online"]').waitFor();

    // Offline again, and the page is lost (no service worker on plain HTTP): the rating waits in storage.
    await context.setOffline(true);
    await page.locator('[data-connection="offline"]').waitFor();
    await card(page, fourth!).getByRole("button", { name: "Disagree", exact: true }).click();
    await expect.poll(() => card(page, fourth!).getAttribute("data-state")).toBe("waiting");
    await page.goto("about:blank");
    await context.setOffline(false);
    await page.goto(`${screens.server.url}/j/${setup.joinCode}`);
    await expect.poll(() => card(page, fourth!).getAttribute("data-state"), { timeout: 20_000 }).toBe("saved");

    const counted = await tally(screens.server.url, setup);
    expect(counted.joined).toBe(1);
    expect(counted.voted).toBe(1);
    expect(counted.statements[third!]).toEqual({ suppressed: true, respondents: 1, reason: "below-minimum" });
    expect(counted.statements[fourth!]).toEqual({ suppressed: true, respondents: 1, reason: "below-minimum" });
    await context.close();
  });

  test("opens straight from the join URL and lays Arabic out right to left", async () => {
    const setup = await createWorkshop(screens.server.url, { pacing: "presenter-led" });
    const { context, page } = await phone();
    await page.goto(`${screens.server.url}/j/${setup.joinCode}`);
    await page.getByText("Connected").waitFor();
    await page.getByLabel("Language").selectOption("ar");
    await page.getByText("متصل").waitFor();
    expect(await page.locator("html").getAttribute("lang")).toBe("ar");
    expect(await page.locator("html").getAttribute("dir")).toBe("rtl");
    const first = setup.mission.statements[0]!;
    await card(page, first.code).getByText(first.text.ar!).waitFor();
    await card(page, first.code).getByRole("button", { name: "موافق", exact: true }).click();
    await expect.poll(() => card(page, first.code).getAttribute("data-state")).toBe("saved");
    await screenshot(page, "participant-arabic");

    // The choice survives a reload.
    await page.reload();
    await page.getByText("متصل").waitFor();
    expect(await page.locator("html").getAttribute("dir")).toBe("rtl");
    await context.close();
  });
});
