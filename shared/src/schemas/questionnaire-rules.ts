// The rules that make pillars and statements fit together, shared by questionnaires and mission drafts.
import type { z } from "zod";

/**
 * Adds an issue for each pillar listed twice, each statement whose pillar is not listed, and each statement
 * code used twice, at the path of the offending entry.
 */
export function checkQuestionnaire(
  questionnaire: { pillars: readonly { id: string }[]; statements: readonly { code: string; pillar: string }[] },
  ctx: z.RefinementCtx,
): void {
  const pillarIds = new Set<string>();
  questionnaire.pillars.forEach((pillar, index) => {
    if (pillarIds.has(pillar.id)) {
      ctx.addIssue({
        code: "custom",
        path: ["pillars", index, "id"],
        message: `pillar "${pillar.id}" is listed twice`,
      });
    }
    pillarIds.add(pillar.id);
  });
  const codes = new Set<string>();
  questionnaire.statements.forEach((statement, index) => {
    if (!pillarIds.has(statement.pillar)) {
      ctx.addIssue({
        code: "custom",
        path: ["statements", index, "pillar"],
        message: `pillar "${statement.pillar}" is not one of the questionnaire's pillars`,
      });
    }
    if (codes.has(statement.code)) {
      ctx.addIssue({
        code: "custom",
        path: ["statements", index, "code"],
        message: `code "${statement.code}" is used by more than one statement`,
      });
    }
    codes.add(statement.code);
  });
}
