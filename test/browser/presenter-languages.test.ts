// Issue 16 item 5: the presenter speaks the mission's languages (French, Arabic right to left) and two at once.
import { expect, test } from "vitest";
import { MIN_TEXT_PX } from "../../client/src/lib/charts/readability.ts";
import { screensUnderTest, screenshot } from "../support/browser.ts";
import { control, createWorkshop, socketParticipant, type WorkshopSetup } from "../support/browser-fixtures.ts";
import { facilitatorContext, openPresenter } from "../support/facilitator-pages.ts";
import { horizontalOverflow, smallText } from "../support/screen-measures.ts";

const screens = screensUnderTest();
const PROJECTOR_1080 = { viewport: { width: 1920, height: 1080 } };

/** Two participants rate the first statement (agree and strongly disagree): enough to show at a minimum of 2. */
async function twoRatings(setup: WorkshopSetup): Promise<void> {
  const code = setup.mission.statements[0]!.code;
  const voters = await Promise.all([1, 2].map(() => socketParticipant(screens.server.url, setup.joinCode)));
  expect((await voters[0]!.rate(code, 4)).ok).toBe(true);
  expect((await voters[1]!.rate(code, 1)).ok).toBe(true);
  for (const voter of voters) voter.close();
}

test("a French mission's presenter says everything in French, from the join steps to the figures", async () => {
  const setup = await createWorkshop(screens.server.url, { languages: ["fr", "en"], pacing: "presenter-led" });
  const context = await facilitatorContext(screens.browser, setup, PROJECTOR_1080);
  const page = await openPresenter(context, screens.server.url, setup);
  await page.getByText("Allez sur").waitFor();
  expect(await page.locator("html").getAttribute("lang")).toBe("fr");
  await page.getByText("et saisissez le code").waitFor();
  await page.getByText("Les résultats restent masqués jusqu'à ce que l'animateur les dévoile.").waitFor();
  await page.getByText("Affirmation 1 sur 30").waitFor();
  await page.getByRole("heading", { name: setup.mission.statements[0]!.text.fr! }).waitFor();
  expect(await page.locator("aside dt").allTextContents()).toEqual(["Connectés", "Ont voté"]);

  await twoRatings(setup);
  await control(screens.server.url, setup, { command: "reveal" });
  await page.getByTestId("likert-chart").waitFor();
  expect(await page.locator(".headline dt").allTextContents()).toEqual([
    "D'accord",
    "Neutre",
    "Pas d'accord",
    "Moyenne",
    "Consensus",
    "Je ne sais pas",
  ]);
  expect(await page.locator(".headline dd").first().textContent()).toBe("50\u202f%");
  await page.locator(".legend").getByText("Tout à fait d'accord", { exact: true }).waitFor();
  await page.getByRole("button", { name: "Vue d'ensemble" }).waitFor();
  await page.getByRole("button", { name: "Plein écran" }).waitFor();
  await screenshot(page, "presenter-french");

  // The picker offers the mission's other language; English labels follow at once.
  await page.getByLabel("Langue", { exact: true }).selectOption("en");
  await page.locator(".headline dt").getByText("Agree", { exact: true }).waitFor();
  expect(await page.locator("html").getAttribute("lang")).toBe("en");
  await context.close();
});

test("an Arabic mission's presenter is laid out right to left, its bars mirrored", async () => {
  const setup = await createWorkshop(screens.server.url, { languages: ["ar", "en"], pacing: "self-paced" });
  await twoRatings(setup);
  await control(screens.server.url, setup, { command: "reveal" });
  const context = await facilitatorContext(screens.browser, setup, { viewport: { width: 1024, height: 768 } });
  const page = await openPresenter(context, screens.server.url, setup);
  await page.getByRole("heading", { name: "جميع العبارات" }).waitFor();
  expect(await page.locator("html").getAttribute("dir")).toBe("rtl");
  expect(await page.locator("html").getAttribute("lang")).toBe("ar");
  const first = setup.mission.statements[0]!;
  const row = page.locator(`[data-testid="overview-row"][data-statement="${first.code}"]`);
  expect(await row.locator(".text").textContent()).toBe(first.text.ar);
  await page.getByText("لا إجابات بعد").first().waitFor();
  await page.locator(".legend").getByText("موافق بشدة", { exact: true }).waitFor();
  // Right to left the words come first on the right, and disagreement (read first) lies right of zero.
  const words = (await row.locator(".words").boundingBox())!;
  const bar = (await row.locator('[role="img"]').boundingBox())!;
  expect(words.x).toBeGreaterThan(bar.x);
  const axis = (await row.locator(".axis").boundingBox())!;
  const disagreement = (await row.locator(".segment").first().boundingBox())!;
  expect(disagreement.x).toBeGreaterThanOrEqual(axis.x);
  expect(await horizontalOverflow(page)).toEqual([]);
  expect(await smallText(page, MIN_TEXT_PX)).toEqual([]);
  await screenshot(page, "presenter-arabic-overview");

  await page.keyboard.press("o");
  await page.getByTestId("likert-chart").waitFor();
  expect(await page.locator(".headline dt").allTextContents()).toEqual([
    "موافق",
    "محايد",
    "غير موافق",
    "المتوسط",
    "التوافق",
    "لا أعرف",
  ]);
  await screenshot(page, "presenter-arabic");
  await context.close();
});

test("a mixed room: the presenter shows the statement and its labels in two languages, and keeps them on reload", async () => {
  const setup = await createWorkshop(screens.server.url, { languages: ["fr", "ar", "en"], pacing: "presenter-led" });
  await twoRatings(setup);
  const context = await facilitatorContext(screens.browser, setup, PROJECTOR_1080);
  const page = await openPresenter(context, screens.server.url, setup);
  await page.getByText("Allez sur").waitFor();
  await page.getByLabel("Deuxième langue").selectOption("ar");
  const statement = setup.mission.statements[0]!;
  const heading = page.getByTestId("statement-text");
  await heading.getByText(statement.text.ar!).waitFor();
  expect(await heading.textContent()).toContain(statement.text.fr);
  expect(await heading.locator('[lang="ar"]').getAttribute("dir")).toBe("rtl");
  await page.locator("aside").getByText("انتقل إلى").waitFor();
  expect(new URL(page.url()).searchParams.get("also")).toBe("ar");

  await control(screens.server.url, setup, { command: "reveal" });
  await page.getByTestId("likert-chart").waitFor();
  const agree = page.locator(".headline dt").first();
  expect(await agree.textContent()).toBe("D'accordموافق");
  expect((await page.locator(".legend li").nth(4).textContent())?.trim()).toBe("Tout à fait d'accordموافق بشدة");
  expect(await smallText(page, MIN_TEXT_PX)).toEqual([]);
  await screenshot(page, "presenter-bilingual");

  await page.reload();
  await page.getByTestId("statement-text").getByText(statement.text.ar!).waitFor();
  expect(await page.locator("html").getAttribute("lang")).toBe("fr");
  await page.keyboard.press("o");
  const row = page.locator(`[data-testid="overview-row"][data-statement="${statement.code}"]`);
  await row.locator(".second").getByText(statement.text.ar!).waitFor();
  await screenshot(page, "presenter-bilingual-overview");
  await context.close();
});
