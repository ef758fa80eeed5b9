// The mission team's analysis: every constituency compared, the ranked lists, and the curated shortlist.
import {
  analyzeMission,
  curatedShortlist,
  type CuratedShortlist,
  type Mission,
  type MissionAnalysis,
  type ShortlistCuration,
  type StatementTally,
  addTallies,
  compareRounds,
  type RoundComparison,
} from "@peerpulse/shared";
import { DomainError } from "./domain-error.ts";
import type { MissionService } from "./mission.service.ts";
import { BASELINE_ROUND, roundsOf } from "./round-groups.ts";
import type { Store } from "./store.ts";
import type { TallyService } from "./tally.service.ts";

/** The analysis of a mission and its shortlist as the team curated it. */
export interface MissionResults {
  mission: Mission;
  analysis: MissionAnalysis;
  shortlist: CuratedShortlist;
  /** Everyone's counts per statement, for charts; null where everyone together is under the minimum. */
  everyoneCounts: Record<string, StatementTally | null>;
}

export class AnalysisService {
  constructor(
    private readonly store: Store,
    private readonly tallies: TallyService,
    private readonly missions: MissionService,
  ) {}

  /**
   * Analyses one round of a mission (the baseline unless told) from its workshops' raw counts; each group is shown
   * or withheld as that round's disclosure decision has it (the same verdicts as the tallies route at the same
   * moment, rule W4). A round other than the baseline that has no workshop: `round_not_found`.
   */
  async results(mission: Mission, round: number = BASELINE_ROUND): Promise<MissionResults> {
    if (round !== BASELINE_ROUND) await this.requireRound(mission, round);
    const points = mission.scale.points.length;
    const { constituencies: tallies, disclosure } = await this.tallies.missionCounts(mission, round);
    const analysis = analyzeMission(
      {
        points,
        pillars: mission.pillars,
        statements: mission.statements,
        constituencies: mission.constituencies,
        tallies,
        disclosure,
      },
      { anonymityMinimum: mission.anonymityMinimum },
    );
    const curation = await this.store.getShortlistCuration(mission.id);
    const everyoneCounts: MissionResults["everyoneCounts"] = {};
    for (const statement of analysis.statements) {
      const pooled = addTallies(
        points,
        Object.values(tallies).flatMap((byCode) => (byCode[statement.code] ? [byCode[statement.code]!] : [])),
      );
      everyoneCounts[statement.code] = statement.everyone.suppressed ? null : pooled;
    }
    return { mission, analysis, shortlist: curatedShortlist(analysis, curation), everyoneCounts };
  }

  /** Compares two rounds of a mission, each analysed from its own workshops only (see `compareRounds`). */
  async compareRounds(mission: Mission, earlier: number, later: number): Promise<RoundComparison> {
    await this.requireRound(mission, earlier);
    await this.requireRound(mission, later);
    const [before, after] = await Promise.all([this.results(mission, earlier), this.results(mission, later)]);
    return compareRounds({ ...before.analysis, round: earlier }, { ...after.analysis, round: later });
  }

  private async requireRound(mission: Mission, round: number): Promise<void> {
    const rounds = roundsOf(await this.missions.listWorkshops(mission.id));
    if (!rounds.includes(round))
      throw new DomainError(
        "round_not_found",
        `mission ${mission.id} has no workshop in round ${round} (its rounds: ${rounds.join(", ") || "none yet"})`,
      );
  }

  /** Stores the team's curation; every statement on it must be one of the mission's. */
  async saveCuration(mission: Mission, curation: ShortlistCuration): Promise<MissionResults> {
    const codes = new Set(mission.statements.map((statement) => statement.code));
    const unknown = curation.entries.find((entry) => !codes.has(entry.code));
    if (unknown) throw new DomainError("statement_unknown", `this mission has no statement ${unknown.code}`);
    await this.store.saveShortlistCuration(mission.id, curation);
    return this.results(mission);
  }
}
