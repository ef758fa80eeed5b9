// Issue 14 in Chromium: one workshop from the ratings through the break-out groups (a rapporteur on a 390 px phone,
// the facilitator editing from the runner) to the plenary priority vote on three phones, the presenter's ranking
// and the workshop's top three. Every screen is checked at every step, against the real server.
import type { BrowserContext, Page } from "playwright-core";
import { expect, test } from "vitest";
import { PHONE, screensUnderTest, screenshot } from "../support/browser.ts";
import { createWorkshop, tally } from "../support/browser-fixtures.ts";
import { facilitatorContext, openConsoleRun, openPresenter } from "../support/facilitator-pages.ts";
import { readVote } from "../support/plan-fixtures.ts";
import { horizontalOverflow } from "../support/screen-measures.ts";

const screens = screensUnderTest();
/** Nine screens on a shared two-core machine: the walk takes over a minute, beyond the browser tests' default. */
const WALK_TIMEOUT_MS = 240_000;
const RAPPORTEUR_PHONE = { ...PHONE, viewport: { width: 390, height: 844 } } as const;

async function phone(options: object = PHONE): Promise<{ context: BrowserContext; page: Page }> {
  const context = await screens.browser.newContext({ ...options, locale: "en-GB" });
  return { context, page: await context.newPage() };
}

/** Writes a priority in an open priority form (rapporteur page or runner). */
async function writePriority(
  form: ReturnType<Page["getByTestId"]>,
  text: string,
  codes: string[],
  actions: { text: string; resources: string }[],
): Promise<void> {
  await form.getByLabel("Priority challenge").fill(text);
  for (const code of codes) await form.getByRole("checkbox", { name: new RegExp(`^${code} `) }).check();
  for (const [index, action] of actions.entries()) {
    if (index > 0) await form.getByRole("button", { name: "Add an action" }).click();
    await form.getByLabel(`Action ${index + 1}`, { exact: true }).fill(action.text);
    await form.getByLabel("Capacity and resources needed").nth(index).fill(action.resources);
  }
  await form.getByRole("button", { name: "Save" }).click();
}

const P1 = "Joint analysis is not shared before the HCT decides";
const P1_EDITED = "Joint needs analysis is not shared with the HCT before it decides";
const P2 = "No feedback loop from communities reaches the HCT";
const P3 = "Cluster leads meet but do not agree on gaps";

