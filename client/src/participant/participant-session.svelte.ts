// A participant's session: joining by code, the live workshop view, and sending ratings and the vote exactly once.
import {
  type JoinRequest,
  type JoinResult,
  type ParticipantWorkshopView,
  type RatingSubmission,
  type RatingValue,
  type Statement,
  type VoteSubmission,
  type WorkshopControlState,
} from "@peerpulse/shared";
import { nanoid } from "nanoid";
import { api, ApiFailure } from "../lib/connection/api.ts";
import { connectParticipant, request, type PeerpulseSocket } from "../lib/connection/socket.ts";
import { requestVote } from "../lib/connection/vote-request.ts";
import { deviceId } from "../lib/offline/device-id.ts";
import { forgetRecord, loadRecord, saveRecord, type ParticipantRecord } from "../lib/offline/participant-record.ts";
import { RatingQueue, type Settlement } from "../lib/offline/rating-queue.svelte.ts";
import { VoteBallot } from "../lib/offline/vote-ballot.svelte.ts";
import { acknowledgement } from "./acknowledgement.ts";

/** How long a sent rating waits for its acknowledgement before it counts as "waiting to send" again. */
const ACK_TIMEOUT_MS = 6000;

export type JoinProblem = "bad_join_code" | "rate_limited" | "entry_closed" | "network" | "other";
const NAMED_PROBLEMS = new Set<string>(["bad_join_code", "rate_limited", "entry_closed", "network"]);
export type Connection = "connecting" | "online" | "offline";

export class ParticipantSession {
  #record = $state<ParticipantRecord | null>(null);
  #queue = $state<RatingQueue | null>(null);
  #vote = $state<VoteBallot | null>(null);
  #joining = $state(false);
  #problem = $state<JoinProblem | null>(null);
  /** The join code of a workshop whose server no longer knows this phone's token (rule G5), until it joins anew. */
  #placeLost = $state<string | null>(null);
  #connected = $state(false);
  #everConnected = $state(false);
  #networkDown = $state(!navigator.onLine);
  #socket: PeerpulseSocket | null = null;
  #retryTimer: ReturnType<typeof setTimeout> | undefined;

