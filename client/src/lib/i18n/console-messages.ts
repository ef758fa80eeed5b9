// The console's texts: opening, importing and creating missions, adding workshops, running one live.
//
// To add a text (a new control, say): add its key below, in the part of the console it belongs to, with a doc comment
// when its use is not obvious; then give it in console/en.ts, fr.ts, es.ts and ar.ts (typecheck fails until all four
// have it); then use it as `{m.yourKey}` (in a console component, `const locale = consoleLocale()` and
// `const m = $derived(locale.messages)`). A text with a number in it is a function, so each language places and
// inflects the number itself. A new part of the console may take its own group (like `run`) to keep lists short.
import type { Language, MissionKind, Pacing } from "@peerpulse/shared";
import type { CommonMessages } from "./common-messages.ts";
import { ar } from "./console/ar.ts";
import { en } from "./console/en.ts";
import { es } from "./console/es.ts";
import { fr } from "./console/fr.ts";

/** Every text the console shows that does not come from the mission. */
export interface ConsoleMessages extends CommonMessages {
  consoleTitle: string;
  /** Each interface language's name in this language (the mission form's checkboxes). */
  languageNames: Record<Language, string>;
  missionKinds: Record<MissionKind, string>;
  pacings: Record<Pacing, string>;
  loading: string;
  /** "3 constituencies · 30 statements". */
  missionFacts: (constituencies: number, statements: number) => string;

  home: {
    yourMissions: string;
    openTitle: string;
    openHint: string;
    missionId: string;
    facilitatorKey: string;
    openButton: string;
    keyDoesNotOpen: string;
    noSuchMission: string;
    unreachable: string;
    importTitle: string;
    importHint: string;
    transferFile: string;
    transferKey: string;
    notTransferFile: (fileName: string) => string;
    alreadyHere: string;
    fileKeyRefused: string;
    openIt: string;
    importButton: string;
  };

  newMission: {
    title: string;
    missionTitle: string;
    kind: string;
    country: string;
    languages: string;
    constituencies: string;
    constituencyName: (position: number) => string;
    constituencyExample: string;
    hct: string;
    remove: string;
    removeConstituency: (position: number) => string;
    addConstituency: string;
    questionnaire: string;
    sample: string;
    fromFile: string;
    questionnaireFile: string;
    parsed: (statements: number, pillars: number) => string;
    sampleTemplate: string;
    importFirst: string;
    anonymityMinimum: string;
    create: string;
    created: (title: string) => string;
    keyShownOnce: string;
    keyKeep: string;
    copyKey: string;
    copied: string;
    continue: string;
  };

  mission: {
    /** "EN, FR · 30 statements · results shown from 5 answers". */
    details: (languages: string, statements: number, minimum: number) => string;
    analysisLink: string;
    workshops: string;
    noWorkshop: string;
    constituency: string;
    date: string;
    place: string;
    pacing: string;
    /** The round a workshop belongs to (1 = the baseline, then follow-ups). */
    round: string;
    /** A round in the new-workshop form: "Round 2 (follow-up)"; `kind` says whether it is the baseline, an existing follow-up or a new one. */
    roundChoice: (round: number, kind: "baseline" | "follow-up" | "new follow-up") => string;
    code: string;
    status: string;
    run: string;
    newWorkshop: string;
    hctMark: string;
    pacingChoices: Record<Pacing, string>;
    createWorkshop: string;
  };

  run: {
    back: string;
    noKey: string;
    joinAt: string;
    withCode: string;
    controls: string;
    openWorkshop: string;
    closeWorkshop: string;
    previous: string;
    next: string;
    lock: (code: string) => string;
    unlock: (code: string) => string;
    hideResults: string;
    revealResults: string;
    openPresenter: string;
    joined: string;
    voted: string;
    results: string;
    shown: string;
    hidden: string;
    statementsCaption: string;
    code: string;
    statement: string;
    answers: string;
    actions: string;
    locked: string;
    show: string;
    onScreen: string;
  };

  /** Who may still join a running workshop (rules G4, G6), and the final close (M1). */
  entry: {
    label: string;
    /** New phones may join. */
    open: string;
    /** Only phones that joined before come back. */
    closed: string;
    closeEntry: string;
    reopenEntry: string;
    /** The field for how many people are in the room. */
    expectedSize: string;
    setExpectedSize: string;
    clearExpectedSize: string;
    /** More devices joined than people said to be in the room: someone may have joined twice. */
    overCount: (joined: number, expected: number) => string;
    /** Asked before closing the workshop, which cannot be undone. */
    confirmClose: string;
  };
}

/** The console's catalogues, by language. */
export const CONSOLE_MESSAGES: Record<Language, ConsoleMessages> = { en, fr, ar, es };
