// The facilitator's desk for a workshop's break-out: open it, close or reopen it to rapporteurs, and write any
// group's priorities with the facilitator key (rules B1, B2, B4). The groups' records follow the live feed
// (`breakout:updated`); the rapporteur links come only from these answers.
import type {
  BreakoutGroupDraft,
  BreakoutStatus,
  FacilitatorBreakout,
  PriorityDraft,
  RapporteurLink,
} from "@peerpulse/shared";
import { api, ApiFailure } from "../lib/connection/api.ts";
import type { PriorityFeed } from "../lib/connection/priority-feed.svelte.ts";
import { saveRefusal } from "../lib/breakout/save-refusal.ts";
import type { SaveRefusal } from "../lib/i18n/priority-form-messages.ts";

export class BreakoutDesk {
  #links = $state<RapporteurLink[]>([]);
  #loaded = $state(false);
  #problem = $state<string | null>(null);
  readonly #base: string;
  readonly #key: string;
  readonly #feed: PriorityFeed;

  constructor(workshopId: string, facilitatorKey: string, feed: PriorityFeed) {
    this.#base = `/api/workshops/${encodeURIComponent(workshopId)}/breakout`;
    this.#key = facilitatorKey;
    this.#feed = feed;
  }

  /** Whether the first read answered (a break-out, or none yet). */
  get loaded(): boolean {
    return this.#loaded;
  }
  get links(): RapporteurLink[] {
    return this.#links;
  }
  /** The server's words for the last refused command, if any. */
  get problem(): string | null {
    return this.#problem;
  }

  async load(): Promise<void> {
    try {
      this.#adopt(await api<FacilitatorBreakout>("GET", this.#base, { facilitatorKey: this.#key }));
    } catch (error) {
      if (!(error instanceof ApiFailure && error.code === "breakout_not_found")) this.#problem = String(error);
    }
    this.#loaded = true;
  }

  /** Opens the break-out: one group per pillar without `groups`, else the groups named. */
  open(groups?: BreakoutGroupDraft[]): Promise<void> {
    return this.#command("POST", this.#base, groups ? { groups } : {});
  }

  setStatus(status: BreakoutStatus): Promise<void> {
    return this.#command("PUT", `${this.#base}/status`, { status });
  }

  /** Writes a group's priority (new when `priorityId` is null); resolves with the refusal, if any. */
  async save(groupId: string, priorityId: string | null, draft: PriorityDraft): Promise<SaveRefusal | null> {
    const group = `${this.#base}/groups/${encodeURIComponent(groupId)}/priorities`;
    try {
      if (priorityId === null) this.#adopt(await this.#call("POST", group, draft));
      else this.#adopt(await this.#call("PUT", `${group}/${encodeURIComponent(priorityId)}`, draft));
      return null;
    } catch (error) {
      return saveRefusal(error);
    }
  }

  remove(groupId: string, priorityId: string): Promise<void> {
    const path = `${this.#base}/groups/${encodeURIComponent(groupId)}/priorities/${encodeURIComponent(priorityId)}`;
    return this.#command("DELETE", path);
  }

  async #command(method: "POST" | "PUT" | "DELETE", path: string, body?: unknown): Promise<void> {
    try {
      this.#adopt(await this.#call(method, path, body));
      this.#problem = null;
    } catch (error) {
      this.#problem = error instanceof Error ? error.message : String(error);
    }
  }

  #call(method: "POST" | "PUT" | "DELETE", path: string, body?: unknown): Promise<FacilitatorBreakout> {
    return api<FacilitatorBreakout>(method, path, { facilitatorKey: this.#key, body });
  }

  #adopt(answer: FacilitatorBreakout): void {
    this.#links = answer.links;
    this.#feed.adoptBreakout(answer.breakout);
  }
}
