// Languages a mission can offer, and text given in each of them.
import { z } from "zod";

/** The interface languages peerpulse ships: English, French, Arabic, Spanish. */
export const Language = z.enum(["en", "fr", "ar", "es"]);
/** One of the languages a mission can offer. */
export type Language = z.infer<typeof Language>;

/** Languages written right to left; the screens flip their layout for these. */
export const RIGHT_TO_LEFT: ReadonlySet<Language> = new Set<Language>(["ar"]);

/** Text in one or more languages, keyed by language code; at least one language is required. */
export const LocalizedText = z
  .partialRecord(Language, z.string().trim().min(1).max(2000))
  .refine((text) => Object.keys(text).length > 0, { message: "text must be given in at least one language" });
/** Text in one or more languages. */
export type LocalizedText = z.infer<typeof LocalizedText>;

/** Picks the text in the wanted language, falling back to English, then to any language given. */
export function textIn(text: LocalizedText, language: Language): string {
  return text[language] ?? text.en ?? Object.values(text)[0] ?? "";
}
