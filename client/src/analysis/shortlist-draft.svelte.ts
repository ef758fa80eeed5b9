// The mission team's edits to the shortlist before they are saved: decisions, order within a pillar, notes, additions.
import type { CuratedShortlist, ShortlistCuration, ShortlistEntry } from "@peerpulse/shared";
import { api, ApiFailure } from "../lib/connection/api.ts";

/** Where the draft stands against what the server holds. */
export type DraftStatus = "saved" | "changed" | "saving" | "failed";

/** The curation being edited; its entries keep the team's order, which the server keeps too. */
export class ShortlistDraft {
  #entries = $state<ShortlistEntry[]>([]);
  #status = $state<DraftStatus>("saved");
  #problem = $state("");
  /** Set once a save succeeded in this session, so "saved" is said only after a save. */
  #savedOnce = $state(false);
  readonly #pillarOf: (code: string) => string;

  constructor(shortlist: CuratedShortlist, pillarOf: (code: string) => string) {
    this.#pillarOf = pillarOf;
    this.reset(shortlist);
  }

  get entries(): ShortlistEntry[] {
    return this.#entries;
  }
  get status(): DraftStatus {
    return this.#status;
  }
  get problem(): string {
    return this.#problem;
  }
  get savedOnce(): boolean {
    return this.#savedOnce;
  }

  /** Starts again from the shortlist the server holds. */
  reset(shortlist: CuratedShortlist): void {
    this.#entries = shortlist.pillars.flatMap((group) =>
      group.items.map(({ code, decision, note, addedByHand }) => ({ code, decision, note, addedByHand })),
    );
    this.#status = "saved";
    this.#problem = "";
  }

  /** The entries of one pillar, in the team's order. */
  inPillar(pillar: string): ShortlistEntry[] {
    return this.#entries.filter((entry) => this.#pillarOf(entry.code) === pillar);
  }

  has(code: string): boolean {
    return this.#entries.some((entry) => entry.code === code);
  }

  decide(code: string, decision: ShortlistEntry["decision"]): void {
    this.#edit(code, (entry) => (entry.decision = decision));
  }

  writeNote(code: string, note: string): void {
    this.#edit(code, (entry) => (entry.note = note));
  }

  /** Swaps a statement with its neighbour in the same pillar; false when it is already at that end. */
  move(code: string, direction: -1 | 1): boolean {
    const pillar = this.#pillarOf(code);
    const siblings = this.inPillar(pillar);
    const at = siblings.findIndex((entry) => entry.code === code);
    const neighbour = siblings[at + direction];
    if (at < 0 || !neighbour) return false;
    const from = this.#entries.findIndex((entry) => entry.code === code);
    const to = this.#entries.findIndex((entry) => entry.code === neighbour.code);
    const moved = [...this.#entries];
    [moved[from], moved[to]] = [moved[to]!, moved[from]!];
    this.#entries = moved;
    this.#changed();
    return true;
  }

  /** Puts a statement the analysis did not flag on the shortlist, at the end of its pillar. */
  add(code: string): void {
    if (this.has(code)) return;
    this.#entries = [...this.#entries, { code, decision: "accepted", note: "", addedByHand: true }];
    this.#changed();
  }

  /** Takes a statement added by hand off the list again (flagged ones can only be dropped: they would come back). */
  remove(code: string): void {
    this.#entries = this.#entries.filter((entry) => entry.code !== code || !entry.addedByHand);
    this.#changed();
  }

  /** Stores the curation with the mission; resolves with the shortlist the server now holds, or null on failure. */
  async save(missionId: string, facilitatorKey: string): Promise<CuratedShortlist | null> {
    this.#status = "saving";
    const body: ShortlistCuration = { entries: this.#entries.map((entry) => ({ ...entry })) };
    try {
      const { shortlist } = await api<{ shortlist: CuratedShortlist }>(
        "PUT",
        `/api/missions/${encodeURIComponent(missionId)}/shortlist`,
        { facilitatorKey, body },
      );
      this.reset(shortlist);
      this.#savedOnce = true;
      return shortlist;
    } catch (error) {
      this.#status = "failed";
      this.#problem = error instanceof ApiFailure || error instanceof Error ? error.message : String(error);
      return null;
    }
  }

  #edit(code: string, change: (entry: ShortlistEntry) => void): void {
    const entry = this.#entries.find((candidate) => candidate.code === code);
    if (!entry) return;
    change(entry);
    this.#changed();
  }

  #changed(): void {
    this.#status = "changed";
    this.#problem = "";
  }
}
