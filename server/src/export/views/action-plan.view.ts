// The action plan as a table: one row per action, in plan order, so the HCT's secretariat can keep working on it.
import {
  textIn,
  type ActionPlan,
  type ActionStatus,
  type Mission,
  type PlanSource,
  type Workshop,
} from "@peerpulse/shared";
import { PLAN_COLUMNS } from "../action-plan-columns.ts";
import type { Cell, ExportTable } from "./view-cells.ts";

const STATUS_WORDS: Record<ActionStatus, string> = {
  "not-started": "not started",
  ongoing: "ongoing",
  completed: "completed",
  "de-prioritised": "de-prioritised",
};

/** A source in words: the workshop named by its constituency and date. */
export function sourceLabel(source: PlanSource, mission: Mission, workshops: readonly Workshop[]): string {
  switch (source.kind) {
    case "hct-retreat":
      return "HCT retreat";
    case "mission-team":
      return "mission team suggestion";
    case "workshop": {
      const workshop = workshops.find((candidate) => candidate.id === source.workshopId);
      const constituency = mission.constituencies.find((candidate) => candidate.id === workshop?.constituencyId);
      return workshop ? `workshop: ${constituency?.name ?? workshop.constituencyId}, ${workshop.date}` : "workshop";
    }
  }
}

/** One row per action (an item without actions: one row with the action's cells empty). */
export function actionPlanTable(plan: ActionPlan, mission: Mission, workshops: readonly Workshop[]): ExportTable {
  const language = mission.languages[0] ?? "en";
  const rows = plan.items.flatMap((item, index): Cell[][] => {
    const pillar = mission.pillars.find((candidate) => candidate.id === item.priority.pillar);
    const shared: Cell[] = [
      index + 1,
      item.priority.text,
      pillar ? textIn(pillar.name, language) : null,
      item.priority.statementCodes.join(" ") || null,
    ];
    const source = item.sources.map((candidate) => sourceLabel(candidate, mission, workshops)).join(" | ");
    if (item.actions.length === 0) return [[...shared, null, null, null, null, null, null, source]];
    return item.actions.map((action): Cell[] => [
      ...shared,
      action.text,
      action.resources || null,
      action.focalPoint || null,
      action.timeline,
      action.verification || null,
      STATUS_WORDS[action.status],
      source,
    ]);
  });
  return { columns: [...PLAN_COLUMNS], rows };
}
