// The HCT Action Plan of a mission: items started from workshop priorities or statements, edited, ordered, merged.
import {
  PLAN_LIMITS,
  PlanItemCreation,
  textIn,
  type ActionPlan,
  type Mission,
  type PlanItemDraft,
} from "@peerpulse/shared";
import {
  addItem,
  emptyPlan,
  itemFrom,
  itemOf,
  merge,
  removeItem,
  reorder,
  replaceItem,
  type PlanReferences,
} from "./action-plan-edits.ts";
import { DomainError } from "./domain-error.ts";
import { KeyedQueue } from "./keyed-queue.ts";
import { retryOnConflict } from "./mission-references.ts";
import { newId } from "./secrets.ts";
import type { Store } from "./store.ts";

/** A change that lost a race with another process's is tried again on the fresh plan, this many times at most. */
const ATTEMPTS = 20;

/** The plan after a change, and the item the change made or kept (creation, merge). */
export interface PlanChange {
  plan: ActionPlan;
  itemId?: string;
}

/** Reads and changes a mission's plan; the caller has checked the facilitator key. */
export class ActionPlanService {
  private readonly queue = new KeyedQueue();

  constructor(private readonly store: Store) {}

  async plan(missionId: string): Promise<ActionPlan> {
    return (await this.store.getActionPlan(missionId)) ?? emptyPlan(missionId);
  }

  async create(mission: Mission, input: PlanItemCreation): Promise<Required<PlanChange>> {
    const creation = PlanItemCreation.parse(input);
    const refs = await this.references(mission);
    const item = itemFrom(refs, await this.draftOf(mission, creation), newId("pi"));
    return { plan: await this.change(mission.id, (plan) => addItem(plan, item)), itemId: item.id };
  }

  async edit(mission: Mission, itemId: string, draft: PlanItemDraft): Promise<ActionPlan> {
    const refs = await this.references(mission);
    return this.change(mission.id, (plan) => replaceItem(plan, itemFrom(refs, draft, itemId, itemOf(plan, itemId))));
  }

  remove(mission: Mission, itemId: string): Promise<ActionPlan> {
    return this.change(mission.id, (plan) => removeItem(plan, itemId));
  }

  reorder(mission: Mission, itemIds: readonly string[]): Promise<ActionPlan> {
    return this.change(mission.id, (plan) => reorder(plan, itemIds));
  }

  async merge(mission: Mission, itemIds: readonly string[]): Promise<Required<PlanChange>> {
    return { plan: await this.change(mission.id, (plan) => merge(plan, itemIds)), itemId: itemIds[0]! };
  }

  /** Applies `edit` to the stored plan as one compare-and-set, again on the fresh plan after a conflict. */
  private change(missionId: string, edit: (plan: ActionPlan) => ActionPlan): Promise<ActionPlan> {
    return this.queue.run(missionId, () =>
      retryOnConflict(ATTEMPTS, async () => {
        const current = await this.plan(missionId);
        const changed = edit(current);
        return (await this.store.saveActionPlan(missionId, changed, current.revision)) ? changed : "conflict";
      }),
    );
  }

  private async references(mission: Mission): Promise<PlanReferences> {
    return { mission, workshopIds: new Set(await this.store.listWorkshopIds(mission.id)) };
  }

  /** The draft a new item starts from. */
  private async draftOf(mission: Mission, creation: PlanItemCreation): Promise<PlanItemDraft> {
    switch (creation.from) {
      case "draft":
        return creation.item;
      case "statement": {
        const statement = mission.statements.find((candidate) => candidate.code === creation.statementCode);
        if (!statement)
          throw new DomainError("statement_unknown", `this mission has no statement ${creation.statementCode}`);
        const text = textIn(statement.text, mission.languages[0] ?? "en");
        return {
          priority: {
            text: text.length > PLAN_LIMITS.priorityText ? `${text.slice(0, PLAN_LIMITS.priorityText - 1)}…` : text,
            statementCodes: [statement.code],
            pillar: statement.pillar,
          },
          sources: [creation.source ?? { kind: "hct-retreat" }],
        };
      }
      case "priority":
        return this.draftOfPriority(mission, creation.workshopId, creation.priorityId);
    }
  }

  private async draftOfPriority(mission: Mission, workshopId: string, priorityId: string): Promise<PlanItemDraft> {
    const workshop = await this.store.getWorkshop(workshopId);
    if (!workshop || workshop.missionId !== mission.id)
      throw new DomainError("workshop_not_found", `this mission has no workshop ${workshopId}`);
    const breakout = (await this.store.getBreakout(workshopId))?.breakout;
    if (!breakout) throw new DomainError("breakout_not_found", "this workshop's break-out has not been opened");
    const priority = breakout.groups.flatMap((group) => group.priorities).find((found) => found.id === priorityId);
    if (!priority) throw new DomainError("priority_unknown", `this workshop's break-out has no priority ${priorityId}`);
    return {
      priority: { text: priority.text, statementCodes: priority.statementCodes, pillar: priority.pillar },
      actions: priority.actions.map((action) => ({ text: action.text, resources: action.resources })),
      sources: [{ kind: "workshop", workshopId, priorityId }],
    };
  }
}
