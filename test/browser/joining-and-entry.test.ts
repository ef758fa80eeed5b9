// G2–G6 in the browser: a phone that opens the projected link joins with its join token (and the token leaves the
// address bar), closed entry is said on a new phone while the console shows it, the console warns when more devices
// joined than people are in the room, and a phone whose token the server no longer knows says so and joins anew
// only when the person asks (rule G5).
import type { BrowserContext, Page } from "playwright-core";
import { expect, test } from "vitest";
import { createWorkshop, tally, type WorkshopSetup } from "../support/browser-fixtures.ts";
import { PHONE, PROJECTOR, screensUnderTest, screenshot } from "../support/browser.ts";

const screens = screensUnderTest();

async function phone(): Promise<{ context: BrowserContext; page: Page }> {
  const context = await screens.browser.newContext(PHONE);
  return { context, page: await context.newPage() };
}

async function console(setup: WorkshopSetup): Promise<Page> {
  const context = await screens.browser.newContext({ ...PROJECTOR, reducedMotion: "reduce" });
  const page = await context.newPage();
  await page.addInitScript({
    content: `localStorage.setItem(${JSON.stringify(`peerpulse:key:${setup.mission.id}`)}, ${JSON.stringify(JSON.stringify(setup.facilitatorKey))});`,
  });
  await page.goto(`${screens.server.url}/console.html?mission=${setup.mission.id}&workshop=${setup.workshopId}`);
  return page;
}

test("G3, G4, G6: a phone joins by the projected link; the console closes entry, a new phone is told, and more devices than people are flagged", async () => {
  const setup = await createWorkshop(screens.server.url, { languages: ["en"] });
  expect(setup.view.joinUrl).toContain(`#${setup.view.workshop.joinToken}`);
  const first = await phone();
  await first.page.goto(setup.view.joinUrl);
  await first.page.getByRole("button", { name: "Agree", exact: true }).first().waitFor();
  // The join token left the address bar once joined: a screenshot of the phone does not carry it.
  expect(new URL(first.page.url()).hash).toBe("");

  const runner = await console(setup);
  await runner.getByTestId("entry-state").getByText("Open: new phones can join").waitFor();
  await runner.getByLabel("People in the room").fill("1");
  await runner.getByRole("button", { name: "Set", exact: true }).click();
  await runner.getByTestId("expected-size").getByText("1", { exact: true }).waitFor();
  expect(await runner.getByTestId("over-count").count()).toBe(0);

  const second = await phone();
  await second.page.goto(setup.view.joinUrl);
  await second.page.getByRole("button", { name: "Agree", exact: true }).first().waitFor();
  await runner
    .getByTestId("over-count")
    .getByText(/2 devices joined, more than the 1 people/)
    .waitFor();

  await runner.getByRole("button", { name: "Close entry" }).click();
  await runner.getByTestId("entry-state").getByText("Closed: only phones that joined before can come back").waitFor();
  await screenshot(runner, "console-entry-closed");
  const third = await phone();
  await third.page.goto(setup.view.joinUrl);
  await third.page
    .getByRole("alert")
    .getByText(/closed entry to this workshop/)
    .waitFor();
  // A phone that joined before comes back.
  await first.page.reload();
  await first.page.getByRole("button", { name: "Agree", exact: true }).first().waitFor();
  expect((await tally(screens.server.url, setup)).joined).toBe(2);

  await runner.getByRole("button", { name: "Reopen entry" }).click();
  await runner.getByTestId("entry-state").getByText("Open: new phones can join").waitFor();
  await third.page.getByRole("button", { name: "Join" }).click();
  await third.page.getByRole("button", { name: "Agree", exact: true }).first().waitFor();
  await runner
    .getByTestId("over-count")
    .getByText(/3 devices joined/)
    .waitFor();
  for (const context of [first.context, second.context, third.context, runner.context()]) await context.close();
});

test("G5: a phone whose participant token the server does not know says so, and joins as someone new only when asked", async () => {
  const setup = await createWorkshop(screens.server.url, { languages: ["en"] });
  const { context, page } = await phone();
  await page.goto(setup.view.joinUrl);
  await page.getByRole("button", { name: "Agree", exact: true }).first().waitFor();
  expect((await tally(screens.server.url, setup)).joined).toBe(1);

  // The server loses this phone's place (a reset store, a workshop moved): its token is one it never issued.
  const recordKey = `peerpulse:participant:${setup.workshopId}`;
  await page.evaluate(`(() => {
    const record = JSON.parse(localStorage.getItem(${JSON.stringify(recordKey)}));
    record.token = ${JSON.stringify(setup.workshopId)} + ".AAAAAAAAAAAAAAAAAAAAAAAA";
    localStorage.setItem(${JSON.stringify(recordKey)}, JSON.stringify(record));
  })()`);
  await page.reload();
  const notice = page.getByRole("alert").filter({ hasText: "This phone is no longer in the workshop" });
  await notice.waitFor();
  await screenshot(page, "participant-place-lost");
  // Nothing was joined behind the person's back, and the lost token is gone from the phone.
  expect((await tally(screens.server.url, setup)).joined).toBe(1);
  expect(await page.evaluate(`localStorage.getItem(${JSON.stringify(recordKey)})`)).toBeNull();
  expect(await page.getByRole("button", { name: "Agree", exact: true }).count()).toBe(0);

  await page.getByRole("button", { name: "Join again as a new participant" }).click();
  await page.getByRole("button", { name: "Agree", exact: true }).first().click();
  await expect.poll(async () => (await tally(screens.server.url, setup)).voted).toBe(1);
  expect((await tally(screens.server.url, setup)).joined).toBe(2);
  await context.close();
});
