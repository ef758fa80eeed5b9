// Missions and their workshops: creation, the facilitator key that guards them, and reads.
import {
  MissionDraft,
  WorkshopDraft,
  type FacilitatorWorkshopView,
  type JoinLink,
  type Mission,
  type Workshop,
} from "@peerpulse/shared";
import { DomainError } from "./domain-error.ts";
import type { JoinAddressBook } from "./join-addresses.ts";
import { hashSecret, newFacilitatorKey, newId, newJoinCode, newJoinToken, secretMatches } from "./secrets.ts";
import { nextRound } from "./round-groups.ts";
import type { Store } from "./store.ts";

const JOIN_CODE_ATTEMPTS = 20;

/** Creates and reads missions and workshops; every read of a facilitator goes through `authorize`. */
export class MissionService {
  /** Missions never change after creation, so they are cached for the hot rating path. */
  private readonly missions = new Map<string, Mission>();
  /** A workshop belongs to one mission for good, so which one is cached too (tallies read it ten times a second). */
  private readonly missionIds = new Map<string, string>();

  constructor(
    private readonly store: Store,
    private readonly addresses: JoinAddressBook,
  ) {}

  /** Creates a mission and returns its facilitator key, which is shown once and stored only as a hash. */
  async createMission(input: MissionDraft): Promise<{ mission: Mission; facilitatorKey: string }> {
    const draft = MissionDraft.parse(input);
    const mission: Mission = {
      ...draft,
      id: newId("m"),
      constituencies: draft.constituencies.map((constituency) => ({
        ...constituency,
        id: constituency.id ?? newId("c"),
      })),
      createdAt: new Date().toISOString(),
    };
    const facilitatorKey = newFacilitatorKey();
    await this.store.createMission(mission, hashSecret(facilitatorKey));
    return { mission, facilitatorKey };
  }

  /**
   * Checks a facilitator key against a mission: a missing key is `facilitator_key_required`; a wrong key and an
   * unknown mission are both `bad_facilitator_key`, so no answer tells a caller without the key whether this server
   * holds a mission (rule C8).
   */
  async authorize(missionId: string, facilitatorKey: string | undefined): Promise<Mission> {
    if (!facilitatorKey) throw new DomainError("facilitator_key_required", "this needs the mission's facilitator key");
    const storedHash = await this.store.getFacilitatorKeyHash(missionId);
    if (!storedHash || !secretMatches(facilitatorKey, storedHash)) throw notOpened("mission");
    return this.getMission(missionId);
  }

  /**
   * Checks a facilitator key against the mission a workshop belongs to. An unknown workshop is refused as a key that
   * does not open it, after the key's presence is checked: no answer tells a caller without the key whether an id
   * exists here (rule C8, as E11 for imports).
   */
  async authorizeWorkshop(
    workshopId: string,
    facilitatorKey: string | undefined,
  ): Promise<{ mission: Mission; workshop: Workshop }> {
    if (!facilitatorKey) throw new DomainError("facilitator_key_required", "this needs the mission's facilitator key");
    const workshop = await this.store.getWorkshop(workshopId);
    if (!workshop) throw notOpened("workshop");
    // Refused in the same words as an unknown workshop: the answer must not tell the two apart.
    const mission = await this.authorize(workshop.missionId, facilitatorKey).catch((error: unknown) => {
      throw error instanceof DomainError && error.code === "bad_facilitator_key" ? notOpened("workshop") : error;
    });
    return { mission, workshop };
  }

  /** A workshop of this mission, for a facilitator socket already holding its key; any other id is refused alike. */
  async workshopOfMission(mission: Mission, workshopId: string): Promise<Workshop> {
    const workshop = await this.store.getWorkshop(workshopId);
    if (workshop?.missionId !== mission.id) throw notOpened("workshop");
    return workshop;
  }

