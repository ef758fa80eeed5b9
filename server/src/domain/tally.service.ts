// Tallies as people may see them: whole counts of a workshop or a mission, small groups suppressed.
import { addTallies, publicTally, type Mission, type StatementTally, type WorkshopTally } from "@peerpulse/shared";
import { DomainError } from "./domain-error.ts";
import type { MissionService } from "./mission.service.ts";
import type { RawWorkshopTally, Store } from "./store.ts";

/** A mission's tallies per workshop and per constituency (pooled over its workshops). */
export interface MissionTallies {
  workshops: Record<string, WorkshopTally>;
  constituencies: Record<string, WorkshopTally>;
}

/** Reads tallies and applies the mission's anonymity minimum before anything leaves the server. */
export class TallyService {
  constructor(
    private readonly store: Store,
    private readonly missions: MissionService,
  ) {}

  /** The live tally of a workshop as presenters see it. */
  async workshopTally(workshopId: string): Promise<WorkshopTally> {
    const mission = await this.missions.missionOfWorkshop(workshopId);
    const raw = await this.store.getTally(workshopId);
    if (!raw) throw new DomainError("workshop_not_found", `no workshop ${workshopId}`);
    return toPublic(workshopId, raw, mission.anonymityMinimum);
  }

  /** The raw counts of every workshop of a mission, keyed by workshop id. Stays on the server. */
  async rawMissionTallies(mission: Mission): Promise<Map<string, { constituencyId: string; tally: RawWorkshopTally }>> {
    const workshops = await this.missions.listWorkshops(mission.id);
    const found = new Map<string, { constituencyId: string; tally: RawWorkshopTally }>();
    for (const workshop of workshops) {
      const tally = await this.store.getTally(workshop.id);
      if (tally) found.set(workshop.id, { constituencyId: workshop.constituencyId, tally });
    }
    return found;
  }

  /** The raw counts of each constituency, pooled over its workshops, by statement code. Stays on the server. */
  async rawConstituencyTallies(mission: Mission): Promise<Record<string, Record<string, StatementTally>>> {
    return pooledByConstituency(mission, await this.rawMissionTallies(mission));
  }

  /** A mission's tallies per workshop and per constituency, each statement suppressed below the minimum. */
  async missionTallies(mission: Mission): Promise<MissionTallies> {
    const raw = await this.rawMissionTallies(mission);
    const pooled = pooledByConstituency(mission, raw);
    const workshops: Record<string, WorkshopTally> = {};
    for (const [workshopId, { tally }] of raw)
      workshops[workshopId] = toPublic(workshopId, tally, mission.anonymityMinimum);
    const constituencies: Record<string, WorkshopTally> = {};
    for (const constituency of mission.constituencies) {
      const parts = [...raw.values()]
        .filter((entry) => entry.constituencyId === constituency.id)
        .map((entry) => entry.tally);
      const counts = {
        joined: parts.reduce((sum, part) => sum + part.joined, 0),
        voted: parts.reduce((sum, part) => sum + part.voted, 0),
        statements: pooled[constituency.id] ?? {},
      };
      constituencies[constituency.id] = toPublic(constituency.id, counts, mission.anonymityMinimum);
    }
    return { workshops, constituencies };
  }
}

type RawByWorkshop = Map<string, { constituencyId: string; tally: RawWorkshopTally }>;

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

function toPublic(workshopId: string, raw: RawWorkshopTally, minimum: number): WorkshopTally {
  const statements: WorkshopTally["statements"] = {};
  for (const [code, tally] of Object.entries(raw.statements)) statements[code] = publicTally(tally, minimum);
  return { workshopId, joined: raw.joined, voted: raw.voted, statements };
}