  constructor() {
    addEventListener("offline", () => (this.#networkDown = true));
    addEventListener("online", () => {
      this.#networkDown = false;
      if (this.#socket && !this.#socket.connected) this.#socket.connect();
      this.#flush();
    });
  }

  get view(): ParticipantWorkshopView | null {
    return this.#record?.view ?? null;
  }
  get workshop(): WorkshopControlState | null {
    return this.#record?.view.workshop ?? null;
  }
  get joinCode(): string | null {
    return this.#record?.joinCode ?? null;
  }
  get joining(): boolean {
    return this.#joining;
  }
  get problem(): JoinProblem | null {
    return this.#problem;
  }
  get placeLost(): string | null {
    return this.#placeLost;
  }
  get queue(): RatingQueue | null {
    return this.#queue;
  }
  /** The plenary priority vote and this phone's choice in it. */
  get vote(): VoteBallot | null {
    return this.#vote;
  }
  get connection(): Connection {
    if (this.#networkDown) return "offline";
    if (this.#connected) return "online";
    return this.#everConnected ? "offline" : "connecting";
  }

  /** Whether the server told us this device rated the statement (its value may be unknown here). */
  ratedOnServer(code: string): boolean {
    return this.#record?.ratedCodes.includes(code) ?? false;
  }

  /** Whether a rating of this statement would be accepted now. */
  canRate(statement: Statement): boolean {
    const workshop = this.workshop;
    if (workshop?.status !== "open" || workshop.locked.includes(statement.code)) return false;
    return workshop.pacing === "self-paced" || this.view?.statements[workshop.currentIndex]?.code === statement.code;
  }

  /** Shows a workshop joined earlier at once from the device's copy, then refreshes it from the server. */
  async resume(joinCode: string): Promise<boolean> {
    const record = loadRecord(joinCode);
    if (!record) return false;
    this.#adopt(record);
    this.#connect();
    await this.join(joinCode).catch(() => undefined);
    return true;
  }

  /**
   * Joins by code (keeping the identity this device had in that workshop) and connects. `joinToken` is the one in
   * the workshop's link or QR code: with it, joining is never held up by others' wrong codes (rule G2).
   */
  async join(joinCode: string, joinToken?: string): Promise<void> {
    const code = joinCode.replace(/\s+/g, "");
    const known = this.#record?.joinCode === code ? this.#record : loadRecord(code);
    this.#joining = true;
    this.#problem = null;
    try {
      const request: JoinRequest = { joinCode: code };
      if (known) request.token = known.token;
      if (joinToken) request.joinToken = joinToken;
      const result = await api<JoinResult>("POST", "/api/join", {
        body: request,
        headers: { "x-device-id": deviceId() },
      });
      this.#afterJoin(code, result, known);
    } catch (error) {
      const problem = error instanceof ApiFailure ? error.code : "other";
      // The server does not know this phone's token: never become a second voter behind the person's back.
      if (problem === "bad_participant_token" && known) return this.#losePlace(known);
      // A phone already showing the workshop keeps working from its copy; only a first join reports a problem.
      if (this.#record) return;
      this.#problem = NAMED_PROBLEMS.has(problem) ? (problem as JoinProblem) : "other";
    } finally {
      this.#joining = false;
    }
  }

  /** After the person read that this phone's place was lost: joins the same workshop as a new participant. */
  joinAnew(joinToken?: string): Promise<void> {
    const code = this.#placeLost;
    this.#placeLost = null;
    return code ? this.join(code, joinToken) : Promise.resolve();
  }

  /** Forgets the workshop on this phone (its token, view and unsent ratings) and says so, instead of joining anew. */
  #losePlace(known: ParticipantRecord): void {
    forgetRecord(known);
    this.#disconnect();
    this.#record = null;
    this.#queue = null;
    this.#placeLost = known.joinCode;
  }

  /** One tap: kept on the phone first, then sent; shown as "waiting to send" until the server confirms. */
  rate(statementCode: string, value: RatingValue): void {
    this.#queue?.rate(statementCode, value);
    this.#flush();
  }

  /** The phone's choice in the plenary vote: kept first, then sent, re-sent with its vote id until acknowledged. */
  chooseInVote(choices: string[]): void {
    this.#vote?.choose(choices);
    this.#flush();
  }

  #afterJoin(code: string, result: JoinResult, known: ParticipantRecord | null): void {
    const sameIdentity = known?.token === result.token;
    const record: ParticipantRecord = {
      workshopId: result.view.workshop.id,
      joinCode: code,
      token: result.token,
      view: result.view,
      ratedCodes: result.ratedCodes,
      ratings: known?.ratings ?? {},
    };
    if (known && !sameIdentity) forgetRecord(known);
    const tokenChanged = this.#record !== null && this.#record.token !== result.token;
    this.#adopt(record);
    this.#queue?.reconcile(result.ratedCodes);
    saveRecord($state.snapshot(record));
    history.replaceState(null, "", `/j/${code}`);
    if (tokenChanged) this.#disconnect();
    this.#connect();
    this.#flush();
  }

  #adopt(record: ParticipantRecord): void {
    // The vote's ballot and choice live in their own record; a rejoin of the same workshop keeps the one in memory.
    if (this.#vote === null || this.#record?.workshopId !== record.workshopId)
      this.#vote = new VoteBallot(record.workshopId, () => nanoid(21));
    this.#record = record;
    this.#queue = new RatingQueue(
      record.ratings,
      (ratings) => {
        if (!this.#record) return;
        this.#record.ratings = ratings;
        saveRecord($state.snapshot(this.#record));
      },
      () => nanoid(21),
    );
  }

  #connect(): void {
    if (this.#socket || !this.#record) return;
    const socket = connectParticipant(this.#record.token);
    this.#socket = socket;
    socket.on("connect", () => {
      this.#connected = true;
      this.#everConnected = true;
      this.#flush();
    });
    socket.on("disconnect", (reason) => {
      this.#connected = false;
      // Ratings on the wire when the link dropped get no answer: they go back to waiting and are re-sent.
      this.#queue?.requeueSending();
      this.#vote?.requeue();
      // The server ended this socket on purpose (restart, eviction): come back, the queue waits meanwhile.
      if (reason === "io server disconnect") socket.connect();
    });
    socket.on("connect_error", (error: Error & { data?: { code?: string } }) => {
      if (error.data?.code === "bad_participant_token" && this.#record) void this.join(this.#record.joinCode);
    });
    socket.on("vote:updated", (state) => this.#vote?.receive(state));
    socket.on("workshop:updated", (state) => {
      if (!this.#record) return;
      this.#record.view.workshop = state;
      saveRecord($state.snapshot(this.#record));
    });
  }

  #disconnect(): void {
    this.#socket?.removeAllListeners();
    this.#socket?.disconnect();
    this.#socket = null;
    this.#connected = false;
  }

  /** Sends every waiting rating, each with its own vote id, when the link is up. */
  #flush(): void {
    const socket = this.#socket;
    if (!socket?.connected || this.#networkDown || !this.#queue) return;
    for (const submission of this.#queue.takeWaiting()) void this.#send(socket, submission);
    const choice = this.#vote?.take();
    if (choice) void this.#sendVote(socket, choice);
  }

  async #sendVote(socket: PeerpulseSocket, submission: VoteSubmission): Promise<void> {
    let settlement: Settlement;
    try {
      settlement = acknowledgement(await requestVote(socket, "vote:submit", submission, ACK_TIMEOUT_MS));
    } catch {
      settlement = { kind: "retry" };
    }
    this.#vote?.settle(submission, settlement);
    if (settlement.kind === "retry") this.#scheduleRetry();
  }

  async #send(socket: PeerpulseSocket, submission: RatingSubmission): Promise<void> {
    let settlement: Settlement;
    try {
      settlement = acknowledgement(await request(socket, "rating:submit", submission, ACK_TIMEOUT_MS));
    } catch {
      settlement = { kind: "retry" };
    }
    this.#queue?.settle(submission, settlement);
    if (settlement.kind === "retry") this.#scheduleRetry();
  }

  #scheduleRetry(): void {
    clearTimeout(this.#retryTimer);
    this.#retryTimer = setTimeout(() => this.#flush(), 3000);
  }
}
