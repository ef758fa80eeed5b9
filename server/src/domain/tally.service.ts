// Tallies as people may see them: whole counts of a workshop or of a mission's round, each cell through the disclosure decision.
import {
  addTallies,
  liveWorkshopVerdict,
  publicTally,
  respondents,
  type Mission,
  type StatementTally,
  type Withheld,
  verdictOf,
  type Workshop,
  type WorkshopTally,
} from "@peerpulse/shared";
import { missionDisclosure, type MissionDisclosure, type RawByWorkshop } from "./disclosure.ts";
import { DomainError } from "./domain-error.ts";
import type { MissionService } from "./mission.service.ts";
import { BASELINE_ROUND, workshopsOfRound } from "./round-groups.ts";
import type { RawWorkshopTally, Store } from "./store.ts";

/** A mission's tallies per workshop and per constituency (pooled over its workshops). */
export interface MissionTallies {
  workshops: Record<string, WorkshopTally>;
  constituencies: Record<string, WorkshopTally>;
}

/** Everything one moment of a mission publishes from: raw counts and the verdict on every cell. Stays on the server. */
export interface MissionCounts {
  workshops: Workshop[];
  raw: RawByWorkshop;
  /** Each constituency's counts pooled over its workshops, by constituency id, then statement code. */
  constituencies: Record<string, Record<string, StatementTally>>;
  disclosure: MissionDisclosure;
}

/** Reads tallies and lets out only what the mission's disclosure decision shows. */
export class TallyService {
  constructor(
    private readonly store: Store,
    private readonly missions: MissionService,
  ) {}

  /**
   * The tally of a workshop as presenters see it. An open workshop is decided on its own (rule W3: shown when it
   * reaches the minimum), which is what the whole mission's decision gives it and keeps the live path cheap; any
   * other workshop takes its verdicts from the whole mission's decision.
   */
  async workshopTally(workshopId: string): Promise<WorkshopTally> {
    const [mission, workshop, raw] = await Promise.all([
      this.missions.missionOfWorkshop(workshopId),
      this.missions.getWorkshop(workshopId),
      this.store.getTally(workshopId),
    ]);
    if (!raw) throw new DomainError("workshop_not_found", `no workshop ${workshopId}`);
    if (workshop.status === "open")
      return toPublic(workshopId, raw, (tally) => liveWorkshopVerdict(respondents(tally), mission.anonymityMinimum));
    const { disclosure } = await this.missionCounts(mission, workshop.round);
    return toPublic(workshopId, raw, (_, code) => verdictOf(disclosure[code]?.workshops, workshopId));
  }

  /**
   * The raw counts of one round of a mission at one moment, with the verdict on every cell. Stays on the server.
   * Rounds are disjoint sets of workshops and nothing pools two rounds, so each round is decided on its own: a
   * union of small workshops that the shown groups of both rounds together could give back would split into one
   * such union per round.
   */
  async missionCounts(mission: Mission, round: number = BASELINE_ROUND): Promise<MissionCounts> {
    const workshops = workshopsOfRound(await this.missions.listWorkshops(mission.id), round);
    const tallies = await Promise.all(workshops.map((workshop) => this.store.getTally(workshop.id)));
    const raw: RawByWorkshop = new Map();
    workshops.forEach((workshop, index) => {
      const tally = tallies[index];
      if (tally) raw.set(workshop.id, { constituencyId: workshop.constituencyId, tally });
    });
    return {
      workshops,
      raw,
      constituencies: pooledByConstituency(mission, raw),
      disclosure: missionDisclosure(mission, workshops, raw),
    };
  }

  /** One round's tallies per workshop and per constituency, every cell as the disclosure decision has it. */
  async missionTallies(mission: Mission, round: number = BASELINE_ROUND): Promise<MissionTallies> {
    const { raw, constituencies: pooled, disclosure } = await this.missionCounts(mission, round);
    const workshops: Record<string, WorkshopTally> = {};
    for (const [workshopId, { tally }] of raw)
      workshops[workshopId] = toPublic(workshopId, tally, (_, code) =>
        verdictOf(disclosure[code]?.workshops, workshopId),
      );
    const constituencies: Record<string, WorkshopTally> = {};
    for (const constituency of mission.constituencies) {
      const parts = [...raw.values()].filter((entry) => entry.constituencyId === constituency.id);
      const counts = {
        joined: parts.reduce((sum, part) => sum + part.tally.joined, 0),
        voted: parts.reduce((sum, part) => sum + part.tally.voted, 0),
        statements: pooled[constituency.id] ?? {},
      };
      constituencies[constituency.id] = toPublic(constituency.id, counts, (_, code) =>
        verdictOf(disclosure[code]?.constituencies, constituency.id),
      );
    }
    return { workshops, constituencies };
  }
}

function pooledByConstituency(mission: Mission, raw: RawByWorkshop): Record<string, Record<string, StatementTally>> {
  const points = mission.scale.points.length;
  const pooled: Record<string, Record<string, StatementTally>> = {};
  for (const constituency of mission.constituencies) {
    const parts = [...raw.values()]
      .filter((entry) => entry.constituencyId === constituency.id)
      .map((entry) => entry.tally);
    const statements: Record<string, StatementTally> = {};
    for (const statement of mission.statements) {
      statements[statement.code] = addTallies(
        points,
        parts.map((part) => part.statements[statement.code] ?? { counts: [], dontKnow: 0 }),
      );
    }
    pooled[constituency.id] = statements;
  }
  return pooled;
}

/** A tally with each statement's cell shown or withheld as `verdict` says (a statement unknown to it: withheld). */
function toPublic(
  id: string,
  raw: RawWorkshopTally,
  verdict: (tally: StatementTally, code: string) => Withheld,
): WorkshopTally {
  const statements: WorkshopTally["statements"] = {};
  for (const [code, tally] of Object.entries(raw.statements))
    statements[code] = publicTally(tally, verdict(tally, code));
  return { workshopId: id, joined: raw.joined, voted: raw.voted, statements };
}
