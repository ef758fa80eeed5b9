// A questionnaire: the pillars and statements a mission's participants rate, checked to fit together.
import { z } from "zod";
import { Pillar } from "../schemas/mission.ts";
import { Statement } from "../schemas/statement.ts";

/** Most pillars a questionnaire may have: the same limit as a mission's pillars. */
export const MAX_QUESTIONNAIRE_PILLARS = 12;
/** Most statements a questionnaire may have: the same limit as a mission's statements. */
export const MAX_QUESTIONNAIRE_STATEMENTS = 200;

/** A questionnaire: unique pillars, and statements with unique codes that each belong to one of those pillars. */
export const Questionnaire = z
  .object({
    pillars: z.array(Pillar).min(1).max(MAX_QUESTIONNAIRE_PILLARS),
    statements: z.array(Statement).min(1).max(MAX_QUESTIONNAIRE_STATEMENTS),
  })
  .superRefine((questionnaire, ctx) => {
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
  });
/** A questionnaire: pillars and the statements grouped under them. */
export type Questionnaire = z.infer<typeof Questionnaire>;
