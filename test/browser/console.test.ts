// The facilitator console: a mission from the sample questionnaire, its key kept, a workshop run, the presenter opened.
import { expect, test } from "vitest";
import { screensUnderTest, PROJECTOR, reportPageErrors, screenshot } from "../support/browser.ts";

const screens = screensUnderTest();

test("creates a mission from the sample, keeps the key, runs a workshop and opens the presenter", async () => {
  const context = await screens.browser.newContext({ ...PROJECTOR, reducedMotion: "reduce" });
  reportPageErrors(context);
  const page = await context.newPage();
  await page.goto(`${screens.server.url}/console.html`);

  await page.getByLabel("Title").fill("OPR Testland 2026");
  await page.getByLabel("Country").fill("Testland");
  await page.getByLabel("French").check();
  await page.getByLabel("Constituency 1 name").fill("INGO forum");
  await page.getByRole("button", { name: "Add a constituency" }).click();
  await page.getByLabel("Constituency 2 name").fill("HCT");
  await page.getByRole("button", { name: "Create the mission" }).click();

  const key = await page.getByTestId("facilitator-key").textContent();
  expect(key?.length).toBeGreaterThan(10);
  await page.getByRole("button", { name: "Continue to the mission" }).click();
  const missionId = new URL(page.url()).searchParams.get("mission")!;
  expect(await page.evaluate(`localStorage.getItem("peerpulse:key:${missionId}")`)).toBe(JSON.stringify(key));

  await page.getByLabel("Place").fill("Capital");
  await page.getByRole("button", { name: "Create the workshop" }).click();
  await page.getByRole("button", { name: "Run" }).click();
  await page.getByTestId("workshop-status").getByText("draft").waitFor();
  await page.getByRole("button", { name: "Open the workshop" }).click();
  await page.getByTestId("workshop-status").getByText("open").waitFor();
  await page.getByRole("button", { name: "Next →" }).click();
  await page.locator('tr[aria-current="step"] th').getByText("L2").waitFor();
  await page.getByRole("button", { name: "Lock L2" }).click();
  await page.getByRole("button", { name: "Unlock L2" }).waitFor();
  await screenshot(page, "console");

  const [presenter] = await Promise.all([
    context.waitForEvent("page"),
    page.getByRole("button", { name: "Open the presenter screen" }).click(),
  ]);
  await presenter.getByText("Statement 2 of 30").waitFor();
  await presenter.getByText("Results are hidden until the facilitator reveals them.").waitFor();
  await page.getByRole("button", { name: "Reveal results" }).click();
  await presenter
    .getByText(/Hidden to keep answers anonymous: 0 answered/)
    .first()
    .waitFor();
  await context.close();
});