  async getMission(missionId: string): Promise<Mission> {
    const cached = this.missions.get(missionId);
    if (cached) return cached;
    const mission = await this.store.getMission(missionId);
    if (!mission) throw new DomainError("mission_not_found", `no mission ${missionId}`);
    this.missions.set(missionId, mission);
    return mission;
  }

  async getWorkshop(workshopId: string): Promise<Workshop> {
    const workshop = await this.store.getWorkshop(workshopId);
    if (!workshop) throw new DomainError("workshop_not_found", `no workshop ${workshopId}`);
    this.missionIds.set(workshopId, workshop.missionId);
    return workshop;
  }

  /** The mission a workshop belongs to, read from the store only the first time. */
  async missionOfWorkshop(workshopId: string): Promise<Mission> {
    const missionId = this.missionIds.get(workshopId) ?? (await this.getWorkshop(workshopId)).missionId;
    return this.getMission(missionId);
  }

  /** Creates a workshop in draft with a join code no other workshop holds. */
  async createWorkshop(mission: Mission, input: WorkshopDraft): Promise<FacilitatorWorkshopView> {
    const draft = WorkshopDraft.parse(input);
    const constituency = mission.constituencies.find((candidate) => candidate.id === draft.constituencyId);
    if (!constituency)
      throw new DomainError(
        "constituency_not_found",
        `mission ${mission.id} has no constituency ${draft.constituencyId}`,
      );
    const next = nextRound(await this.listWorkshops(mission.id));
    if (draft.round > next)
      throw new DomainError(
        "round_out_of_order",
        `mission ${mission.id} has rounds up to ${next - 1}; a new workshop may join round ${next} at most`,
      );
    const setup = {
      statementCodes: mission.statements.map((statement) => statement.code),
      scalePoints: mission.scale.points.length,
    };
    for (let attempt = 0; attempt < JOIN_CODE_ATTEMPTS; attempt += 1) {
      const workshop: Workshop = {
        ...draft,
        id: newId("w"),
        missionId: mission.id,
        joinCode: newJoinCode(),
        status: "draft",
        currentIndex: 0,
        locked: [],
        revealed: false,
        entryClosed: false,
        expectedSize: null,
        joinToken: newJoinToken(),
      };
      if (await this.store.createWorkshop(workshop, setup)) return this.facilitatorView(mission, workshop);
    }
    throw new DomainError("internal", "could not find a free join code; try again");
  }

  async listWorkshops(missionId: string): Promise<Workshop[]> {
    const ids = await this.store.listWorkshopIds(missionId);
    const workshops = await Promise.all(ids.map((id) => this.store.getWorkshop(id)));
    return workshops.filter((workshop): workshop is Workshop => workshop !== null);
  }

  /** The whole of a workshop for its facilitator. */
  facilitatorView(mission: Mission, workshop: Workshop): FacilitatorWorkshopView {
    const constituency = mission.constituencies.find((candidate) => candidate.id === workshop.constituencyId);
    if (!constituency) throw new DomainError("constituency_not_found", `no constituency ${workshop.constituencyId}`);
    const joinLinks = this.joinLinks(workshop);
    return { workshop, mission, constituency, joinUrl: joinLinks[0]!.url, joinLinks };
  }

  /** The addresses participants open (or scan) to join, the likeliest to be reachable first. */
  joinLinks(workshop: Workshop): JoinLink[] {
    // The join token rides in the fragment: browsers never send it, so it stays out of every access log.
    const token = workshop.joinToken ? `#${workshop.joinToken}` : "";
    return this.addresses
      .list()
      .map(({ network, origin }) => ({ network, url: `${origin}/j/${workshop.joinCode}${token}` }));
  }
}

/** The refusal of an id the key does not open, whether or not it exists. */
function notOpened(what: "mission" | "workshop"): DomainError {
  return new DomainError(
    "bad_facilitator_key",
    `the facilitator key does not open this ${what} on this server; check the id and the key`,
  );
}
