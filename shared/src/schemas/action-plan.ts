// The HCT Action Plan of a mission: priority issues, the actions that answer them, who, when, how verified, status.
import { z } from "zod";
import { BREAKOUT_LIMITS } from "./breakout.ts";
import { EntityId } from "./mission.ts";
import { PillarId, StatementCode } from "./statement.ts";

/** The limits a plan keeps to; beyond them a request is refused (`bad_request` or `limit_reached`). */
export const PLAN_LIMITS = {
  items: 100,
  actionsPerItem: 20,
  sourcesPerItem: 20,
  /** Items merged in one request. */
  merged: 20,
  priorityText: BREAKOUT_LIMITS.priorityText,
  actionText: BREAKOUT_LIMITS.actionText,
  focalPoint: 120,
  verification: 500,
} as const;

/** The status words of the results-group workplans. */
export const ActionStatus = z.enum(["not-started", "ongoing", "completed", "de-prioritised"]);
/** An action's status. */
export type ActionStatus = z.infer<typeof ActionStatus>;

/** When an action is due: a date (`2027-03-31`) or a quarter (`2027-Q2`); null until the HCT sets it. */
export const Timeline = z
  .union([z.iso.date(), z.string().regex(/^[0-9]{4}-Q[1-4]$/, "a quarter is written like 2027-Q2")])
  .nullable();
/** When an action is due. */
export type Timeline = z.infer<typeof Timeline>;

/** Where a plan item came from: the HCT retreat, a named workshop (and its priority), or the mission team. */
export const PlanSource = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("hct-retreat") }),
  z.object({ kind: z.literal("workshop"), workshopId: EntityId, priorityId: EntityId.nullable().default(null) }),
  z.object({ kind: z.literal("mission-team") }),
]);
/** Where a plan item came from. */
export type PlanSource = z.infer<typeof PlanSource>;

/** An action as the mission team writes it; `id` given keeps an action of the item, left out makes a new one. */
export const PlanActionDraft = z.object({
  id: EntityId.optional(),
  text: z.string().trim().min(1).max(PLAN_LIMITS.actionText),
  /** The capacity and resources the action needs. */
  resources: z.string().trim().max(PLAN_LIMITS.actionText).default(""),
  /** The organisation or role responsible; empty until assigned. */
  focalPoint: z.string().trim().max(PLAN_LIMITS.focalPoint).default(""),
  timeline: Timeline.default(null),
  /** How it will be verified; empty until agreed. */
  verification: z.string().trim().max(PLAN_LIMITS.verification).default(""),
  status: ActionStatus.default("not-started"),
});
/** An action as written. */
export type PlanActionDraft = z.input<typeof PlanActionDraft>;

/** A stored action of the plan. */
export const PlanAction = PlanActionDraft.required({ id: true });
/** A stored action of the plan. */
export type PlanAction = z.infer<typeof PlanAction>;

/** The priority issue an item answers: its words, the statements it relates to, its pillar. */
export const PlanPriority = z.object({
  text: z.string().trim().min(1).max(PLAN_LIMITS.priorityText),
  statementCodes: z
    .array(StatementCode)
    .max(BREAKOUT_LIMITS.statementsPerPriority * 4)
    .refine((codes) => new Set(codes).size === codes.length, { message: "a statement is linked once" })
    .default([]),
  pillar: PillarId.nullable().default(null),
});
/** The priority issue of a plan item. */
export type PlanPriority = z.infer<typeof PlanPriority>;

/** A plan item as the mission team writes it (creating a blank item, or replacing an item's contents). */
export const PlanItemDraft = z.object({
  priority: PlanPriority,
  actions: z.array(PlanActionDraft).max(PLAN_LIMITS.actionsPerItem).default([]),
  sources: z.array(PlanSource).min(1).max(PLAN_LIMITS.sourcesPerItem),
});
/** A plan item as written. */
export type PlanItemDraft = z.input<typeof PlanItemDraft>;

/** A stored plan item. */
export const PlanItem = z.object({
  id: EntityId,
  priority: PlanPriority,
  actions: z.array(PlanAction),
  sources: z.array(PlanSource).min(1),
});
/** A stored plan item. */
export type PlanItem = z.infer<typeof PlanItem>;

/** A mission's HCT Action Plan: items in the team's order. `revision` grows by one with every change (0: empty). */
export const ActionPlan = z.object({
  missionId: EntityId,
  items: z.array(PlanItem),
  revision: z.number().int().min(0),
});
/** A mission's HCT Action Plan. */
export type ActionPlan = z.infer<typeof ActionPlan>;

/**
 * How a new item starts: from a workshop's break-out priority (its words, statements, pillar and proposed
 * actions, the workshop as source), from a statement (its text in the mission's first language, its code and
 * pillar, `source` default the HCT retreat), or as written (`draft`). New items go to the end of the plan.
 */
export const PlanItemCreation = z.discriminatedUnion("from", [
  z.object({ from: z.literal("priority"), workshopId: EntityId, priorityId: EntityId }),
  z.object({
    from: z.literal("statement"),
    statementCode: StatementCode,
    source: PlanSource.default({ kind: "hct-retreat" }),
  }),
  z.object({ from: z.literal("draft"), item: PlanItemDraft }),
]);
/** How a new plan item starts. */
export type PlanItemCreation = z.input<typeof PlanItemCreation>;

/** Ids, each once. */
const DistinctIds = (max: number) =>
  z
    .array(EntityId)
    .max(max)
    .refine((ids) => new Set(ids).size === ids.length, { message: "an item is listed once" });

/** The plan's new order: every item id exactly once. */
export const PlanOrder = z.object({ itemIds: DistinctIds(PLAN_LIMITS.items) });
/** The plan's new order. */
export type PlanOrder = z.infer<typeof PlanOrder>;

/**
 * Items to merge into the first one listed, which keeps its place and words: it gains the others' statements,
 * actions and sources (each source once), and the others leave the plan.
 */
export const PlanMerge = z.object({ itemIds: DistinctIds(PLAN_LIMITS.merged).pipe(z.array(EntityId).min(2)) });
/** Items to merge. */
export type PlanMerge = z.infer<typeof PlanMerge>;
