// Step 2 of a workshop: break-out groups (one per pillar, or as the facilitator names them) and what each
// group's rapporteur records: priority challenges, the statements they come from, and the actions proposed.
import { z } from "zod";
import { EntityId } from "./mission.ts";
import { PillarId, StatementCode } from "./statement.ts";

/** The limits a break-out keeps to; a request beyond them is refused (`bad_request` or `limit_reached`). */
export const BREAKOUT_LIMITS = {
  /** Groups in one workshop's break-out. */
  groups: 8,
  /** Characters of a group's name. */
  groupName: 80,
  /** Priority challenges one group may record. */
  prioritiesPerGroup: 10,
  /** Characters of a priority challenge. */
  priorityText: 300,
  /** Statement codes one priority may link. */
  statementsPerPriority: 10,
  /** Proposed actions of one priority. */
  actionsPerPriority: 10,
  /** Characters of a proposed action, and of the capacity and resources it needs. */
  actionText: 500,
} as const;

/** A group as the facilitator names it when opening the break-out; `pillar` null for a group across pillars. */
export const BreakoutGroupDraft = z.object({
  name: z.string().trim().min(1).max(BREAKOUT_LIMITS.groupName),
  pillar: PillarId.nullable().default(null),
});
/** A group as the facilitator names it. */
export type BreakoutGroupDraft = z.input<typeof BreakoutGroupDraft>;

/**
 * What the facilitator sends to open a workshop's break-out. Without `groups`, one group per pillar of the
 * mission, named after the pillar (in the mission's first language).
 */
export const BreakoutOpening = z.object({
  groups: z.array(BreakoutGroupDraft).min(1).max(BREAKOUT_LIMITS.groups).optional(),
});
/** What the facilitator sends to open a workshop's break-out. */
export type BreakoutOpening = z.input<typeof BreakoutOpening>;

/** A realistic action a group proposes, with the capacity and resources it needs. */
export const ProposedAction = z.object({
  text: z.string().trim().min(1).max(BREAKOUT_LIMITS.actionText),
  resources: z.string().trim().max(BREAKOUT_LIMITS.actionText).default(""),
});
/** A proposed action. */
export type ProposedAction = z.infer<typeof ProposedAction>;

/** Statement codes a priority links: each at most once. */
const LinkedCodes = z
  .array(StatementCode)
  .max(BREAKOUT_LIMITS.statementsPerPriority)
  .refine((codes) => new Set(codes).size === codes.length, { message: "a statement is linked once" })
  .default([]);

/**
 * A priority challenge as a rapporteur (or the facilitator) writes it. `pillar` left out takes the group's
 * pillar; every code must be one of the mission's statements (`statement_unknown`), the pillar one of its
 * pillars (`pillar_unknown`).
 */
export const PriorityDraft = z.object({
  text: z.string().trim().min(1).max(BREAKOUT_LIMITS.priorityText),
  statementCodes: LinkedCodes,
  pillar: PillarId.nullable().optional(),
  actions: z.array(ProposedAction).max(BREAKOUT_LIMITS.actionsPerPriority).default([]),
});
/** A priority challenge as written. */
export type PriorityDraft = z.input<typeof PriorityDraft>;

/** A stored priority challenge; its id is what the plenary vote counts. */
export const Priority = z.object({
  id: EntityId,
  text: z.string(),
  statementCodes: z.array(StatementCode),
  pillar: PillarId.nullable(),
  actions: z.array(ProposedAction),
});
/** A stored priority challenge. */
export type Priority = z.infer<typeof Priority>;

/** One break-out group and what its rapporteur recorded. */
export const BreakoutGroup = z.object({
  id: EntityId,
  name: z.string(),
  pillar: PillarId.nullable(),
  priorities: z.array(Priority),
});
/** One break-out group. */
export type BreakoutGroup = z.infer<typeof BreakoutGroup>;

/** Open: rapporteurs record. Closed: only the facilitator edits. */
export const BreakoutStatus = z.enum(["open", "closed"]);
/** A break-out's status. */
export type BreakoutStatus = z.infer<typeof BreakoutStatus>;

/** A workshop's break-out: its groups in order. `revision` grows by one with every change. */
export const Breakout = z.object({
  workshopId: EntityId,
  status: BreakoutStatus,
  groups: z.array(BreakoutGroup),
  revision: z.number().int().min(1),
});
/** A workshop's break-out. */
export type Breakout = z.infer<typeof Breakout>;

/** What the facilitator sends to close or reopen the break-out to rapporteurs. */
export const BreakoutStatusChange = z.object({ status: BreakoutStatus });
/** What the facilitator sends to close or reopen the break-out. */
export type BreakoutStatusChange = z.infer<typeof BreakoutStatusChange>;
