// What the analysis page holds: the mission, its workshops, its analysis and shortlist, the pillar filter and language.
import {
  type CuratedShortlist,
  type Flag,
  type Language,
  type Mission,
  type MissionAnalysis,
  type StatementAnalysis,
  type Workshop,
} from "@peerpulse/shared";
import { api, ApiFailure } from "../lib/connection/api.ts";
import { shownText, type ShownText } from "../lib/i18n/shown-text.ts";
import type { FigureWords } from "./figure-words.ts";
import { timeOfDay } from "./time-of-day.ts";
import { flagReason } from "./flag-reasons.ts";

/** One mission's analysis as the mission team reads it; every request carries the facilitator key. */
export class AnalysisPage {
  #mission = $state<Mission | null>(null);
  #workshops = $state<Workshop[]>([]);
  #analysis = $state<MissionAnalysis | null>(null);
  #shortlist = $state<CuratedShortlist | null>(null);
  #problem = $state<ApiFailure | null>(null);
  #loadedAt = $state<number | null>(null);
  #pillar = $state<string | null>(null);
  #language = $state<Language | null>(null);
  #interface = $state<Language | null>(null);
  readonly missionId: string;
  readonly facilitatorKey: string;

  constructor(missionId: string, facilitatorKey: string) {
    this.missionId = missionId;
    this.facilitatorKey = facilitatorKey;
  }

  get mission(): Mission | null {
    return this.#mission;
  }
  get workshops(): Workshop[] {
    return this.#workshops;
  }
  get analysis(): MissionAnalysis | null {
    return this.#analysis;
  }
  get shortlist(): CuratedShortlist | null {
    return this.#shortlist;
  }
  get problem(): ApiFailure | null {
    return this.#problem;
  }
  /** When the figures were loaded, as "14:05" (empty before the first load). */
  get loadedTime(): string {
    return this.#loadedAt === null ? "" : timeOfDay(this.#loadedAt);
  }
  /** The pillar the page is filtered to; null shows every pillar. */
  get pillar(): string | null {
    return this.#pillar;
  }
  set pillar(pillar: string | null) {
    this.#pillar = pillar;
  }
  /**
   * Language of the statements on the page and of the exports: the one chosen here, else the page's interface
   * language when the mission offers it, else the mission's first.
   */
  get language(): Language {
    const offered = this.#mission?.languages ?? [];
    const following = this.#interface && offered.includes(this.#interface) ? this.#interface : null;
    return this.#language ?? following ?? offered[0] ?? "en";
  }
  set language(language: Language) {
    this.#language = language;
  }
  /** The page's interface language, which the statements follow until a language is chosen for them. */
  followInterface(language: Language): void {
    this.#interface = language;
  }
  /** True when the key was missing or refused: the page asks for it again. */
  get keyRefused(): boolean {
    return this.#problem?.code === "bad_facilitator_key" || this.#problem?.code === "facilitator_key_required";
  }

  /** Loads (or reloads) everything; the analysis is computed by the server from the tallies of the moment. */
  async load(): Promise<void> {
    const options = { facilitatorKey: this.facilitatorKey };
    const base = `/api/missions/${encodeURIComponent(this.missionId)}`;
    try {
      const [{ mission }, { workshops }, results] = await Promise.all([
        api<{ mission: Mission }>("GET", base, options),
        api<{ workshops: Workshop[] }>("GET", `${base}/workshops`, options),
        api<{ analysis: MissionAnalysis; shortlist: CuratedShortlist }>("GET", `${base}/analysis`, options),
      ]);
      this.#mission = mission;
      this.#workshops = workshops;
      this.#analysis = results.analysis;
      this.#shortlist = results.shortlist;
      this.#loadedAt = Date.now();
      this.#problem = null;
    } catch (error) {
      this.#problem = error instanceof ApiFailure ? error : new ApiFailure("internal", String(error));
    }
  }

  /** The shortlist as the server returned it after a save. */
  replaceShortlist(shortlist: CuratedShortlist): void {
    this.#shortlist = shortlist;
  }

  /** Whether the pillar filter lets `pillar` through. */
  shows(pillar: string): boolean {
    return this.#pillar === null || this.#pillar === pillar;
  }

  /** The pillars (in the mission's order) that hold statements, each with its analysed statements. */
  get pillarGroups(): { pillar: string; statements: StatementAnalysis[] }[] {
    const analysis = this.#analysis;
    if (!analysis) return [];
    return analysis.pillars
      .map((pillar) => ({ pillar, statements: analysis.statements.filter((s) => s.pillar === pillar) }))
      .filter((group) => group.statements.length > 0);
  }

  /** The groups the filter shows. */
  get shownGroups(): { pillar: string; statements: StatementAnalysis[] }[] {
    return this.pillarGroups.filter((group) => this.shows(group.pillar));
  }

  statementText(code: string): string {
    return this.shownStatement(code).text;
  }
  /** A statement's words in the page's language (or its fallback), with their language and direction. */
  shownStatement(code: string): ShownText {
    const statement = this.#mission?.statements.find((s) => s.code === code);
    return shownText(statement?.text ?? { en: "" }, this.language);
  }
  pillarName(id: string): string {
    return this.shownPillar(id).text;
  }
  /** A pillar's name as `shownStatement` gives a statement's words; its id when the mission has no such pillar. */
  shownPillar(id: string): ShownText {
    const pillar = this.#mission?.pillars.find((p) => p.id === id);
    return shownText(pillar?.name ?? { en: id }, this.language);
  }
  /** Why `flag` is in its list, in the language of `words`. */
  flagReason(flag: Flag, words: FigureWords): string {
    const analysis = this.#analysis;
    const statement = analysis?.statements.find((s) => s.code === flag.code);
    const majority = analysis?.options.commonGroundMajority ?? 0.5;
    return flagReason(flag, statement, words, (id) => this.constituencyName(id), majority);
  }
  constituencyName(id: string): string {
    return this.#mission?.constituencies.find((c) => c.id === id)?.name ?? id;
  }
}
