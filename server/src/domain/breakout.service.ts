// Step 2 of a workshop: the facilitator opens break-out groups; each group's rapporteur records its priorities.
import {
  BreakoutOpening,
  type Breakout,
  type BreakoutStatus,
  type FacilitatorBreakout,
  type Mission,
  type RapporteurView,
  type Workshop,
} from "@peerpulse/shared";
import { editGroup, groupOf, openingGroups, type PriorityEdit } from "./breakout-edits.ts";
import type { DomainEvents } from "./domain-events.ts";
import type { JoinAddressBook } from "./join-addresses.ts";
import { DomainError } from "./domain-error.ts";
import { KeyedQueue } from "./keyed-queue.ts";
import { retryOnConflict } from "./mission-references.ts";
import type { MissionService } from "./mission.service.ts";
import type { StoredBreakout } from "./priorities-store.ts";
import { groupOfRapporteurToken, hashSecret, rapporteurToken, secretMatches } from "./secrets.ts";
import type { Store } from "./store.ts";

/** Who a rapporteur token is: one group of one workshop. */
export interface RapporteurIdentity {
  workshopId: string;
  groupId: string;
}

/** A change that lost a race with another is tried again on the fresh record, this many times at most. */
const ATTEMPTS = 20;

export class BreakoutService {
  private readonly queue = new KeyedQueue();

  constructor(
    private readonly store: Store,
    private readonly missions: MissionService,
    private readonly events: DomainEvents,
    private readonly addresses: JoinAddressBook,
  ) {}

  /** Opens a workshop's break-out once; the caller has checked `facilitatorKey` against the mission. */
  async open(mission: Mission, workshop: Workshop, input: BreakoutOpening, key: string): Promise<FacilitatorBreakout> {
    const groups = openingGroups(mission, BreakoutOpening.parse(input));
    const breakout: Breakout = { workshopId: workshop.id, status: "open", groups, revision: 1 };
    const tokenHashes = Object.fromEntries(
      groups.map((group) => [group.id, hashSecret(rapporteurToken(key, workshop.id, group.id))]),
    );
    if (!(await this.store.saveBreakout(workshop.id, { breakout, tokenHashes }, 0))) {
      if (await this.store.getBreakout(workshop.id))
        throw new DomainError("breakout_exists", "this workshop's break-out is already open");
      throw new DomainError("workshop_not_found", `no workshop ${workshop.id}`);
    }
    this.events.breakoutChanged(breakout);
    return this.facilitatorView(breakout, key);
  }

  /** The break-out with every group's rapporteur link. */
  async read(workshopId: string, key: string): Promise<FacilitatorBreakout> {
    return this.facilitatorView((await this.stored(workshopId)).breakout, key);
  }

  /** The break-out's records, or null before it is opened (for subscribers and the retreat pack). */
  async find(workshopId: string): Promise<Breakout | null> {
    return (await this.store.getBreakout(workshopId))?.breakout ?? null;
  }

  async setStatus(workshopId: string, status: BreakoutStatus, key: string): Promise<FacilitatorBreakout> {
    const breakout = await this.change(workshopId, (current) => ({
      ...current,
      status,
      revision: current.revision + 1,
    }));
    return this.facilitatorView(breakout, key);
  }

  /** The facilitator's edit of any group's priorities, open or closed. */
  async facilitatorEdit(mission: Mission, workshopId: string, groupId: string, edit: PriorityEdit, key: string) {
    const breakout = await this.change(workshopId, (current) => editGroup(mission, current, groupId, edit));
    return this.facilitatorView(breakout, key);
  }

  /** Finds the group a rapporteur token opens; anything else is `bad_rapporteur_token`. */
  async identifyRapporteur(token: string | undefined): Promise<RapporteurIdentity> {
    const claimed = token ? groupOfRapporteurToken(token) : null;
    const stored = claimed ? await this.store.getBreakout(claimed.workshopId) : null;
    const hash = claimed ? stored?.tokenHashes[claimed.groupId] : undefined;
    if (!claimed || !hash || !secretMatches(token!, hash))
      throw new DomainError("bad_rapporteur_token", "this rapporteur link is not valid; ask the facilitator for it");
    return claimed;
  }

  /** What a rapporteur sees: its own group and the workshop's statements. */
  async rapporteurView(identity: RapporteurIdentity): Promise<RapporteurView> {
    const { breakout } = await this.stored(identity.workshopId);
    const workshop = await this.missions.getWorkshop(identity.workshopId);
    const mission = await this.missions.getMission(workshop.missionId);
    return {
      workshopId: workshop.id,
      missionTitle: mission.title,
      constituencyName: mission.constituencies.find((c) => c.id === workshop.constituencyId)?.name ?? "",
      languages: mission.languages,
      pillars: mission.pillars,
      statements: mission.statements,
      status: breakout.status,
      group: groupOf(breakout, identity.groupId),
    };
  }

  /** A rapporteur's edit of its own group, refused once the facilitator closed the break-out. */
  async rapporteurEdit(identity: RapporteurIdentity, edit: PriorityEdit): Promise<RapporteurView> {
    const mission = await this.missions.missionOfWorkshop(identity.workshopId);
    await this.change(identity.workshopId, (current) => {
      if (current.status === "closed")
        throw new DomainError("breakout_closed", "the facilitator has closed the break-out; it can no longer change");
      return editGroup(mission, current, identity.groupId, edit);
    });
    return this.rapporteurView(identity);
  }

  /** Applies `edit` to the stored break-out as one compare-and-set, again on the fresh record after a conflict. */
  private async change(workshopId: string, edit: (breakout: Breakout) => Breakout): Promise<Breakout> {
    const saved = await this.queue.run(workshopId, () =>
      retryOnConflict(ATTEMPTS, async () => {
        const stored = await this.stored(workshopId);
        const next: StoredBreakout = { ...stored, breakout: edit(stored.breakout) };
        const ok = await this.store.saveBreakout(workshopId, next, stored.breakout.revision);
        return ok ? next.breakout : "conflict";
      }),
    );
    this.events.breakoutChanged(saved);
    return saved;
  }

  private async stored(workshopId: string): Promise<StoredBreakout> {
    const stored = await this.store.getBreakout(workshopId);
    if (!stored) throw new DomainError("breakout_not_found", "this workshop's break-out has not been opened");
    return stored;
  }

  private facilitatorView(breakout: Breakout, key: string): FacilitatorBreakout {
    // The likeliest address phones can reach (PUBLIC_URL when it is set), as for the first join link.
    const origin = this.addresses.list()[0]!.origin;
    const links = breakout.groups.map((group) => {
      const token = rapporteurToken(key, breakout.workshopId, group.id);
      return { groupId: group.id, url: `${origin}/r/${token}`, token };
    });
    return { breakout, links };
  }
}
