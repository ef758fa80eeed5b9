// Issue 14's screens in the mission's and participant's languages (French, Arabic right to left), and the presenter's
// ranking readable at projector sizes, in Chromium against the real server.
import { describe, expect, test } from "vitest";
import { MIN_TEXT_PX } from "../../client/src/lib/charts/readability.ts";
import { PHONE, screensUnderTest, screenshot } from "../support/browser.ts";
import { createWorkshop, type WorkshopSetup } from "../support/browser-fixtures.ts";
import { facilitatorContext, openPresenter } from "../support/facilitator-pages.ts";
import { addPriority, openBreakout, socketVoter, voteCommand } from "../support/plan-fixtures.ts";
import { horizontalOverflow, smallText } from "../support/screen-measures.ts";

const screens = screensUnderTest();
const RAPPORTEUR_PHONE = { ...PHONE, viewport: { width: 390, height: 844 } } as const;

/** A workshop whose break-out holds `count` priorities and whose vote is open, `voters` having voted. */
async function votingWorkshop(languages: ("en" | "fr" | "ar" | "es")[], count: number, voters: number) {
  const setup = await createWorkshop(screens.server.url, { languages, anonymityMinimum: 2 });
  const { breakout, links } = await openBreakout(screens.server.url, setup);
  for (let index = 0; index < count; index += 1) {
    const group = breakout.groups[index % breakout.groups.length]!;
    await addPriority(screens.server.url, setup, group.id, {
      text: `Priority ${index + 1}: the HCT agrees who follows up each decision and reports back within a month`,
      statementCodes: ["L1"],
    });
  }
  const vote = await voteCommand(screens.server.url, setup, { command: "open", picks: 2 });
  for (let index = 0; index < voters; index += 1) {
    const voter = await socketVoter(screens.server.url, setup.joinCode);
    expect((await voter.vote([vote.priorities[index % vote.priorities.length]!.id])).ok).toBe(true);
    voter.close();
  }
  return { setup, links, vote };
}

async function phonePage(locale: string, options: object = PHONE) {
  const context = await screens.browser.newContext({ ...options, locale });
  return { context, page: await context.newPage() };
}

describe("issue 14's screens in French and Arabic", () => {
  test("B2: the rapporteur page speaks the mission's first language (French), fits a 390 px phone", async () => {
    const setup = await createWorkshop(screens.server.url, { languages: ["fr", "en"] });
    const { links } = await openBreakout(screens.server.url, setup);
    const { context, page } = await phonePage("en-GB", RAPPORTEUR_PHONE);
    await page.goto(`${screens.server.url}${new URL(links[0]!.url).pathname}`);
    await page.getByRole("heading", { name: /^Groupe de travail : / }).waitFor();
    expect(await page.evaluate("document.documentElement.lang")).toBe("fr");
    await page.getByRole("button", { name: "Ajouter un défi prioritaire" }).click();
    await page.getByLabel("Défi prioritaire", { exact: true }).fill("Les décisions du HCT ne sont pas suivies");
    await page.getByLabel("Action 1", { exact: true }).fill("Un suivi mensuel des décisions");
    await page.getByRole("button", { name: "Enregistrer" }).click();
    await page.getByTestId("save-notice").getByText("Enregistré").waitFor();
    expect(await horizontalOverflow(page)).toEqual([]);
    await screenshot(page, "plan-rapporteur-fr");
    await context.close();
  });

  test("B2: in an Arabic mission the rapporteur page runs right to left", async () => {
    const setup = await createWorkshop(screens.server.url, { languages: ["ar", "en"] });
    const { links } = await openBreakout(screens.server.url, setup);
    const { context, page } = await phonePage("en-GB", RAPPORTEUR_PHONE);
    await page.goto(`${screens.server.url}${new URL(links[0]!.url).pathname}`);
    await page.getByRole("heading", { name: /^مجموعة العمل: / }).waitFor();
    expect(await page.evaluate("[document.documentElement.lang, document.documentElement.dir]")).toEqual(["ar", "rtl"]);
    await page.getByRole("button", { name: "إضافة تحدٍّ ذي أولوية" }).waitFor();
    expect(await horizontalOverflow(page)).toEqual([]);
    await screenshot(page, "plan-rapporteur-ar");
    await context.close();
  });

  test("V2: the participant's vote in French and in Arabic (right to left), the priorities in the room's words", async () => {
    const { setup, vote } = await votingWorkshop(["en", "fr", "ar", "es"], 3, 0);
    for (const [locale, title, send, dir] of [
      ["fr-FR", "Vote : les priorités les plus critiques", "Envoyer mon vote", "ltr"],
      ["ar", "التصويت: الأولويات الأكثر أهمية", "إرسال تصويتي", "rtl"],
    ] as const) {
      const { context, page } = await phonePage(locale);
      await page.goto(`${screens.server.url}/j/${setup.joinCode}`);
      await page.getByRole("heading", { name: title }).waitFor();
      expect(await page.evaluate("document.documentElement.dir")).toBe(dir);
      await page.getByRole("checkbox", { name: new RegExp(vote.priorities[0]!.text) }).check();
      await page.getByRole("button", { name: send }).click();
      await expect.poll(() => page.locator("[data-vote-state]").getAttribute("data-vote-state")).toBe("saved");
      expect(await horizontalOverflow(page)).toEqual([]);
      await screenshot(page, `plan-participant-vote-${locale}`);
      await context.close();
    }
  });
});

describe.each([
  { width: 1920, height: 1080 },
  { width: 1280, height: 720 },
  { width: 1024, height: 768 },
])("V5 V6: the presenter's ranking at $width×$height", (size) => {
  let voting: { setup: WorkshopSetup } | undefined;

  test("twelve priorities revealed: readable, nothing cut off, every priority on a page", async () => {
    voting ??= await votingWorkshop(["fr", "en"], 12, 3);
    const { setup } = voting;
    await voteCommand(screens.server.url, setup, { command: "reveal" });
    const context = await facilitatorContext(screens.browser, setup, { viewport: size });
    const page = await openPresenter(context, screens.server.url, setup);
    await page.getByRole("heading", { name: "Les priorités les plus critiques" }).waitFor();
    await page.getByTestId("ranking-votes").first().waitFor();
    const seen = new Set<string>();
    for (let turn = 0; turn < 12; turn += 1) {
      expect(await horizontalOverflow(page)).toEqual([]);
      expect(await smallText(page, MIN_TEXT_PX)).toEqual([]);
      for (const row of await page.getByTestId("ranking-row").all()) {
        const box = (await row.boundingBox())!;
        expect(box.y + box.height).toBeLessThanOrEqual(size.height);
        seen.add((await row.getAttribute("data-priority"))!);
      }
      if (turn === 0) await screenshot(page, `plan-presenter-ranking-${size.width}x${size.height}`);
      const next = page.getByRole("button", { name: "Page suivante" });
      if ((await next.count()) === 0 || (await next.isDisabled())) break;
      await next.click();
    }
    expect(seen.size).toBe(12);
    await context.close();
  });
});
