// Issue 16 item 5: the analysis page speaks the mission's languages: labels, flag reasons and figures in French, and in
// Arabic right to left (figures kept left to right), with the same picker as the console.
import type { Page } from "playwright-core";
import { expect, test } from "vitest";
import { screensUnderTest, screenshot } from "../support/browser.ts";
import { seedDemoMission, type DemoMission } from "../support/demo-mission.ts";

const screens = screensUnderTest();
const LAPTOP = { viewport: { width: 1440, height: 900 } };
const PHONE_390 = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true };

/** The analysis page of `seeded` in a browser that holds its key. */
async function analysisPage(seeded: DemoMission, size: typeof LAPTOP | typeof PHONE_390, hash = ""): Promise<Page> {
  const context = await screens.browser.newContext({ ...size, reducedMotion: "reduce" });
  const page = await context.newPage();
  await page.addInitScript({
    content: `localStorage.setItem(${JSON.stringify(`peerpulse:key:${seeded.mission.id}`)}, ${JSON.stringify(JSON.stringify(seeded.key))});`,
  });
  await page.goto(`${screens.server.url}/analysis.html?mission=${seeded.mission.id}${hash}`);
  await page.getByRole("heading", { name: seeded.mission.title }).waitFor();
  return page;
}

test("a French mission's analysis page is in French: headings, heat map, lists and their reasons, shortlist, exports", async () => {
  const seeded = await seedDemoMission(screens.server.url, "Analyse en français", ["fr", "en"]);
  const page = await analysisPage(seeded, LAPTOP);
  await page.getByRole("heading", { name: "Groupes comparés" }).waitFor();
  expect(await page.locator("html").getAttribute("lang")).toBe("fr");
  expect(await page.locator(".legend").textContent()).toContain("Accord net (% d'accord − % pas d'accord) :");
  const heads = await page.locator("[data-testid=heat-map] thead th[scope=col]").allInnerTexts();
  expect(heads[0]).toBe("Affirmation");
  expect(heads.slice(-3).map((text) => text.replace(/\s+/g, " ").trim())).toEqual([
    "HCT réunie",
    "Autres réunis",
    "HCT − autres moyenne, en points de l'échelle",
  ]);
  // Figures are written the French way: a narrow no-break space before %, a decimal comma.
  const net = await page.locator("[data-testid=heat-map] td[data-net] .net").first().textContent();
  expect(net).toMatch(/^(?:[+−]\d+|0)\u202f%$/);
  await page.getByRole("heading", { name: "Affirmations signalées" }).waitFor();
  await page.getByTestId("flags-mostPositive").getByRole("heading", { name: "Les plus positives" }).waitFor();
  const reason = await page.getByTestId("flags-mostPositive").locator(".reason").first().textContent();
  expect(reason).toMatch(/^positive : \d+\u202f% d'accord, .* moyenne \d,\d points sur 5, n = \d+$/);
  expect(await page.getByRole("navigation").getByRole("link").allTextContents()).toEqual([
    "Groupes comparés",
    "Liste retenue",
    "Vue de la retraite",
    "Exports",
  ]);
  await screenshot(page, "analysis-french");

  await page.getByRole("link", { name: "Liste retenue" }).click();
  await page.getByRole("button", { name: "Enregistrer la liste" }).waitFor();
  await page.getByLabel("Ajouter une affirmation à la liste").waitFor();
  await page.getByRole("link", { name: "Exports" }).click();
  await page.getByRole("button", { name: "Ouvrir le rapport imprimable" }).waitFor();
  await page.getByRole("button", { name: "La liste retenue en CSV" }).waitFor();
  await page.context().close();
});

test("an Arabic mission's analysis page is right to left with figures left to right, fits a phone, and switches to English", async () => {
  const seeded = await seedDemoMission(screens.server.url, "تحليل البعثة التجريبية", ["ar", "en"]);
  const page = await analysisPage(seeded, PHONE_390);
  await page.getByRole("heading", { name: "مقارنة المجموعات" }).waitFor();
  expect(await page.locator("html").getAttribute("dir")).toBe("rtl");
  expect(await page.locator("html").getAttribute("lang")).toBe("ar");
  await page.getByTestId("flags-mostPositive").getByRole("heading", { name: "الأكثر إيجابية" }).waitFor();
  // Each figure in a reason is isolated left to right, so "+78%" is not read "%78+".
  const reason = (await page.getByTestId("flags-mostPositive").locator(".reason").first().textContent()) ?? "";
  expect(reason).toMatch(/^إيجابية: /);
  expect(reason).toMatch(/\u2066[+−]\d+%\u2069/);
  expect(await page.locator("[data-testid=heat-map] td[data-net] .net").first().getAttribute("dir")).toBe("ltr");
  expect(await page.evaluate<number>("document.scrollingElement.scrollWidth")).toBeLessThanOrEqual(390);
  await screenshot(page, "analysis-arabic-phone");
  await page.getByRole("heading", { name: "العبارات البارزة" }).scrollIntoViewIfNeeded();
  await screenshot(page, "analysis-arabic-phone-flags");

  await page.getByTestId("interface-language").getByRole("combobox").selectOption("en");
  await page.getByRole("heading", { name: "Constituencies compared" }).waitFor();
  expect(await page.locator("html").getAttribute("dir")).toBe("ltr");
  // The mission offers English, so its statements follow the page into English.
  const l1 = seeded.mission.statements.find((s) => s.code === "L1")!;
  await page.locator('[data-testid=heat-map] tr[data-statement="L1"]').getByText(l1.text.en!).waitFor();
  await page.context().close();
});
