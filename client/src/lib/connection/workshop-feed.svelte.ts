// A facilitator's live feed of one workshop: the view, its control state and its tallies, re-subscribed on reconnect.
import type {
  ApiError,
  FacilitatorWorkshopView,
  WorkshopCommand,
  WorkshopControlState,
  WorkshopTally,
} from "@peerpulse/shared";
import { PriorityFeed } from "./priority-feed.svelte.ts";
import { connectFacilitator, request, type PeerpulseSocket } from "./socket.ts";

const ACK_TIMEOUT_MS = 8000;

/** Shared by the presenter screen and the console: both follow a workshop as its facilitator. */
export class WorkshopFeed {
  #view = $state<FacilitatorWorkshopView | null>(null);
  #tally = $state<WorkshopTally | null>(null);
  #connected = $state(false);
  #problem = $state<ApiError | null>(null);
  readonly #socket: PeerpulseSocket;
  readonly #workshopId: string;
  /** Step 2 of the workshop (break-out and priority vote), on the same socket and subscription. */
  readonly priorities: PriorityFeed;

  constructor(missionId: string, workshopId: string, facilitatorKey: string) {
    this.#workshopId = workshopId;
    this.#socket = connectFacilitator(missionId, facilitatorKey);
    this.priorities = new PriorityFeed(this.#socket, workshopId);
    this.#socket.on("connect", () => {
      this.#connected = true;
      void this.#subscribe();
    });
    this.#socket.on("disconnect", () => (this.#connected = false));
    this.#socket.on("connect_error", (error: Error & { data?: ApiError }) => {
      this.#problem = error.data ?? { code: "internal", message: error.message };
    });
    this.#socket.on("tally:updated", (tally) => {
      if (tally.workshopId === this.#workshopId) this.#tally = tally;
    });
    this.#socket.on("workshop:updated", (state) => this.#apply(state));
  }

  get view(): FacilitatorWorkshopView | null {
    return this.#view;
  }
  get tally(): WorkshopTally | null {
    return this.#tally;
  }
  get connected(): boolean {
    return this.#connected;
  }
  get problem(): ApiError | null {
    return this.#problem;
  }

  /** Sends a facilitator command; resolves with the refusal, if any. */
  async command(command: WorkshopCommand): Promise<ApiError | null> {
    try {
      const ack = await request(
        this.#socket,
        "workshop:control",
        { workshopId: this.#workshopId, ...command },
        ACK_TIMEOUT_MS,
      );
      if (!ack.ok) return ack.error;
      this.#apply(ack.data);
      return null;
    } catch {
      return { code: "internal", message: "no answer from the server; check the connection" };
    }
  }

  close(): void {
    this.#socket.close();
  }

  async #subscribe(): Promise<void> {
    try {
      const ack = await request(this.#socket, "workshop:subscribe", { workshopId: this.#workshopId }, ACK_TIMEOUT_MS);
      if (ack.ok) {
        this.#view = ack.data;
        this.#problem = null;
      } else this.#problem = ack.error;
    } catch {
      this.#problem = { code: "internal", message: "no answer from the server" };
    }
  }

  #apply(state: WorkshopControlState): void {
    if (!this.#view || state.id !== this.#workshopId) return;
    this.#view.workshop = { ...this.#view.workshop, ...state };
  }
}
