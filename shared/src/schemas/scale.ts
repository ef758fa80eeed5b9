// The rating scale of a mission: ordered points from disagreement to agreement, "don't know" kept apart.
import { z } from "zod";
import { LocalizedText } from "./language.ts";

/** Scales may have 3 to 11 points; the analysis module supports exactly this range. */
export const MIN_SCALE_POINTS = 3;
/** Largest scale length supported. */
export const MAX_SCALE_POINTS = 11;

/** A rating scale: point labels ordered from most disagreeing (first) to most agreeing (last). */
export const RatingScale = z.object({
  points: z.array(LocalizedText).min(MIN_SCALE_POINTS).max(MAX_SCALE_POINTS),
  dontKnow: LocalizedText,
});
/** A rating scale. */
export type RatingScale = z.infer<typeof RatingScale>;

/** The default five-point agreement scale, labelled in every shipped language. */
export const DEFAULT_SCALE: RatingScale = {
  points: [
    { en: "Strongly disagree", fr: "Pas du tout d'accord", ar: "غير موافق بشدة", es: "Muy en desacuerdo" },
    { en: "Disagree", fr: "Pas d'accord", ar: "غير موافق", es: "En desacuerdo" },
    {
      en: "Neither agree nor disagree",
      fr: "Ni d'accord ni pas d'accord",
      ar: "محايد",
      es: "Ni de acuerdo ni en desacuerdo",
    },
    { en: "Agree", fr: "D'accord", ar: "موافق", es: "De acuerdo" },
    { en: "Strongly agree", fr: "Tout à fait d'accord", ar: "موافق بشدة", es: "Muy de acuerdo" },
  ],
  dontKnow: { en: "Don't know", fr: "Je ne sais pas", ar: "لا أعرف", es: "No sé" },
};
