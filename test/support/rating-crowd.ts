// A crowd of participants rating throughout a fault, as the phones do: each keeps its unacknowledged ratings in
// order and re-sends them with the same vote id after a refusal, a timeout or a lost connection, moving to the
// next server when its own is gone. Used by the fault tests and by `npm run chaos`.
import { randomBytes, randomInt } from "node:crypto";
import { io, type ManagerOptions, type SocketOptions } from "socket.io-client";
import { DONT_KNOW, PROTOCOL_VERSION, type Ack, type RatingReceipt, type RatingValue } from "@peerpulse/shared";
import type { ClientSocket } from "./clients.ts";

/** A rating as a phone sends it. */
export interface Submission {
  statementCode: string;
  value: RatingValue;
  voteId: string;
}

export interface CrowdOptions {
  /** Servers to use; a participant starts on `urls[index % length]` and moves on when its connection is lost. */
  urls: string[];
  joinCode: string;
  size: number;
  codes: readonly string[];
  points: number;
  /** Pause between two ratings of one participant, in ms (keeps each socket under the event limit). */
  pauseMs?: [number, number];
  ackTimeoutMs?: number;
  /** Share of ratings after which the connection is cut at once, before the acknowledgement can arrive. */
  cutAfterSendRate?: number;
  /** Socket options of participant `index` (transports, headers such as a routing cookie); WebSocket only if absent. */
  socketOptions?: (index: number) => Partial<ManagerOptions & SocketOptions>;
}

/** What the crowd saw. */
export interface CrowdStats {
  sent: number;
  acknowledged: number;
  outcomes: Record<string, number>;
  refusals: Record<string, number>;
  timeouts: number;
  reconnects: number;
  maxAckMs: number;
  /** The longest a refusal (store_unavailable, rate_limited) took to come back, from the send. */
  maxRefusalMs: number;
}

/** Refusals after which a phone keeps the rating and tries again; any other is a failure of the test. */
const RETRIED = new Set(["store_unavailable", "rate_limited"]);

class Member {
  socket: ClientSocket | undefined;
  /** Unacknowledged ratings in order; the first is the one in flight. */
  readonly queue: Submission[] = [];
  /** The last acknowledged rating of each statement: what the store must hold. */
  readonly latest = new Map<string, Submission>();
  readonly voteIds = new Set<string>();
  /** Every acknowledged rating, in the order the acknowledgements came. */
  readonly acknowledged: Submission[] = [];
  failure: string | undefined;

  constructor(
    readonly token: string,
    public urlIndex: number,
    readonly index: number,
  ) {}
}

export class RatingCrowd {
  readonly stats: CrowdStats = {
    sent: 0,
    acknowledged: 0,
    outcomes: {},
    refusals: {},
    timeouts: 0,
    reconnects: 0,
    maxAckMs: 0,
    maxRefusalMs: 0,
  };
  private readonly members: Member[];
  private generating = false;
  private running: Promise<void>[] = [];
  private closed = false;

  private constructor(
    private readonly options: Required<CrowdOptions>,
    tokens: string[],
  ) {
    this.members = tokens.map((token, index) => new Member(token, index % options.urls.length, index));
  }

  /** Joins `size` participants over HTTP (one device id each) and connects their sockets. */
  static async join(options: CrowdOptions): Promise<RatingCrowd> {
    const full: Required<CrowdOptions> = {
      pauseMs: [20, 80],
      ackTimeoutMs: 4_000,
      cutAfterSendRate: 0,
      socketOptions: () => ({}),
      ...options,
    };
    const tokens = await Promise.all(
      Array.from({ length: full.size }, async (_, index) => {
        const url = full.urls[index % full.urls.length]!;
        const response = await fetch(`${url}/api/join`, {
          method: "POST",
          headers: { "content-type": "application/json", "x-device-id": `device-${randomBytes(8).toString("hex")}` },
          body: JSON.stringify({ joinCode: full.joinCode }),
        });
        const body = (await response.json()) as { token?: string };
        if (!body.token) throw new Error(`join failed: ${JSON.stringify(body)}`);
        return body.token;
      }),
    );
    const crowd = new RatingCrowd(full, tokens);
    await Promise.all(crowd.members.map((member) => crowd.connect(member)));
    return crowd;
  }

  /** Starts rating: every participant rates a random statement, waits for the acknowledgement, pauses, again. */
  start(): void {
    this.generating = true;
    this.running = this.members.map((member) => this.rateThroughout(member));
  }

  /** Stops making new ratings and waits until every one made so far is acknowledged. */
  async drain(timeoutMs = 30_000): Promise<void> {
    this.generating = false;
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<never>((_resolve, reject) => {
      timer = setTimeout(() => {
        const left = this.members.reduce((sum, member) => sum + member.queue.length, 0);
        reject(new Error(`${left} rating(s) still unacknowledged after ${timeoutMs} ms`));
      }, timeoutMs);
    });
    try {
      await Promise.race([Promise.all(this.running), late]);
    } finally {
      clearTimeout(timer);
    }
    const failures = this.members.flatMap((member) => (member.failure ? [member.failure] : []));
    if (failures.length > 0) throw new Error(`participants failed: ${failures.slice(0, 5).join("; ")}`);
  }

