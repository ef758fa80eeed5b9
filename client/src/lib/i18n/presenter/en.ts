// English texts of the presenter screen.
import { en as common } from "../common/en.ts";
import type { PresenterMessages } from "../presenter-messages.ts";

export const en: PresenterMessages = {
  ...common,
  secondLanguageLabel: "Second language",
  noSecondLanguage: "None",
  overview: "Overview",
  fullScreen: "Full screen",
  needsWorkshop: "Open this screen from the facilitator console: it needs a workshop.",
  cannotShow: (problem) => `Cannot show the workshop: ${problem}`,
  workshopDraft: "The workshop has not opened yet.",
  workshopClosed: "The workshop is closed.",
  statementOf: (position, total) => `Statement ${position} of ${total}`,
  votingLocked: "voting locked",
  allStatements: "All statements",
  resultsLabel: "Results",
  resultsHidden: "Results are hidden until the facilitator reveals them.",
  answeredSoFar: "answered so far.",
  howToJoin: "How to join",
  goTo: "Go to",
  enterTheCode: "and enter the code",
  code: "code",
  qrLabel: (url) => `QR code to join: ${url}`,
  joinAddressLabel: "Join address",
  joinAddressOption: (host, network) => `${host} (${network})`,
  joined: "Joined",
  voted: "Voted",
  haveResults: (answered, total) => `${answered} of ${total} have results`,
  pageOf: (page, pages) => `Page ${page} of ${pages}`,
  statementsPage: (page, pages) => `Statements, page ${page} of ${pages}`,
  previousPage: "Previous page",
  nextPage: "Next page",
  sortByNet: "Sort by net agreement",
  overviewSpoken: (total, shown) =>
    `Overview of ${total} statements; ${shown} have enough answers to show. The table below gives every figure.`,
  vote: {
    mode: "Priorities",
    title: "The most critical priorities",
    hidden: "The ranking is hidden until the facilitator reveals it.",
    howToVote: (picks) =>
      picks === 1 ? "Pick one priority on your phone." : `Pick up to ${picks} priorities on your phone.`,
    voters: (count) => (count === 1 ? "1 person has voted" : `${count} people have voted`),
    withheld: (voters, minimum) =>
      `The ranking shows once ${minimum} people have voted, to keep votes anonymous (${voters} so far).`,
    votes: (count) => (count === 1 ? "1 vote" : `${count} votes`),
    top: (position) => `Top ${position}`,
    closed: "The vote is closed.",
    fromGroup: (name) => `Group: ${name}`,
    rankingPage: (page, pages) => `Priorities, page ${page} of ${pages}`,
  },
};