test(
  "B1 B2 B4 V2 V3 V5 V6 V7: a workshop from ratings through break-out capture to the plenary vote and its top three",
  async () => {
    const url = screens.server.url;
    const setup = await createWorkshop(url, { pacing: "self-paced", anonymityMinimum: 3 });
    const first = setup.mission.statements[0]!.code;

    // Step 1: three phones join and rate.
    const phones = await Promise.all([1, 2, 3].map(() => phone()));
    await Promise.all(
      phones.map(async ({ page }) => {
        await page.goto(`${url}/j/${setup.joinCode}`);
        await page.getByText("Connected").waitFor();
        const card = page.locator(`article[data-statement="${first}"]`);
        await card.getByRole("button", { name: "Agree", exact: true }).click();
        await expect.poll(() => card.getAttribute("data-state")).toBe("saved");
      }),
    );
    expect((await tally(url, setup)).voted).toBe(3);

    // The facilitator opens the break-out: one group per pillar, each with its rapporteur link and QR code (B1, B2).
    const facilitator = await facilitatorContext(screens.browser, setup);
    const runner = await openConsoleRun(facilitator, url, setup);
    const presenter = await openPresenter(facilitator, url, setup);
    await runner.getByRole("button", { name: "Open the break-out" }).click();
    const groups = runner.getByTestId("breakout-group");
    await expect.poll(() => groups.count()).toBe(setup.mission.pillars.length);
    await runner.getByTestId("breakout-status").getByText("Rapporteurs can record").waitFor();
    const leadership = groups.first();
    expect(await leadership.locator("h3").textContent()).toContain("Leadership");
    await leadership
      .getByRole("img", { name: /QR code of the rapporteur's link of Leadership/ })
      .locator("svg")
      .waitFor();
    const link = (await leadership.getByTestId("rapporteur-link").getAttribute("href"))!;
    expect(new URL(link).pathname).toMatch(/^\/r\/[^/]+$/);
    await screenshot(runner, "plan-console-breakout");

    // A rapporteur on a 390 px phone records two priorities with actions; each save says so.
    const rapporteur = await phone(RAPPORTEUR_PHONE);
    const record = rapporteur.page;
    await record.goto(`${url}${new URL(link).pathname}`);
    await record.getByRole("heading", { name: "Break-out group: Leadership" }).waitFor();
    expect(await record.getByText(setup.mission.title).count()).toBe(1);
    await record.getByRole("button", { name: "Add a priority challenge" }).click();
    await writePriority(
      record.getByTestId("priority-editor"),
      P1,
      ["L1", "L2"],
      [
        {
          text: "Share the joint analysis a week before each HCT meeting",
          resources: "An information management officer",
        },
      ],
    );
    await record.getByTestId("save-notice").getByText("Saved").waitFor();
    await record.getByRole("button", { name: "Add a priority challenge" }).click();
    await writePriority(
      record.getByTestId("priority-editor"),
      P2,
      ["L3"],
      [
        { text: "A community feedback summary at every HCT meeting", resources: "AAP working group time" },
        { text: "Track follow-up of feedback", resources: "A shared tracker" },
      ],
    );
    await expect.poll(() => record.getByTestId("priority").count()).toBe(2);
    expect(await record.getByTestId("priority").nth(1).textContent()).toContain("Track follow-up of feedback");
    expect(await record.getByTestId("priority").first().getByTestId("linked-codes").textContent()).toBe("L1 L2");
    expect(await horizontalOverflow(record)).toEqual([]);
    await screenshot(record, "plan-rapporteur-phone");

    // The console sees them live (breakout:updated) and the facilitator edits one and adds another (B4).
    await expect.poll(() => leadership.getByTestId("priority").count()).toBe(2);
    await leadership.getByTestId("priority").first().getByRole("button", { name: "Edit" }).click();
    const editor = leadership.getByTestId("priority-editor");
    await editor.getByLabel("Priority challenge").fill(P1_EDITED);
    await editor.getByRole("button", { name: "Save" }).click();
    await leadership.getByText(P1_EDITED).waitFor();
    const coordination = groups.nth(1);
    await coordination.getByRole("button", { name: "Add a priority challenge" }).click();
    await writePriority(
      coordination.getByTestId("priority-editor"),
      P3,
      ["C1"],
      [{ text: "A monthly gap review chaired by the ICCG", resources: "OCHA secretariat" }],
    );
    await coordination.getByText(P3).waitFor();
    await record.reload();
    await record.getByText(P1_EDITED).waitFor();
    expect(await record.getByText(P1, { exact: true }).count()).toBe(0);

    // The facilitator opens the vote, two picks each; the presenter turns to the ballot, ranking hidden (V1, V6).
    await runner.getByLabel("Priorities each participant picks").fill("2");
    await runner.getByRole("button", { name: "Open the vote" }).click();
    await runner.getByTestId("vote-status").getByText("Vote open").waitFor();
    const results = presenter.getByTestId("vote-results");
    await results.waitFor();
    await presenter.getByText("The ranking is hidden until the facilitator reveals it.").waitFor();
    await expect.poll(() => presenter.getByTestId("ranking-row").count()).toBe(3);
    expect(await presenter.getByTestId("ranking-votes").count()).toBe(0);

    const { vote } = await readVote(url, setup);
    const idOf = (text: string): string => vote!.priorities.find((priority) => priority.text === text)!.id;

    // Three phones vote in the room's own words (V2): A picks two, B changes its choice, C votes offline.
    const [a, b, c] = phones.map(({ page }) => page);
    for (const page of [a!, b!, c!]) {
      await page.getByRole("heading", { name: "Vote: the most critical priorities" }).waitFor();
      expect(await page.getByRole("checkbox").count()).toBe(3);
      await page.getByRole("checkbox", { name: new RegExp(P1_EDITED) }).waitFor();
    }
    const pick = (page: Page, text: string) => page.getByRole("checkbox", { name: new RegExp(text) });
    const send = (page: Page) => page.getByRole("button", { name: "Send my vote" }).click();
    const state = (page: Page) => page.locator("[data-vote-state]").getAttribute("data-vote-state");

    await pick(a!, P1_EDITED).check();
    await pick(a!, P2).check();
    await a!.getByText("2 of 2 picked").waitFor();
    expect(await pick(a!, P3).isDisabled()).toBe(true);
    await send(a!);
    await expect.poll(() => state(a!)).toBe("saved");
    await a!.getByText("Your vote is saved. You can change it while the vote is open.").waitFor();
    await screenshot(a!, "plan-participant-vote");

    await pick(b!, P1_EDITED).check();
    await send(b!);
    await expect.poll(() => state(b!)).toBe("saved");
    await pick(b!, P1_EDITED).uncheck();
    await pick(b!, P3).check();
    await send(b!);
    await expect.poll(() => state(b!)).toBe("saved");

    // Two have voted, under the minimum of three: revealed, the ranking is still withheld (V5).
    await runner.getByTestId("vote-voters").getByText("2 voted").waitFor();
    await runner.getByRole("button", { name: "Reveal the ranking" }).click();
    await expect.poll(() => results.getAttribute("data-withheld")).toBe("true");
    await presenter
      .getByText("The ranking shows once 3 people have voted, to keep votes anonymous (2 so far).")
      .waitFor();
    expect(await presenter.getByTestId("ranking-votes").count()).toBe(0);

    // Phone C chooses while offline: kept on the phone, sent when the link is back, counted once (V3).
    await phones[2]!.context.setOffline(true);
    await c!.locator('[data-connection="offline"]').waitFor();
    await pick(c!, P2).check();
    await pick(c!, P3).check();
    await send(c!);
    await expect.poll(() => state(c!)).toBe("waiting");
    await c!.getByText("Your vote is kept on this phone and sent as soon as the connection is back.").waitFor();
    await phones[2]!.context.setOffline(false);
    await expect.poll(() => state(c!), { timeout: 20_000 }).toBe("saved");

    // The ranking appears on the presenter: P2 and P3 two votes each (ballot order), P1 one.
    await expect.poll(() => results.getAttribute("data-withheld")).toBe("false");
    const rows = presenter.getByTestId("ranking-row");
    await expect.poll(() => presenter.getByTestId("ranking-votes").count()).toBe(3);
    const attributes = async (found: ReturnType<Page["getByTestId"]>, name: string): Promise<(string | null)[]> =>
      Promise.all((await found.all()).map((one) => one.getAttribute(name)));
    expect(await attributes(rows, "data-priority")).toEqual([idOf(P2), idOf(P3), idOf(P1_EDITED)]);
    expect(await attributes(presenter.getByTestId("ranking-votes"), "data-votes")).toEqual(["2", "2", "1"]);
    await presenter.getByText("3 people have voted").waitFor();
    const counted = await readVote(url, setup);
    expect(counted.tally?.voters).toBe(3);

    // The facilitator marks the top three in order; the presenter and the phones show them (V7).
    for (const [index, text] of [P2, P3, P1_EDITED].entries()) {
      const row = runner.locator(`[data-testid="ballot-row"][data-priority="${idOf(text)}"]`);
      await row.getByRole("button", { name: `Mark as top ${index + 1}` }).click();
      await row.getByText(`Top ${index + 1}`, { exact: true }).waitFor();
    }
    await expect
      .poll(async () => (await readVote(url, setup)).vote?.top)
      .toEqual([idOf(P2), idOf(P3), idOf(P1_EDITED)]);
    await rows.first().getByText("Top 1").waitFor();
    await rows.nth(2).getByText("Top 3").waitFor();
    await screenshot(presenter, "plan-presenter-ranking");
    for (const page of [a!, b!, c!]) {
      const top = page.getByTestId("top-priorities").locator("li");
      await expect.poll(() => top.allTextContents()).toEqual([P2, P3, P1_EDITED]);
    }
    await screenshot(runner, "plan-console-vote");

    for (const { context } of [...phones, rapporteur]) await context.close();
    await facilitator.close();
  },
  WALK_TIMEOUT_MS,
);
