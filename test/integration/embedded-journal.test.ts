// The embedded store's durability: replay at start, compaction that forgets nothing, a torn last line dropped.
import { appendFileSync, mkdtempSync, readdirSync, readFileSync, readlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { EmbeddedStore } from "../../server/src/store/embedded/embedded.store.ts";
import type { StateOperation } from "../../server/src/store/embedded/embedded-state.ts";
import { Journal } from "../../server/src/store/embedded/journal.ts";
import { until } from "../support/until.ts";
import { aMission, aRating, aWorkshop, STATEMENT_CODES } from "../support/fixtures.ts";

const SETUP = { statementCodes: [...STATEMENT_CODES], scalePoints: 5 };

async function seeded(dataDir: string, compactAfter?: number) {
  const store = new EmbeddedStore({ dataDir, ...(compactAfter ? { compactAfter } : {}) });
  const mission = aMission();
  await store.createMission(mission, "hash");
  const workshop = aWorkshop(mission, { pacing: "presenter-led", currentIndex: 4 });
  await store.createWorkshop(workshop, SETUP);
  await store.addParticipant(workshop.id, "p1", "t1");
  return { store, mission, workshop };
}

describe("embedded store journal", () => {
  it("J1: a reopened store replays the journal to the same state", async () => {
    const dataDir = mkdtempSync(join(tmpdir(), "peerpulse-journal-"));
    const { store, workshop } = await seeded(dataDir);
    await store.recordRating(aRating(workshop, "p1", "L1", 5));
    await store.updateWorkshop(workshop.id, { lock: "L2", revealed: true });
    // On the last statement (4) a step on stays there; the step back lands on 3, each replayed the same way.
    await store.updateWorkshop(workshop.id, { step: 1, entryClosed: true, expectedSize: 25 });
    await store.updateWorkshop(workshop.id, { step: -1, revealed: true });
    const before = { tally: await store.getTally(workshop.id), workshop: await store.getWorkshop(workshop.id) };
    expect(before.workshop).toMatchObject({ currentIndex: 3, revealed: true, entryClosed: true, expectedSize: 25 });
    await store.close();
    const reopened = new EmbeddedStore({ dataDir });
    expect({ tally: await reopened.getTally(workshop.id), workshop: await reopened.getWorkshop(workshop.id) }).toEqual(
      before,
    );
    await reopened.close();
  });

  it("J2: compaction keeps every count, control state and vote id, and shortens the journal", async () => {
    const dataDir = mkdtempSync(join(tmpdir(), "peerpulse-journal-"));
    const { store, workshop } = await seeded(dataDir, 40);
    const first = aRating(workshop, "p1", "C1", 1);
    await store.recordRating(first);
    for (let round = 0; round < 100; round += 1)
      await store.recordRating(aRating(workshop, "p1", "C2", (round % 5) + 1));
    await store.updateWorkshop(workshop.id, { status: "closed", lock: "A1", currentIndex: 3 });
    await store.compacted();
    // 105 lines were written; the compaction at the 40th kept one line per current rating and what came after it.
    const lines = readFileSync(join(dataDir, "journal.ndjson"), "utf8").trim().split("\n").length;
    expect(lines).toBeLessThan(80);
    const before = { tally: await store.getTally(workshop.id), workshop: await store.getWorkshop(workshop.id) };
    await store.close();
    const reopened = new EmbeddedStore({ dataDir, compactAfter: 40 });
    expect({ tally: await reopened.getTally(workshop.id), workshop: await reopened.getWorkshop(workshop.id) }).toEqual(
      before,
    );
    await reopened.updateWorkshop(workshop.id, { status: "open" });
    // The vote id of a rating replaced long ago is still known: a replay of it changes nothing.
    expect(await reopened.recordRating(first)).toEqual({ accepted: true, outcome: "duplicate" });
    await reopened.close();
  });

  it("J5: ratings written while a compaction runs in the background are all kept after it", async () => {
    const dataDir = mkdtempSync(join(tmpdir(), "peerpulse-journal-"));
    const { store, workshop } = await seeded(dataDir, 150);
    const participants = Array.from({ length: 40 }, (_, index) => `p${index}`);
    for (const participant of participants) await store.addParticipant(workshop.id, participant, `t-${participant}`);
    // Each call below is answered before the next starts; the 150th of the 243 lines starts a compaction that cannot
    // finish within the loop (its file is written from the thread pool), so the later ratings land in its tail.
    for (const [index, participant] of participants.entries())
      for (const code of STATEMENT_CODES)
        expect(await store.recordRating(aRating(workshop, participant, code, (index % 5) + 1))).toMatchObject({
          accepted: true,
        });
    await store.compacted();
    const before = await store.getTally(workshop.id);
    expect(before?.voted).toBe(40);
    await store.close();
    const reopened = new EmbeddedStore({ dataDir });
    expect(await reopened.getTally(workshop.id)).toEqual(before);
    // The journal is the compacted snapshot (it ends each workshop with workshop.restore) followed by the lines
    // appended while it was written.
    const ops = readFileSync(join(dataDir, "journal.ndjson"), "utf8")
      .trim()
      .split("\n")
      .map((line) => (JSON.parse(line) as { op: string }).op);
    const restoredAt = ops.indexOf("workshop.restore");
    expect(restoredAt).toBeGreaterThan(0);
    expect(ops.slice(restoredAt + 1).filter((op) => op === "rating.record").length).toBeGreaterThan(0);
    await reopened.close();
  });

  it("J6: the flush to disk runs beside compactions without losing a line or leaving a replaced file open", async () => {
    const dataDir = mkdtempSync(join(tmpdir(), "peerpulse-journal-"));
    // Open file descriptors of this process on the journal's folder (the replaced files are renamed over, not kept).
    const openHere = () =>
      readdirSync("/proc/self/fd").filter((fd) => {
        try {
          return readlinkSync(`/proc/self/fd/${fd}`).startsWith(dataDir);
        } catch {
          return false; // closed while listing
        }
      }).length;
    const flushErrors: Error[] = [];
    // A flush every millisecond, so compactions meet flushes in flight: a file closed under one would fail it.
    const journal = new Journal(dataDir, 1, (error) => flushErrors.push(error));
    const line = (index: number): StateOperation => ({ op: "votes.seen", workshopId: "w", voteIds: [`v${index}`] });
    let written = 0;
    for (let round = 0; round < 20; round += 1) {
      for (let index = 0; index < 50; index += 1) journal.append(line(written++));
      await journal.compact(Array.from({ length: written }, (_, index) => line(index)));
      expect(journal.openFiles).toBeLessThanOrEqual(2);
    }
    journal.close();
    await until(() => journal.openFiles === 0, "replaced journal files closed");
    expect(openHere()).toBe(0);
    expect(flushErrors).toEqual([]);
    const reopened = new Journal(dataDir);
    expect(reopened.replay().operations).toEqual(Array.from({ length: written }, (_, index) => line(index)));
    reopened.close();
  });

  it("J7: ratings are journalled at the end of their turn: one whose statement is locked meanwhile is refused, live and on replay", async () => {
    const dataDir = mkdtempSync(join(tmpdir(), "peerpulse-journal-"));
    const { store, workshop } = await seeded(dataDir);
    const refused = store.recordRating(aRating(workshop, "p1", "L1", 4));
    const kept = store.recordRating(aRating(workshop, "p1", "L2", 2));
    await store.updateWorkshop(workshop.id, { lock: "L1" }); // applied at once, before the turn's ratings
    expect(await refused).toEqual({ accepted: false, refusal: "statement_locked" });
    expect(await kept).toEqual({ accepted: true, outcome: "recorded" });
    const before = await store.getTally(workshop.id);
    expect(before?.statements.L1).toEqual({ counts: [0, 0, 0, 0, 0], dontKnow: 0 });
    expect(before?.statements.L2).toEqual({ counts: [0, 1, 0, 0, 0], dontKnow: 0 });
    await store.close();
    const reopened = new EmbeddedStore({ dataDir });
    expect(await reopened.getTally(workshop.id)).toEqual(before);
    await reopened.close();
  });

  it("J3: a final line cut short by a crash is dropped with a warning and the rest is kept", async () => {
    const dataDir = mkdtempSync(join(tmpdir(), "peerpulse-journal-"));
    const { store, workshop } = await seeded(dataDir);
    await store.recordRating(aRating(workshop, "p1", "L1", 2));
    await store.close();
    appendFileSync(join(dataDir, "journal.ndjson"), '{"op":"rating.record","rating":{"workshopId":');
    const warnings: string[] = [];
    const reopened = new EmbeddedStore({ dataDir, onWarning: (message) => warnings.push(message) });
    expect((await reopened.getTally(workshop.id))?.statements.L1?.counts).toEqual([0, 1, 0, 0, 0]);
    expect(warnings).toHaveLength(1);
    await reopened.recordRating(aRating(workshop, "p1", "L2", 3));
    await reopened.close();
    const again = new EmbeddedStore({ dataDir });
    expect((await again.getTally(workshop.id))?.voted).toBe(1);
    expect((await again.getTally(workshop.id))?.statements.L2?.counts).toEqual([0, 0, 1, 0, 0]);
    await again.close();
  });

  it("J4: compaction keeps carried-over counts and the shortlist curation", async () => {
    const dataDir = mkdtempSync(join(tmpdir(), "peerpulse-journal-"));
    const { store, mission } = await seeded(dataDir, 20);
    const imported = aWorkshop(mission, { status: "open" });
    const carried = { joined: 3, voted: 3, statements: { L1: { counts: [0, 0, 3, 0, 0], dontKnow: 0 } } };
    await store.importWorkshop(imported, SETUP, carried);
    await store.saveShortlistCuration(mission.id, {
      entries: [{ code: "L1", decision: "accepted", note: "n", addedByHand: true }],
    });
    for (let round = 0; round < 30; round += 1)
      await store.recordRating(aRating(imported, "p1", "L1", (round % 5) + 1));
    const before = await store.getTally(imported.id);
    await store.close();
    const reopened = new EmbeddedStore({ dataDir });
    expect(await reopened.getTally(imported.id)).toEqual(before);
    expect(before?.statements.L1?.counts).toEqual([0, 0, 3, 0, 1]);
    expect((await reopened.getShortlistCuration(mission.id))?.entries[0]?.note).toBe("n");
    await reopened.close();
  });
});
