// The messages between the bench orchestrator and its load processes (Node IPC), typed on both ends.

/** One workshop a load process joins and drives: its participants, and one presenter subscribed to it. */
export interface WorkshopPlan {
  workshopId: string;
  missionId: string;
  facilitatorKey: string;
  joinCode: string;
  participants: number;
  scalePoints: number;
  /** Servers the participants connect to, in turn (two processes on one Redis share the work). */
  participantUrls: string[];
  presenterUrl: string;
}

/** What the orchestrator asks a load process to do. Every command finishes by itself within a bound. */
export type FleetCommand =
  | { type: "join"; workshops: WorkshopPlan[] }
  | { type: "connect-baseline"; urls: string[]; count: number }
  | { type: "burst"; statementCode: string; workshopIds: string[]; windowMs: number; timeoutMs: number }
  | { type: "step"; ratePerSecond: number; durationMs: number; statementCodes: string[] }
  | { type: "census" }
  | { type: "disconnect" };

/** How joining and connecting went. */
export interface JoinReport {
  connected: number;
  presenters: number;
  failures: string[];
}

/** Raw samples of one burst, in milliseconds, for the orchestrator to merge across load processes. */
export interface BurstReport {
  sent: number;
  accepted: number;
  refusals: Record<string, number>;
  ackMs: number[];
  voteToPresenterMs: number[];
  undelivered: number;
  unacknowledged: number;
}

/** Raw samples of one fixed-rate step. */
export interface StepReport {
  sent: number;
  accepted: number;
  refusals: Record<string, number>;
  ackMs: number[];
  unacknowledged: number;
  /** From the first intended send to the last acknowledgement. */
  spanMs: number;
  /** The worst acknowledgement latency in each second of the step: shows a stall apart from a queue. */
  worstBySecond: number[];
  /** This load process's own CPU over the step, in percent of one core: a saturated load process shows here. */
  cpuPercent: number;
}

export interface CensusReport {
  connected: number;
  disconnected: number;
}

/** The result type of each command. */
export interface FleetResults {
  join: JoinReport;
  "connect-baseline": JoinReport;
  burst: BurstReport;
  step: StepReport;
  census: CensusReport;
  disconnect: null;
}

export interface FleetRequest {
  id: number;
  command: FleetCommand;
}

export type FleetReply = { id: number; ok: true; result: unknown } | { id: number; ok: false; error: string };
