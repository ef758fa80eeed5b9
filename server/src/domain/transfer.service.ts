// Moves a whole mission between deployments (say, from a laptop that ran workshops offline into Redis).
import { z } from "zod";
import {
  ActionPlan,
  Breakout,
  Mission,
  MissionTransferFile,
  PriorityVoteState,
  ShortlistCuration,
  StatementTally,
  Workshop,
} from "@peerpulse/shared";
import { DomainError } from "./domain-error.ts";
import type { MissionService } from "./mission.service.ts";
import { hashSecret, newJoinCode, rapporteurToken, secretMatches } from "./secrets.ts";
import type { Store } from "./store.ts";
import { open, seal } from "./transfer-seal.ts";

/** What a transfer file holds once opened: counts per workshop, never individual ratings or tokens. */
const TransferPayload = z.object({
  mission: Mission,
  shortlist: ShortlistCuration.nullable(),
  workshops: z.array(
    z.object({
      workshop: Workshop,
      setup: z.object({ statementCodes: z.array(z.string()), scalePoints: z.number().int() }),
      tally: z.object({
        joined: z.number().int().min(0),
        voted: z.number().int().min(0),
        statements: z.record(z.string(), StatementTally),
      }),
    }),
  ),
  /** Break-out records, without the rapporteur tokens' hashes (made again from the key on import). */
  breakouts: z.array(Breakout).default([]),
  /** Priority votes: their state and counts, never a choice or a vote id. */
  votes: z
    .array(
      z.object({
        state: PriorityVoteState,
        counts: z.object({ voters: z.number().int().min(0), votes: z.record(z.string(), z.number().int().min(0)) }),
      }),
    )
    .default([]),
  plan: ActionPlan.nullable().default(null),
});
type TransferPayload = z.infer<typeof TransferPayload>;

const JOIN_CODE_ATTEMPTS = 20;

export class TransferService {
  constructor(
    private readonly store: Store,
    private readonly missions: MissionService,
  ) {}

  /** The mission as one sealed file; the caller has checked `facilitatorKey` against the mission. */
  async exportMission(mission: Mission, facilitatorKey: string): Promise<MissionTransferFile> {
    const workshops: TransferPayload["workshops"] = [];
    const breakouts: TransferPayload["breakouts"] = [];
    const votes: TransferPayload["votes"] = [];
    for (const workshop of await this.missions.listWorkshops(mission.id)) {
      const breakout = await this.store.getBreakout(workshop.id);
      if (breakout) breakouts.push(breakout.breakout);
      const [state, counts] = [await this.store.getVote(workshop.id), await this.store.getVoteCounts(workshop.id)];
      if (state && counts) votes.push({ state, counts });
      const tally = await this.store.getTally(workshop.id);
      if (!tally) continue;
      const setup = {
        statementCodes: mission.statements.map((statement) => statement.code),
        scalePoints: mission.scale.points.length,
      };
      workshops.push({ workshop, setup, tally });
    }
    const payload: TransferPayload = {
      mission,
      shortlist: await this.store.getShortlistCuration(mission.id),
      workshops,
      breakouts,
      votes,
      plan: await this.store.getActionPlan(mission.id),
    };
    return {
      format: "peerpulse-mission",
      version: 1,
      missionId: mission.id,
      title: mission.title,
      exportedAt: new Date().toISOString(),
      sealed: seal(payload, facilitatorKey),
    };
  }

  /**
   * Imports a sealed mission. Workshops come in closed (their counts are final here) and keep their ids, so
   * a second import of the same file is refused (`mission_exists`) and an interrupted one can be run again.
   * A join code already used on this deployment is replaced by a fresh one.
   */
  async importMission(file: MissionTransferFile, facilitatorKey: string): Promise<Mission> {
    // The key is checked first (opening the seal, then against a mission already here), so that a caller without
    // it learns nothing, not even whether this server holds the mission (rule E11).
    const parsed = TransferPayload.safeParse(open(file.sealed, facilitatorKey));
    if (!parsed.success || parsed.data.mission.id !== file.missionId)
      throw new DomainError("bad_transfer_file", "the transfer file's contents are not a peerpulse mission");
    const heldHash = await this.store.getFacilitatorKeyHash(file.missionId);
    if (heldHash && !secretMatches(facilitatorKey, heldHash))
      throw new DomainError("bad_facilitator_key", "the facilitator key does not open this mission");
    if (heldHash || (await this.store.getMission(file.missionId)))
      throw new DomainError("mission_exists", "this mission is already on this server; nothing was imported");
    const { mission, shortlist, workshops, breakouts, votes, plan } = parsed.data;
    for (const { workshop, setup, tally } of workshops)
      await this.importWorkshop({ ...workshop, status: "closed" }, setup, tally);
    const carried = new Set(workshops.map(({ workshop }) => workshop.id));
    for (const breakout of breakouts.filter((candidate) => carried.has(candidate.workshopId))) {
      const tokenHashes = Object.fromEntries(
        breakout.groups.map((group) => [
          group.id,
          hashSecret(rapporteurToken(facilitatorKey, breakout.workshopId, group.id)),
        ]),
      );
      // Saved only where none is stored yet, so running an interrupted import again changes nothing twice.
      await this.store.saveBreakout(breakout.workshopId, { breakout, tokenHashes }, 0);
    }
    for (const { state, counts } of votes.filter((vote) => carried.has(vote.state.workshopId)))
      await this.store.importVote({ ...state, status: "closed" }, counts);
    // The mission is created last: until then the import is invisible, and running it again completes it.
    await this.store.createMission(mission, hashSecret(facilitatorKey));
    if (shortlist) await this.store.saveShortlistCuration(mission.id, shortlist);
    if (plan) await this.store.saveActionPlan(mission.id, { ...plan, missionId: mission.id }, 0);
    return mission;
  }

  private async importWorkshop(
    workshop: Workshop,
    setup: TransferPayload["workshops"][number]["setup"],
    tally: TransferPayload["workshops"][number]["tally"],
  ): Promise<void> {
    let candidate = workshop;
    for (let attempt = 0; attempt < JOIN_CODE_ATTEMPTS; attempt += 1) {
      const outcome = await this.store.importWorkshop(candidate, setup, tally);
      if (outcome !== "join_code_taken") return;
      candidate = { ...workshop, joinCode: newJoinCode() };
    }
    throw new DomainError("internal", "could not find a free join code for an imported workshop; try again");
  }
}
