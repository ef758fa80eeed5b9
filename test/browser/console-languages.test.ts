// Issue 16 item 5: the console speaks the mission's languages (French; Arabic right to left), with a picker that the
// browser remembers for every mission.
import { expect, test } from "vitest";
import { screensUnderTest, screenshot } from "../support/browser.ts";
import { createWorkshop } from "../support/browser-fixtures.ts";
import { facilitatorContext, openConsoleRun } from "../support/facilitator-pages.ts";
import { horizontalOverflow } from "../support/screen-measures.ts";

const screens = screensUnderTest();

test("a French mission's console is in French, from the workshop list to the live run", async () => {
  const setup = await createWorkshop(screens.server.url, { languages: ["fr", "en"], pacing: "presenter-led" });
  const context = await facilitatorContext(screens.browser, setup);
  const page = await context.newPage();
  await page.goto(`${screens.server.url}/console.html?mission=${setup.mission.id}`);
  await page.getByRole("heading", { name: "Ateliers" }).waitFor();
  expect(await page.locator("html").getAttribute("lang")).toBe("fr");
  expect(await page.locator("html").getAttribute("dir")).toBe("ltr");
  expect(await page.locator("thead th").allTextContents()).toEqual([
    "Groupe",
    "Cycle",
    "Date",
    "Lieu",
    "Déroulement",
    "Code",
    "État",
    "Animer",
  ]);
  await page.locator("tbody").getByText("ouvert", { exact: true }).waitFor();
  await page.getByRole("heading", { name: "Nouvel atelier" }).waitFor();
  await page.getByRole("link", { name: "Analyse, liste retenue et exports" }).waitFor();
  await screenshot(page, "console-french");

  await page.getByRole("button", { name: "Animer" }).click();
  await page.getByRole("button", { name: "Clôturer l'atelier" }).waitFor();
  await page.getByRole("button", { name: "Dévoiler les résultats" }).waitFor();
  await page.getByRole("button", { name: "Suivante →" }).waitFor();
  expect(await page.locator("dl.participation dt").allTextContents()).toEqual(["Connectés", "Ont voté", "Résultats"]);
  const first = setup.mission.statements[0]!;
  await page.locator("tbody").getByText(first.text.fr!).waitFor();
  await screenshot(page, "console-french-run");
  await context.close();
});

test("an Arabic mission's console is right to left; the picker switches to English and the browser keeps the choice", async () => {
  const setup = await createWorkshop(screens.server.url, { languages: ["ar", "en"], pacing: "presenter-led" });
  const context = await facilitatorContext(screens.browser, setup);
  const page = await openConsoleRun(context, screens.server.url, setup);
  await page.getByRole("button", { name: "إظهار النتائج" }).waitFor();
  expect(await page.locator("html").getAttribute("dir")).toBe("rtl");
  expect(await page.locator("html").getAttribute("lang")).toBe("ar");
  await page.getByRole("toolbar", { name: "أدوات التحكم في ورشة العمل" }).waitFor();
  await page.getByTestId("workshop-status").getByText("مفتوحة").waitFor();
  const first = setup.mission.statements[0]!;
  const text = page.locator("tbody").getByText(first.text.ar!);
  expect(await text.getAttribute("dir")).toBe("rtl");
  // Right to left, the statements' codes stand at the right-hand edge of the table.
  const code = (await page.locator("tbody th").first().boundingBox())!;
  const words = (await text.boundingBox())!;
  expect(code.x).toBeGreaterThan(words.x);
  expect(await horizontalOverflow(page)).toEqual([]);
  await screenshot(page, "console-arabic-run");

  await page.getByTestId("interface-language").getByRole("combobox").selectOption("en");
  await page.getByRole("button", { name: "Reveal results" }).waitFor();
  expect(await page.locator("html").getAttribute("dir")).toBe("ltr");
  // The statements follow the chosen language when the mission offers it.
  await page.locator("tbody").getByText(first.text.en!).waitFor();
  await page.reload();
  await page.getByRole("button", { name: "Reveal results" }).waitFor();
  expect(await page.locator("html").getAttribute("lang")).toBe("en");
  await context.close();
});
