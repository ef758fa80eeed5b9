// Pure changes to a break-out: its groups at opening, and a group's priorities added, replaced or removed.
import {
  BREAKOUT_LIMITS,
  PriorityDraft,
  textIn,
  type Breakout,
  type BreakoutGroup,
  type BreakoutOpening,
  type Mission,
  type Priority,
} from "@peerpulse/shared";
import { DomainError } from "./domain-error.ts";
import { checkPillar, checkStatementCodes } from "./mission-references.ts";
import { newId } from "./secrets.ts";

/** The groups a break-out opens with: those named, or one per pillar of the mission named after it. */
export function openingGroups(mission: Mission, opening: BreakoutOpening): BreakoutGroup[] {
  const language = mission.languages[0] ?? "en";
  const drafts =
    opening.groups ??
    mission.pillars.map((pillar) => ({
      name: textIn(pillar.name, language).slice(0, BREAKOUT_LIMITS.groupName),
      pillar: pillar.id,
    }));
  if (drafts.length > BREAKOUT_LIMITS.groups)
    throw new DomainError("limit_reached", `a break-out has at most ${BREAKOUT_LIMITS.groups} groups`);
  return drafts.map((draft) => {
    const pillar = draft.pillar ?? null;
    checkPillar(mission, pillar);
    return { id: newId("g"), name: draft.name, pillar, priorities: [] };
  });
}

/** The group `groupId` of a break-out, or `group_not_found`. */
export function groupOf(breakout: Breakout, groupId: string): BreakoutGroup {
  const group = breakout.groups.find((candidate) => candidate.id === groupId);
  if (!group) throw new DomainError("group_not_found", `this break-out has no group ${groupId}`);
  return group;
}

/** A priority checked against the mission, its pillar defaulting to the group's. */
export function priorityFrom(mission: Mission, group: BreakoutGroup, input: PriorityDraft, id: string): Priority {
  const draft = PriorityDraft.parse(input);
  checkStatementCodes(mission, draft.statementCodes);
  const pillar = draft.pillar === undefined ? group.pillar : draft.pillar;
  checkPillar(mission, pillar);
  return { id, text: draft.text, statementCodes: draft.statementCodes, pillar, actions: draft.actions };
}

/** The change a priority edit makes to a group's list of priorities. */
export type PriorityEdit =
  | { kind: "add"; draft: PriorityDraft }
  | { kind: "replace"; priorityId: string; draft: PriorityDraft }
  | { kind: "remove"; priorityId: string };

/** Applies an edit to one group, returning the break-out one revision on. */
export function editGroup(mission: Mission, breakout: Breakout, groupId: string, edit: PriorityEdit): Breakout {
  const group = groupOf(breakout, groupId);
  let priorities: Priority[];
  switch (edit.kind) {
    case "add":
      if (group.priorities.length >= BREAKOUT_LIMITS.prioritiesPerGroup)
        throw new DomainError(
          "limit_reached",
          `a group records at most ${BREAKOUT_LIMITS.prioritiesPerGroup} priorities`,
        );
      priorities = [...group.priorities, priorityFrom(mission, group, edit.draft, newId("pr"))];
      break;
    case "replace":
      indexOf(group, edit.priorityId);
      priorities = group.priorities.map((priority) =>
        priority.id === edit.priorityId ? priorityFrom(mission, group, edit.draft, priority.id) : priority,
      );
      break;
    case "remove":
      indexOf(group, edit.priorityId);
      priorities = group.priorities.filter((priority) => priority.id !== edit.priorityId);
      break;
  }
  return {
    ...breakout,
    revision: breakout.revision + 1,
    groups: breakout.groups.map((candidate) => (candidate.id === groupId ? { ...group, priorities } : candidate)),
  };
}

function indexOf(group: BreakoutGroup, priorityId: string): number {
  const index = group.priorities.findIndex((priority) => priority.id === priorityId);
  if (index < 0) throw new DomainError("priority_unknown", `this group has no priority ${priorityId}`);
  return index;
}
