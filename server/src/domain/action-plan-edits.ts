// Pure changes to an HCT Action Plan: items made from drafts, added, replaced, removed, reordered and merged.
import {
  PLAN_LIMITS,
  PlanItemDraft,
  PlanPriority,
  type ActionPlan,
  type Mission,
  type PlanAction,
  type PlanItem,
  type PlanSource,
} from "@peerpulse/shared";
import { DomainError } from "./domain-error.ts";
import { checkPillar, checkStatementCodes } from "./mission-references.ts";
import { newId } from "./secrets.ts";

/** Most statement codes one item links (several merged priorities together). */
const MAX_ITEM_CODES = 40;

/** What an item may refer to besides the mission itself: the mission's workshops. */
export interface PlanReferences {
  mission: Mission;
  workshopIds: ReadonlySet<string>;
}

/** A mission's plan before its first item. */
export function emptyPlan(missionId: string): ActionPlan {
  return { missionId, items: [], revision: 0 };
}

/** An item built from a draft and checked against the mission; `existing` keeps the ids of its actions. */
export function itemFrom(refs: PlanReferences, input: PlanItemDraft, id: string, existing?: PlanItem): PlanItem {
  const draft = PlanItemDraft.parse(input);
  checkPriority(refs.mission, draft.priority);
  for (const source of draft.sources) checkSource(refs, source);
  const actions = draft.actions.map((action): PlanAction => {
    if (action.id !== undefined && !existing?.actions.some((kept) => kept.id === action.id))
      throw new DomainError("action_unknown", `this item has no action ${action.id}`);
    return { ...action, id: action.id ?? newId("a") };
  });
  return { id, priority: draft.priority, actions, sources: distinctSources(draft.sources) };
}

/** Checks a priority issue's statements and pillar against the mission. */
export function checkPriority(mission: Mission, priority: PlanPriority): void {
  checkStatementCodes(mission, priority.statementCodes);
  checkPillar(mission, priority.pillar);
}

/** Adds an item at the end. */
export function addItem(plan: ActionPlan, item: PlanItem): ActionPlan {
  if (plan.items.length >= PLAN_LIMITS.items)
    throw new DomainError("limit_reached", `a plan holds at most ${PLAN_LIMITS.items} items`);
  return next(plan, [...plan.items, item]);
}

/** Replaces the item with the same id. */
export function replaceItem(plan: ActionPlan, item: PlanItem): ActionPlan {
  itemOf(plan, item.id);
  return next(
    plan,
    plan.items.map((candidate) => (candidate.id === item.id ? item : candidate)),
  );
}

export function removeItem(plan: ActionPlan, itemId: string): ActionPlan {
  itemOf(plan, itemId);
  return next(
    plan,
    plan.items.filter((item) => item.id !== itemId),
  );
}

/** Puts the items in the order given: every item exactly once. */
export function reorder(plan: ActionPlan, itemIds: readonly string[]): ActionPlan {
  const held = new Set(plan.items.map((item) => item.id));
  if (itemIds.length !== held.size || itemIds.some((id) => !held.has(id)))
    throw new DomainError("bad_request", "itemIds: list every item of the plan exactly once");
  return next(
    plan,
    itemIds.map((id) => itemOf(plan, id)),
  );
}

/** Merges the items into the first: it keeps its place and words and gains the others' codes, actions and sources. */
export function merge(plan: ActionPlan, itemIds: readonly string[]): ActionPlan {
  const [first, ...others] = itemIds.map((id) => itemOf(plan, id));
  if (!first) throw new DomainError("bad_request", "itemIds: name at least two items");
  const merged: PlanItem = {
    ...first,
    priority: {
      ...first.priority,
      statementCodes: [...new Set([first, ...others].flatMap((item) => item.priority.statementCodes))],
    },
    actions: [first, ...others].flatMap((item) => item.actions),
    sources: distinctSources([first, ...others].flatMap((item) => item.sources)),
  };
  if (merged.priority.statementCodes.length > MAX_ITEM_CODES)
    throw new DomainError("limit_reached", `an item links at most ${MAX_ITEM_CODES} statements`);
  if (merged.actions.length > PLAN_LIMITS.actionsPerItem)
    throw new DomainError("limit_reached", `an item holds at most ${PLAN_LIMITS.actionsPerItem} actions`);
  if (merged.sources.length > PLAN_LIMITS.sourcesPerItem)
    throw new DomainError("limit_reached", `an item holds at most ${PLAN_LIMITS.sourcesPerItem} sources`);
  const gone = new Set(others.map((item) => item.id));
  return next(
    plan,
    plan.items.flatMap((item) => (item.id === first.id ? [merged] : gone.has(item.id) ? [] : [item])),
  );
}

/** The item `itemId`, or `plan_item_unknown`. */
export function itemOf(plan: ActionPlan, itemId: string): PlanItem {
  const item = plan.items.find((candidate) => candidate.id === itemId);
  if (!item) throw new DomainError("plan_item_unknown", `the action plan has no item ${itemId}`);
  return item;
}

function checkSource(refs: PlanReferences, source: PlanSource): void {
  if (source.kind === "workshop" && !refs.workshopIds.has(source.workshopId))
    throw new DomainError("workshop_not_found", `this mission has no workshop ${source.workshopId}`);
}

/** Sources each once, in the order first met. */
function distinctSources(sources: readonly PlanSource[]): PlanSource[] {
  const seen = new Set<string>();
  return sources.filter((source) => {
    const key = JSON.stringify(source);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function next(plan: ActionPlan, items: PlanItem[]): ActionPlan {
  return { ...plan, items, revision: plan.revision + 1 };
}
