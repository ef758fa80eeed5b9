// The columns of the action plan's CSV and XLSX: one row per action, one meaning per name (docs/api.md,
// "Action plan columns"; none of these names is used by the results exports).
import type { ExportColumn } from "./export-columns.ts";

/** Every column of the action plan export, in order, with its meaning. */
export const PLAN_COLUMNS = [
  {
    name: "item",
    kind: "count",
    meaning: "the item's place in the plan, from 1 (several rows share it when the item has several actions)",
  },
  { name: "priority", kind: "long-text", meaning: "the priority issue the item answers" },
  {
    name: "priority pillar",
    kind: "text",
    meaning: "the pillar of the priority issue (empty when it spans pillars)",
  },
  {
    name: "linked statements",
    kind: "text",
    meaning: "codes of the statements the priority relates to, separated by spaces",
  },
  { name: "action", kind: "long-text", meaning: "the action" },
  { name: "capacity and resources", kind: "long-text", meaning: "the capacity and resources the action needs" },
  { name: "focal point", kind: "text", meaning: "the organisation or role responsible for the action" },
  {
    name: "timeline",
    kind: "text",
    meaning: "when the action is due: a date (2027-03-31) or a quarter (2027-Q2)",
  },
  { name: "how verified", kind: "long-text", meaning: "how the action's completion will be verified" },
  { name: "status", kind: "text", meaning: "not started, ongoing, completed or de-prioritised" },
  {
    name: "source",
    kind: "long-text",
    meaning:
      "where the item came from: HCT retreat, the workshop (constituency, date) or mission team suggestion, several separated by a vertical bar",
  },
] as const satisfies readonly ExportColumn[];
