// Rule P1 in Chromium: results revealed on one statement do not carry over when the facilitator moves on.
import { expect, test } from "vitest";
import { screensUnderTest, screenshot } from "../support/browser.ts";
import { createWorkshop, socketParticipant } from "../support/browser-fixtures.ts";
import { facilitatorContext, openConsoleRun, openPresenter } from "../support/facilitator-pages.ts";

const screens = screensUnderTest();

test("P1: reveal, then Next → on the console: the next statement starts hidden on the presenter", async () => {
  const setup = await createWorkshop(screens.server.url, { pacing: "presenter-led", anonymityMinimum: 2 });
  const [first, second] = setup.mission.statements.map((statement) => statement.code);
  const voters = await Promise.all([1, 2].map(() => socketParticipant(screens.server.url, setup.joinCode)));
  for (const voter of voters) expect((await voter.rate(first!, 4)).ok).toBe(true);

  const context = await facilitatorContext(screens.browser, setup);
  const console = await openConsoleRun(context, screens.server.url, setup);
  const presenter = await openPresenter(context, screens.server.url, setup);
  await presenter.getByText("Statement 1 of 30").waitFor();

  await console.getByRole("button", { name: "Reveal results" }).click();
  await presenter.getByTestId("likert-chart").waitFor();
  await console.getByRole("button", { name: "Next →" }).click();

  await presenter.getByText("Statement 2 of 30").waitFor();
  await presenter.getByText("Results are hidden until the facilitator reveals them.").waitFor();
  expect(await presenter.getByTestId("likert-chart").count()).toBe(0);
  await console.getByRole("button", { name: "Reveal results" }).waitFor();

  // People vote on the new statement: the presenter counts answers but shows no distribution.
  for (const voter of voters) expect((await voter.rate(second!, 2)).ok).toBe(true);
  await presenter.getByTestId("answers").getByText("2", { exact: true }).waitFor();
  expect(await presenter.getByTestId("likert-chart").count()).toBe(0);
  await screenshot(presenter, "presenter-next-hidden");

  // Going back hides too: the earlier statement is shown again only when revealed again.
  await console.getByRole("button", { name: "Reveal results" }).click();
  await presenter.getByTestId("likert-chart").waitFor();
  await console.getByRole("button", { name: "← Previous" }).click();
  await presenter.getByText("Statement 1 of 30").waitFor();
  await presenter.getByText("Results are hidden until the facilitator reveals them.").waitFor();
  expect(await presenter.getByTestId("likert-chart").count()).toBe(0);

  for (const voter of voters) voter.close();
  await context.close();
});
