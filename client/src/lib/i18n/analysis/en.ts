// English texts of the analysis page.
import type { AnalysisMessages } from "../analysis-messages.ts";
import { en as common } from "../common/en.ts";

const range = (interval: string | null) => (interval ? ` (interval ${interval})` : "");

export const en: AnalysisMessages = {
  ...common,
  analysisTitle: "mission analysis",
  cannotLoad: (problem) => `Cannot load the mission: ${problem}`,
  loadingAnalysis: "Loading the analysis…",
  viewsLabel: "Parts of the analysis",
  views: { analysis: "Constituencies compared", shortlist: "Shortlist", retreat: "Retreat view", exports: "Exports" },
  headings: {
    compared: "Constituencies compared",
    flagged: "Flagged statements",
    shortlist: "Shortlist for the HCT retreat",
    retreat: "Retreat view",
    exports: "Exports",
  },

  access: {
    title: "Open a mission's analysis",
    hint: "Paste the mission id (from the console's address bar) and the facilitator key shown when the mission was created.",
    missionId: "Mission id",
    refused: "This key does not open this mission.",
  },

  bar: {
    facts: (constituencies, statements, minimum) =>
      `${constituencies} constituencies · ${statements} statements · groups under ${minimum} answers are withheld`,
    pillar: "Pillar",
    allPillars: "All pillars",
    statementLanguage: "Statements and files in",
    reload: "Reload the figures",
    reloading: "Reloading…",
    asOf: (time) => `as of ${time}`,
  },

  heat: {
    legend: "Net agreement (% agree − % disagree):",
    legendScale: "Colours from −100% (everyone disagrees) to +100% (everyone agrees)",
    withheld: "withheld",
    withheldMeaning: (minimum) => `fewer than ${minimum} answered, or withheld so a smaller group cannot be worked out`,
    caption: "Net agreement per statement and constituency",
    statement: "Statement",
    countsAsHct: "counts as HCT",
    hctPooled: "HCT pooled",
    othersPooled: "Others pooled",
    gap: "HCT − others",
    gapUnit: "mean, in scale points",
    gapGroup: "HCT − others, mean in scale points",
    beyondNoise: "beyond noise",
    withinNoise: "within noise",
    n: (n) => `n ${n}`,
  },

  describe: {
    withheldBelowMinimum: (group, respondents, minimum) =>
      `${group}: withheld to keep answers anonymous — ${respondents} answered, fewer than the mission's minimum of ${minimum}.`,
    withheldComplementary: (group, respondents) =>
      `${group}: withheld although ${respondents} answered, because showing it would let a smaller withheld group be worked out by subtraction.`,
    allDontKnow: (group, respondents) => `${group}: ${respondents} answered, all "don't know".`,
    figures: (group, net, interval, agree, disagree, n, dontKnow) =>
      `${group}: net agreement ${net}${interval ? ` (95% interval ${interval})` : ""}; ${agree} agree, ${disagree} disagree; n = ${n}` +
      (dontKnow > 0 ? `, ${dontKnow} don't know.` : "."),
    gap: (gap, interval, beyondNoise) =>
      `HCT's mean minus the other constituencies': ${gap} points of the scale, 95% interval ${interval}; ` +
      (beyondNoise ? "larger than chance alone would make it." : "within what chance alone could make it."),
    noGap: "No gap: the HCT and the others must both be shown, with at least two ratings each.",
    nobodyYet: (group) => `${group}: nobody has answered yet.`,
    notInMission: (group) => `${group}: not part of this mission.`,
    interval: (low, high) => `${low} to ${high}`,
  },

  flags: {
    lists: {
      mostPositive: {
        title: "Most positive",
        hint: "clearly more people agree than disagree, beyond what chance could make of a small group",
      },
      mostNegative: { title: "Most negative", hint: "clearly more people disagree than agree, beyond chance" },
      mostDivided: { title: "Divided: two camps", hint: "people stand at opposite ends of the scale" },
      noSharedView: {
        title: "No shared view",
        hint: "answers scattered across the whole scale, with no side and no camps",
      },
      mostDivergent: {
        title: "HCT apart, constituencies apart",
        hint: "a gap beyond chance, allowing for every statement of the mission; no entry does not prove that groups agree",
      },
      commonGround: { title: "Common ground", hint: "every constituency shown has a clear majority on the same side" },
    },
    none: "No statement is flagged here.",
    noneInPillar: "No statement in this pillar is flagged here.",
  },

  reasons: {
    positive: (f) =>
      `positive: ${f.agree} agree, ${f.disagree} disagree, net ${f.net}${range(f.netInterval)}, mean ${f.mean} points of ${f.points}, n = ${f.n}`,
    negative: (f) =>
      `negative: ${f.agree} agree, ${f.disagree} disagree, net ${f.net}${range(f.netInterval)}, mean ${f.mean} points of ${f.points}, n = ${f.n}`,
    divided: (f) =>
      `divided, two camps: ${f.agree} agree, ${f.disagree} disagree; spread ${f.spread} points${range(f.spreadInterval)}, against ${f.evenSpread} for an even spread; agreement A ${f.agreementA}; n = ${f.n}`,
    noSharedView: (f) =>
      `no shared view: ${f.agree} agree, ${f.disagree} disagree, ${f.neutral} neutral; spread ${f.spread} points${range(f.spreadInterval)}, against ${f.evenSpread} for an even spread; agreement A ${f.agreementA}; n = ${f.n}`,
    hctApart: (f) =>
      `HCT apart: mean ${f.hctMean} points against ${f.othersMean} for the others, a gap of ${f.gap} points; net agreement ${f.hctNet} against ${f.othersNet}; n = ${f.hctN} and ${f.othersN}`,
    constituenciesApart: (f) =>
      `constituencies apart: means from ${f.lowest} points (${f.lowestName}) to ${f.highest} points (${f.highestName}), a range of ${f.range} points across ${f.constituencies} constituencies; p ${f.p}`,
    commonGround: (f) =>
      `common ground: all ${f.constituencies} constituencies mostly ${f.side}${f.shares ? `, ${f.shares}` : ""} (each above ${f.majority} within its interval)`,
  },

  shortlist: {
    intro:
      "The statements the analysis flagged, as the retreat will take them. Drop what the retreat need not discuss, add what it should, and keep notes for the facilitators.",
    save: "Save the shortlist",
    saving: "Saving…",
    notSaved: (problem) => `Not saved: ${problem}`,
    unsaved: "Unsaved changes",
    saved: "Saved with the mission",
    nothingInPillar: "Nothing on the shortlist in this pillar.",
    addLabel: "Add a statement to the shortlist",
    choose: "Choose a statement…",
    add: "Add",
    addedByHand: "added by the mission team",
    netLine: (everyone, hct, others) =>
      `Net agreement: everyone ${everyone}${hct !== null ? `, HCT ${hct}, others ${others ?? "–"}` : ""}`,
    decisionOn: (code) => `Decision on ${code}`,
    accepted: "Accepted",
    dropped: "Dropped",
    orderOf: (code) => `Order of ${code}`,
    moveUp: (code) => `Move ${code} up`,
    moveDown: (code) => `Move ${code} down`,
    removeFrom: (code) => `Remove ${code} from the shortlist`,
    remove: "Remove",
    noteOn: (code) => `Note on ${code}`,
  },

  retreat: {
    workshop: "HCT workshop (live)",
    choose: "Choose a workshop…",
    cannotFollow: (problem) => `Cannot follow the workshop: ${problem}`,
    live: (joined, voted) => `Live · ${joined} joined · ${voted} voted`,
    chooseHint: "Choose the HCT's workshop to follow its ratings as they come in.",
    caption: (time, minimum) =>
      `The HCT now, beside the other constituencies pooled (from the analysis loaded at ${time}). Groups under ${minimum} answers are withheld.`,
    hctNow: "HCT now (live)",
    others: "Other constituencies",
    difference: "Net agreement, HCT − others",
    spokenBar: (group, disagree, neutral, agree, net, n) =>
      `${group}: ${disagree} disagree, ${neutral} neutral, ${agree} agree; net ${net}; n = ${n}`,
    barNumbers: (net, agree, disagree, n) => `${net} net · ${agree} agree · ${disagree} disagree · n ${n}`,
    withheldAnswered: (respondents) => `withheld · ${respondents} answered`,
  },

  exports: {
    intro: (language) =>
      `Files are written in ${language} (change it above). Keep them as safe as the facilitator key: they hold the mission's results.`,
    shortlistTitle: "The shortlist",
    shortlistHint: "accepted statements, in the team's order, with notes",
    resultsTitle: "The full results",
    resultsHint: "every statement and group, withheld cells marked",
    fileAs: (what, format) => `${what} as ${format}`,
    reportTitle: "Report and transfer",
    openReport: "Open the printable report",
    openingReport: "Opening the printable report",
    transfer: "Download the mission transfer file",
    transferWhat: "The mission transfer file",
    reportHint:
      "The report opens in a new window: print it or save it as PDF from there. The transfer file moves the whole mission to another peerpulse; it opens only with this mission's facilitator key.",
    working: (what) => `${what}…`,
    done: (what) => `${what}: done.`,
    failed: (what, problem) => `${what} failed: ${problem}`,
  },
};
