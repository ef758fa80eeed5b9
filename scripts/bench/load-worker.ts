// A load process: holds participant and presenter sockets and runs the orchestrator's bursts and steps.
// Run by bench.ts over Node IPC; every command is bounded in count and time and ends by itself.
import type { Ack, RatingValue } from "@peerpulse/shared";
import type {
  BurstReport,
  CensusReport,
  FleetCommand,
  FleetReply,
  FleetRequest,
  StepReport,
} from "./fleet-messages.ts";
import { answered, connectBaseline, joinWorkshops, type Participant, type Presenter } from "./load-clients.ts";
import { deliveryLatencies } from "./stats.ts";

const participants: Participant[] = [];
const presenters = new Map<string, Presenter>();
const worker = process.env.BENCH_WORKER ?? "0";
let votes = 0;

function nextVoteId(): string {
  votes += 1;
  return `w${worker}_${votes.toString(36).padStart(10, "0")}`;
}

/** Sends one rating; `done` gets the acknowledgement, or is never called if the socket dies. */
function rate(participant: Participant, statementCode: string, value: RatingValue, done: (ack: Ack<unknown>) => void) {
  participant.socket.emit("rating:submit", { statementCode, value, voteId: nextVoteId() }, done);
}

function tallyRefusal(refusals: Record<string, number>, ack: Ack<unknown>): boolean {
  if (ack.ok) return true;
  refusals[ack.error.code] = (refusals[ack.error.code] ?? 0) + 1;
  return false;
}

/** Every participant of the chosen workshops rates one statement once, at a random moment in the window. */
function burst(command: Extract<FleetCommand, { type: "burst" }>): Promise<BurstReport> {
  const chosen = new Set(command.workshopIds);
  const senders = participants.filter((participant) => chosen.has(participant.workshopId));
  const sentAt = new Map<string, number[]>();
  const updates = new Map<string, { at: number; count: number }[]>();
  const report: BurstReport = {
    sent: 0,
    accepted: 0,
    refusals: {},
    ackMs: [],
    voteToPresenterMs: [],
    undelivered: 0,
    unacknowledged: 0,
  };
  for (const workshopId of chosen) {
    const presenter = presenters.get(workshopId);
    if (!presenter) continue;
    sentAt.set(workshopId, []);
    updates.set(workshopId, []);
    presenter.onTally = (tally, at) =>
      updates.get(workshopId)!.push({ at, count: answered(tally.statements[command.statementCode]) });
  }
  const start = performance.now();
  const timers: NodeJS.Timeout[] = [];
  return new Promise((resolve) => {
    const finish = () => {
      clearTimeout(deadline);
      clearInterval(poll);
      for (const timer of timers) clearTimeout(timer);
      for (const [workshopId, sends] of sentAt) {
        const presenter = presenters.get(workshopId);
        if (presenter) presenter.onTally = () => undefined;
        const matched = deliveryLatencies(
          sends.sort((a, b) => a - b),
          updates.get(workshopId) ?? [],
        );
        report.voteToPresenterMs.push(...matched.latencies);
        report.undelivered += matched.undelivered;
      }
      resolve(report);
    };
    const settled = () => {
      if (report.sent < senders.length || report.unacknowledged > 0) return false;
      for (const [workshopId, sends] of sentAt) {
        const last = updates.get(workshopId)!.at(-1)?.count ?? 0;
        if (last < sends.length) return false;
      }
      return true;
    };
    const deadline = setTimeout(finish, command.timeoutMs);
    const poll = setInterval(() => {
      if (settled()) finish();
    }, 20);
    for (const participant of senders) {
      const offset = Math.random() * command.windowMs;
      timers.push(
        setTimeout(() => {
          const intended = start + offset;
          report.sent += 1;
          report.unacknowledged += 1;
          sentAt.get(participant.workshopId)?.push(intended);
          const value = 1 + Math.floor(Math.random() * participant.scalePoints);
          rate(participant, command.statementCode, value, (ack) => {
            report.unacknowledged -= 1;
            if (tallyRefusal(report.refusals, ack)) {
              report.accepted += 1;
              report.ackMs.push(performance.now() - intended);
            }
          });
        }, offset),
      );
    }
  });
}

/**
 * Open-loop load at a fixed rate, spread over every participant in turn. Latency is counted from when each
 * rating was due, not when it left, so a load process that falls behind shows it instead of hiding it.
 */
function step(command: Extract<FleetCommand, { type: "step" }>): Promise<StepReport> {
  const report: StepReport = {
    sent: 0,
    accepted: 0,
    refusals: {},
    ackMs: [],
    unacknowledged: 0,
    spanMs: 0,
    worstBySecond: [],
    cpuPercent: 0,
  };
  const cpuBefore = process.cpuUsage();
  const codes = command.statementCodes;
  const start = performance.now();
  let lastAck = start;
  return new Promise((resolve) => {
    const drain = () => {
      const end = performance.now() + 5_000;
      const wait = () => {
        if (report.unacknowledged > 0 && performance.now() < end) return void setTimeout(wait, 20);
        report.spanMs = lastAck - start;
        const cpu = process.cpuUsage(cpuBefore);
        report.cpuPercent = ((cpu.user + cpu.system) / 1000 / (performance.now() - start)) * 100;
        resolve(report);
      };
      wait();
    };
    const tick = () => {
      const now = performance.now();
      const due = Math.floor((command.ratePerSecond * Math.min(now - start, command.durationMs)) / 1000);
      for (; report.sent < due && participants.length > 0; report.sent += 1) {
        const participant = participants[report.sent % participants.length]!;
        const round = participant.ratingsSent++;
        // Each visit to a statement moves to another scale point, so every rating changes a count.
        const statementCode = codes[round % codes.length]!;
        const value = 1 + (Math.floor(round / codes.length) % participant.scalePoints);
        const intended = start + (report.sent * 1000) / command.ratePerSecond;
        report.unacknowledged += 1;
        rate(participant, statementCode, value, (ack) => {
          report.unacknowledged -= 1;
          lastAck = performance.now();
          if (tallyRefusal(report.refusals, ack)) {
            const latency = lastAck - intended;
            const second = Math.floor((intended - start) / 1000);
            report.accepted += 1;
            report.ackMs.push(latency);
            report.worstBySecond[second] = Math.max(report.worstBySecond[second] ?? 0, Math.round(latency));
          }
        });
      }
      if (now - start < command.durationMs) setTimeout(tick, 1);
      else drain();
    };
    tick();
  });
}

function census(): CensusReport {
  const connected = participants.filter((participant) => participant.socket.connected).length;
  return { connected, disconnected: participants.length - connected };
}

function disconnect(): null {
  for (const participant of participants) participant.socket.close();
  for (const presenter of presenters.values()) presenter.socket.close();
  participants.length = 0;
  presenters.clear();
  return null;
}

async function run(command: FleetCommand): Promise<unknown> {
  switch (command.type) {
    case "join":
      return joinWorkshops(command.workshops, participants, presenters);
    case "connect-baseline":
      return connectBaseline(command.urls, command.count, participants);
    case "burst":
      return burst(command);
    case "step":
      return step(command);
    case "census":
      return census();
    case "disconnect":
      return disconnect();
  }
}

process.on("message", (request: FleetRequest) => {
  run(request.command).then(
    (result) => process.send?.({ id: request.id, ok: true, result } satisfies FleetReply),
    (error: unknown) => process.send?.({ id: request.id, ok: false, error: String(error) } satisfies FleetReply),
  );
});
// The orchestrator owns this process: when it goes, so does the load.
process.on("disconnect", () => process.exit(0));
