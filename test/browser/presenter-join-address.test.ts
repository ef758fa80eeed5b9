// G1: on a laptop started without PUBLIC_URL, the presenter projects a join address phones can open (the machine's
// network address, not localhost), lets the facilitator pick another when there are several, and a phone joins there.
import { networkInterfaces } from "node:os";
import type { Page } from "playwright-core";
import { expect, test } from "vitest";
import { machineAddresses } from "../../server/src/network/machine-addresses.ts";
import { PHONE, PROJECTOR, screensUnderTest, screenshot } from "../support/browser.ts";
import { createWorkshop, type WorkshopSetup } from "../support/browser-fixtures.ts";

// Bound to every IPv4 and IPv6 address, as a laptop on Wi-Fi and Ethernet would have several to offer.
const HOST = "::";
const screens = screensUnderTest({ environment: { PUBLIC_URL: "", HOST } });

async function presenter(setup: WorkshopSetup): Promise<Page> {
  const context = await screens.browser.newContext({ ...PROJECTOR, reducedMotion: "reduce" });
  const page = await context.newPage();
  await page.addInitScript({
    content: `localStorage.setItem(${JSON.stringify(`peerpulse:key:${setup.mission.id}`)}, ${JSON.stringify(JSON.stringify(setup.facilitatorKey))});`,
  });
  await page.goto(`${screens.server.url}/present.html?workshop=${setup.workshopId}&mission=${setup.mission.id}`);
  return page;
}

test("G1: the presenter shows the machine's network address to join at, a picker when there are several, and a phone joins at the one picked", async () => {
  // A phone on the network address opens the page over plain HTTP, where Chromium ignores the COOP header and says so.
  screens.pageErrors.allowConsoleErrors(/Cross-Origin-Opener-Policy header has been ignored/);
  const setup = await createWorkshop(screens.server.url, { languages: ["en"] });
  const port = Number(new URL(screens.server.url).port);
  const hosts = machineAddresses(networkInterfaces(), { port, address: HOST }).map(
    ({ origin }) => new URL(origin).host,
  );
  expect(hosts.length, "this machine has no network address besides loopback").toBeGreaterThan(0);

  const screen = await presenter(setup);
  const address = screen.locator(".join .address");
  await address.getByText(hosts[0]!, { exact: true }).waitFor();
  expect(await address.textContent()).not.toMatch(/localhost|127\.0\.0\.1/);
  const qr = screen.getByRole("img", { name: /Scan to join|QR/ });
  expect(await qr.getAttribute("aria-label")).toContain(`http://${hosts[0]}/j/${setup.joinCode}`);

  const picker = screen.getByTestId("join-address");
  let chosen = hosts[0]!;
  if (hosts.length > 1) {
    const offered = await Promise.all(
      (await picker.locator("option").all()).map((option) => option.getAttribute("value")),
    );
    expect(offered).toEqual(hosts);
    chosen = hosts[1]!;
    await picker.selectOption(chosen);
    await address.getByText(chosen, { exact: true }).waitFor();
    expect(await qr.getAttribute("aria-label")).toContain(`http://${chosen}/j/${setup.joinCode}`);
    expect(new URL(screen.url()).searchParams.get("join")).toBe(chosen);
    await screenshot(screen, "presenter-join-address-picked");
    // The choice is kept in the address: a reload shows the same one.
    await screen.reload();
    await address.getByText(chosen, { exact: true }).waitFor();
  } else {
    expect(await picker.count()).toBe(0);
  }

  // A phone opens exactly what the presenter projects, and joins: the joined count moves.
  const phone = await (await screens.browser.newContext(PHONE)).newPage();
  await phone.goto(`http://${chosen}/j/${setup.joinCode}#${setup.view.workshop.joinToken}`);
  await phone.getByRole("button", { name: "Agree", exact: true }).first().waitFor();
  await screen.getByTestId("joined").getByText("1", { exact: true }).waitFor();
});
