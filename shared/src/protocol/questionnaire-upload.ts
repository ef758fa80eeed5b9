// What the console sends to read an uploaded questionnaire file.
import { z } from "zod";

/** An uploaded questionnaire file: its format and its text (at most 1 MiB). */
export const QuestionnaireUpload = z.object({
  format: z.enum(["csv", "json"]),
  content: z.string().max(1024 * 1024, "a questionnaire file may be at most 1 MiB"),
});
/** An uploaded questionnaire file. */
export type QuestionnaireUpload = z.infer<typeof QuestionnaireUpload>;
