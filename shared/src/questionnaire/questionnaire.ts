// A questionnaire: the pillars and statements a mission's participants rate, checked to fit together.
import { z } from "zod";
import { Pillar } from "../schemas/mission.ts";
import { checkQuestionnaire } from "../schemas/questionnaire-rules.ts";
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
  .superRefine(checkQuestionnaire);
/** A questionnaire: pillars and the statements grouped under them. */
export type Questionnaire = z.infer<typeof Questionnaire>;
