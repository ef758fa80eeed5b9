// A mission: one peer review in one country, with its questionnaire, scale, pillars and constituencies.
import { z } from "zod";
import { Language, LocalizedText } from "./language.ts";
import { checkQuestionnaire } from "./questionnaire-rules.ts";
import { DEFAULT_SCALE, RatingScale } from "./scale.ts";
import { PillarId, Statement } from "./statement.ts";

/** Ids of missions, constituencies and workshops: url-safe, 6 to 40 characters. */
export const EntityId = z.string().regex(/^[A-Za-z0-9_-]{6,40}$/, "an id is 6 to 40 letters, digits, _ or -");
/** An entity id. */
export type EntityId = z.infer<typeof EntityId>;

/** The kind of mission. */
export const MissionKind = z.enum(["operational-peer-review", "peer-2-peer-support", "other"]);
/** The kind of mission. */
export type MissionKind = z.infer<typeof MissionKind>;

/** A pillar groups statements (leadership, coordination, accountability to affected people, …). */
export const Pillar = z.object({ id: PillarId, name: LocalizedText });
/** A pillar. */
export type Pillar = z.infer<typeof Pillar>;

/** The default pillars of a peer review. */
export const DEFAULT_PILLARS: Pillar[] = [
  { id: "leadership", name: { en: "Leadership", fr: "Leadership", ar: "القيادة", es: "Liderazgo" } },
  { id: "coordination", name: { en: "Coordination", fr: "Coordination", ar: "التنسيق", es: "Coordinación" } },
  {
    id: "accountability",
    name: {
      en: "Accountability to affected people",
      fr: "Redevabilité envers les populations affectées",
      ar: "المساءلة أمام السكان المتضررين",
      es: "Rendición de cuentas a las personas afectadas",
    },
  },
];

/** A constituency: a group that holds its own workshop (ICCG, INGOs, NNGOs, an area team, the HCT). */
export const Constituency = z.object({
  id: EntityId,
  name: z.string().trim().min(1).max(120),
  isHct: z.boolean().default(false),
});
/** A constituency. */
export type Constituency = z.infer<typeof Constituency>;

/** Smallest group shown on its own unless a mission sets otherwise. */
export const DEFAULT_ANONYMITY_MINIMUM = 5;

/** What a facilitator sends to create a mission (ids of constituencies may be omitted). */
export const MissionDraft = z
  .object({
    title: z.string().trim().min(1).max(200),
    kind: MissionKind,
    country: z.string().trim().min(1).max(100),
    languages: z.array(Language).min(1).max(4),
    scale: RatingScale.default(DEFAULT_SCALE),
    pillars: z.array(Pillar).min(1).max(12).default(DEFAULT_PILLARS),
    constituencies: z
      .array(Constituency.omit({ id: true }).extend({ id: EntityId.optional() }))
      .min(1)
      .max(30),
    statements: z.array(Statement).min(1).max(200),
    anonymityMinimum: z.number().int().min(2).max(50).default(DEFAULT_ANONYMITY_MINIMUM),
  })
  .superRefine((draft, ctx) => {
    checkQuestionnaire(draft, ctx);
    draft.statements.forEach((statement, index) => {
      for (const language of draft.languages) {
        if (!statement.text[language]) {
          ctx.addIssue({
            code: "custom",
            path: ["statements", index, "text", language],
            message: `statement ${statement.code} has no ${language} text`,
          });
        }
      }
    });
  });
/** What a facilitator sends to create a mission. */
export type MissionDraft = z.input<typeof MissionDraft>;

/** A stored mission. */
export const Mission = z.object({
  id: EntityId,
  title: z.string(),
  kind: MissionKind,
  country: z.string(),
  languages: z.array(Language).min(1),
  scale: RatingScale,
  pillars: z.array(Pillar).min(1),
  constituencies: z.array(Constituency).min(1),
  statements: z.array(Statement).min(1),
  anonymityMinimum: z.number().int().min(2),
  createdAt: z.iso.datetime(),
});
/** A stored mission. */
export type Mission = z.infer<typeof Mission>;
