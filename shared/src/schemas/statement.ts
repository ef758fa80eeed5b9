// A statement participants rate, identified by a stable short code such as L1 or C4.
import { z } from "zod";
import { LocalizedText } from "./language.ts";

/** A statement code: one to four capital letters then one to three digits (`L1`, `AAP12`). */
export const StatementCode = z
  .string()
  .regex(/^[A-Z]{1,4}[0-9]{1,3}$/, "a statement code is letters then digits, like L1 or C4");
/** A statement code. */
export type StatementCode = z.infer<typeof StatementCode>;

/** A pillar id: lower-case words joined by dashes (`leadership`, `accountability`). */
export const PillarId = z
  .string()
  .regex(/^[a-z][a-z0-9-]{0,39}$/, "a pillar id is lower-case letters, digits and dashes");
/** A pillar id. */
export type PillarId = z.infer<typeof PillarId>;

/** One statement of a questionnaire: its code, its pillar and its text in each offered language. */
export const Statement = z.object({
  code: StatementCode,
  pillar: PillarId,
  text: LocalizedText,
});
/** A statement. */
export type Statement = z.infer<typeof Statement>;