  /** Resolves once the crowd has had this many more ratings acknowledged. */
  async acknowledgedMore(count: number, timeoutMs = 20_000): Promise<void> {
    const target = this.stats.acknowledged + count;
    const deadline = Date.now() + timeoutMs;
    while (this.stats.acknowledged < target) {
      if (Date.now() > deadline) throw new Error(`fewer than ${count} acknowledgements within ${timeoutMs} ms`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }

  /** Cuts the connections of `count` random participants abruptly (the transport closes, as on a Wi-Fi drop). */
  cut(count: number): void {
    for (let index = 0; index < count; index += 1) {
      const member = this.members[randomInt(this.members.length)]!;
      member.socket?.io.engine.close();
    }
  }

  /** The participant tokens, to find their ids in a store. */
  get tokens(): string[] {
    return this.members.map((member) => member.token);
  }

  /** Per token, the last acknowledged rating of each statement: what the store must hold, exactly. */
  expected(): Map<string, Map<string, Submission>> {
    return new Map(this.members.map((member) => [member.token, member.latest]));
  }

  /** Per token, every rating acknowledged to it in order: what the exactly-once check compares the store with. */
  acknowledged(): Map<string, Submission[]> {
    return new Map(this.members.map((member) => [member.token, member.acknowledged]));
  }

  /** Each participant's socket (none while it reconnects) and how many of its ratings were acknowledged so far. */
  phones(): { socket: ClientSocket | undefined; acknowledged: number }[] {
    return this.members.map((member) => ({ socket: member.socket, acknowledged: member.voteIds.size }));
  }

  /** Every vote id the crowd had acknowledged (including those later replaced by a change). */
  acknowledgedVoteIds(): Set<string> {
    return new Set(this.members.flatMap((member) => [...member.voteIds]));
  }

  async close(): Promise<void> {
    this.closed = true;
    this.generating = false;
    for (const member of this.members) member.socket?.close();
    await Promise.allSettled(this.running);
  }

  private async rateThroughout(member: Member): Promise<void> {
    const [minPause, maxPause] = this.options.pauseMs;
    while (!this.closed && !member.failure && (this.generating || member.queue.length > 0)) {
      if (member.queue.length === 0) member.queue.push(this.randomSubmission());
      if (!member.socket?.connected) {
        await this.reconnect(member);
        continue;
      }
      await this.send(member, member.queue[0]!);
      await pause(minPause, maxPause);
    }
  }

  private async send(member: Member, submission: Submission): Promise<void> {
    const socket = member.socket!;
    this.stats.sent += 1;
    const started = Date.now();
    let ack: Ack<RatingReceipt>;
    try {
      const answer = (
        socket.timeout(this.options.ackTimeoutMs) as unknown as {
          emitWithAck(event: string, payload: unknown): Promise<Ack<RatingReceipt>>;
        }
      ).emitWithAck("rating:submit", submission);
      // The rating has left; the connection drops before its acknowledgement can come back.
      if (Math.random() < this.options.cutAfterSendRate) setImmediate(() => socket.io.engine.close());
      ack = await answer;
    } catch {
      this.stats.timeouts += 1; // no answer: keep it, re-send it with the same vote id
      return;
    }
    if (ack.ok) {
      this.stats.maxAckMs = Math.max(this.stats.maxAckMs, Date.now() - started);
      this.stats.acknowledged += 1;
      this.stats.outcomes[ack.data.outcome] = (this.stats.outcomes[ack.data.outcome] ?? 0) + 1;
      member.queue.shift();
      member.latest.set(submission.statementCode, submission);
      member.voteIds.add(submission.voteId);
      member.acknowledged.push(submission);
      return;
    }
    this.stats.maxRefusalMs = Math.max(this.stats.maxRefusalMs, Date.now() - started);
    this.stats.refusals[ack.error.code] = (this.stats.refusals[ack.error.code] ?? 0) + 1;
    if (!RETRIED.has(ack.error.code)) member.failure = `${ack.error.code}: ${ack.error.message}`;
    else await pause(100, 300);
  }

  private async reconnect(member: Member): Promise<void> {
    member.socket?.close();
    member.socket = undefined;
    this.stats.reconnects += 1;
    await pause(50, 250);
    try {
      await this.connect(member);
    } catch {
      // This server is gone or refusing: the next attempt goes to the next one.
      member.urlIndex = (member.urlIndex + 1) % this.options.urls.length;
    }
  }

  private connect(member: Member): Promise<void> {
    const url = this.options.urls[member.urlIndex]!;
    const socket: ClientSocket = io(url, {
      auth: { protocol: PROTOCOL_VERSION, role: "participant", token: member.token },
      transports: ["websocket"],
      reconnection: false,
      forceNew: true,
      timeout: 3_000,
      ...this.options.socketOptions(member.index),
    });
    // A server killed during the handshake may close the transport without a connect_error: every way out settles.
    return new Promise((resolve, reject) => {
      let settled = false;
      const fail = (error: Error) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        socket.close();
        reject(error);
      };
      const timer = setTimeout(() => fail(new Error("no connection within 5 s")), 5_000);
      socket.once("connect", () => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        member.socket = socket;
        resolve();
      });
      socket.once("connect_error", fail);
      socket.once("disconnect", () => fail(new Error("closed during the handshake")));
    });
  }

  private randomSubmission(): Submission {
    const { codes, points } = this.options;
    const roll = randomInt(points + 1);
    return {
      statementCode: codes[randomInt(codes.length)]!,
      value: roll === points ? DONT_KNOW : roll + 1,
      voteId: `v${randomBytes(10).toString("hex")}`,
    };
  }
}

function pause(minMs: number, maxMs: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, minMs + Math.random() * (maxMs - minMs)));
}
