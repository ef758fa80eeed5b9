// The facilitator console: a mission from the sample questionnaire, its key kept, a workshop run, the presenter opened;
// a mission this browser does not hold opened by id and key, and one imported from a transfer file.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, test } from "vitest";
import { startApp } from "../support/app-harness.ts";
import { createWorkshop, socketParticipant, type WorkshopSetup } from "../support/browser-fixtures.ts";
import { screensUnderTest, PROJECTOR, screenshot } from "../support/browser.ts";

const screens = screensUnderTest();

test("creates a mission from the sample, keeps the key, runs a workshop and opens the presenter", async () => {
  const context = await screens.browser.newContext({ ...PROJECTOR, reducedMotion: "reduce" });
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

test("opens a mission this browser does not hold from the console home, with its id and key (the demo's way)", async () => {
  const { mission, facilitatorKey } = await createWorkshop(screens.server.url, { open: false });
  const context = await screens.browser.newContext({ ...PROJECTOR, reducedMotion: "reduce" });
  const page = await context.newPage();
  await page.goto(`${screens.server.url}/console.html`);
  const form = page.getByRole("region", { name: "Open a mission" });
  await form.getByLabel("Mission id").fill(mission.id);
  await form.getByLabel("Facilitator key", { exact: true }).fill("fk_not-the-key");
  await form.getByRole("button", { name: "Open the mission" }).click();
  await form.getByRole("alert").getByText("This key does not open this mission").waitFor();
  expect(await page.evaluate(`localStorage.getItem("peerpulse:key:${mission.id}")`)).toBeNull();

  await form.getByLabel("Facilitator key", { exact: true }).fill(facilitatorKey);
  await form.getByRole("button", { name: "Open the mission" }).click();
  await page.getByRole("heading", { level: 1, name: mission.title }).waitFor();
  expect(new URL(page.url()).searchParams.get("mission")).toBe(mission.id);
  expect(await page.evaluate(`localStorage.getItem("peerpulse:key:${mission.id}")`)).toBe(
    JSON.stringify(facilitatorKey),
  );
  await context.close();
});

test("imports a transfer file from another deployment with the console's button, and says when it is already here", async () => {
  // The other deployment: a laptop that ran a workshop offline, with its own store.
  const laptop = await startApp("embedded");
  const file = join(mkdtempSync(join(tmpdir(), "peerpulse-transfer-")), "peerpulse-mission.json");
  let setup: WorkshopSetup;
  try {
    setup = await createWorkshop(laptop.url);
    const voter = await socketParticipant(laptop.url, setup.joinCode);
    expect((await voter.rate("L1", 4)).ok).toBe(true);
    voter.close();
    const transfer = await fetch(`${laptop.url}/api/missions/${setup.mission.id}/transfer`, {
      headers: { "x-facilitator-key": setup.facilitatorKey },
    });
    writeFileSync(file, Buffer.from(await transfer.arrayBuffer()));
  } finally {
    await laptop.close();
  }

  const context = await screens.browser.newContext({ ...PROJECTOR, reducedMotion: "reduce" });
  const page = await context.newPage();
  await page.goto(`${screens.server.url}/console.html`);
  const form = page.getByRole("region", { name: "Import a mission" });
  await form.getByLabel("Transfer file").setInputFiles(file);
  await form.getByLabel("Facilitator key of that mission").fill("fk_not-the-key");
  await form.getByRole("button", { name: "Import the mission" }).click();
  await form.getByRole("alert").getByText("This key does not open this file").waitFor();

  await form.getByLabel("Facilitator key of that mission").fill(setup.facilitatorKey);
  await form.getByRole("button", { name: "Import the mission" }).click();
  await page.getByRole("heading", { level: 1, name: setup.mission.title }).waitFor();
  await page.locator("tbody tr").getByText("closed").waitFor();
  await screenshot(page, "console-imported");

  // The same file again: nothing is imported twice, and the console offers to open the mission already here.
  await page.goto(`${screens.server.url}/console.html`);
  await form.getByLabel("Transfer file").setInputFiles(file);
  await form.getByLabel("Facilitator key of that mission").fill(setup.facilitatorKey);
  await form.getByRole("button", { name: "Import the mission" }).click();
  await form.getByRole("alert").getByText("already on this server").waitFor();
  await form.getByRole("button", { name: "Open it" }).click();
  await page.getByRole("heading", { level: 1, name: setup.mission.title }).waitFor();
  await context.close();
});

test("T8: the console adds a follow-up round's workshop to a mission whose baseline ran, and lists each workshop's round", async () => {
  const { mission, facilitatorKey } = await createWorkshop(screens.server.url, { open: false });
  const context = await screens.browser.newContext({ ...PROJECTOR, reducedMotion: "reduce" });
  const page = await context.newPage();
  await page.goto(`${screens.server.url}/console.html`);
  const form = page.getByRole("region", { name: "Open a mission" });
  await form.getByLabel("Mission id").fill(mission.id);
  await form.getByLabel("Facilitator key", { exact: true }).fill(facilitatorKey);
  await form.getByRole("button", { name: "Open the mission" }).click();
  await page.getByRole("heading", { level: 1, name: mission.title }).waitFor();

  await page.getByLabel("Round").selectOption({ label: "Round 2 (new follow-up)" });
  await page.getByLabel("Place").fill("Capital, six months on");
  await page.getByRole("button", { name: "Create the workshop" }).click();
  const row = page.getByRole("row").filter({ hasText: "Capital, six months on" });
  await row.waitFor();
  expect(await row.getByRole("cell").nth(1).textContent()).toBe("2");
  // The form stays on the follow-up, now an existing round, and offers a round 3 beyond it.
  expect(await page.getByLabel("Round").inputValue()).toBe("2");
  await page.getByRole("option", { name: "Round 2 (follow-up)", exact: true }).waitFor({ state: "attached" });
  await page.getByRole("option", { name: "Round 3 (new follow-up)" }).waitFor({ state: "attached" });
  const response = await fetch(`${screens.server.url}/api/missions/${mission.id}/workshops`, {
    headers: { "x-facilitator-key": facilitatorKey },
  });
  const { workshops } = (await response.json()) as { workshops: { round: number; joinCode: string }[] };
  expect(workshops.map((workshop) => workshop.round).sort()).toEqual([1, 2]);
  await context.close();
});
