// English texts of the participant page.
import type { ParticipantMessages } from "../participant-messages.ts";

export const en: ParticipantMessages = {
  languageName: "English",
  languageLabel: "Language",
  joinTitle: "Join the workshop",
  joinIntro: "Type the six-digit code shown on the screen.",
  joinCodeLabel: "Workshop code",
  joinCodeHint: "Six digits, for example 123456",
  joinButton: "Join",
  joining: "Joining…",
  badJoinCode: "This code does not match an open workshop. Check the digits and try again.",
  rateLimited:
    "Too many tries from this network. Scan the QR code or open the link shown on the screen, or wait a few minutes.",
  entryClosed:
    "The facilitator has closed entry to this workshop: no one new can join now. Ask the facilitator if you should be in.",
  placeLostTitle: "This phone is no longer in the workshop",
  placeLostText:
    "The server no longer knows this phone's place in the workshop (it may have been moved or reset). Ratings on this phone that were not yet sent cannot be counted. You can join again as a new participant.",
  joinAgain: "Join again as a new participant",
  joinFailed: "Could not join. Check your connection and try again.",
  offlineNoCache: "You are offline. Join once you have a connection.",
  online: "Connected",
  offline: "Offline: your ratings are kept and sent later",
  connecting: "Connecting…",
  waitingToSend: (count) => (count === 1 ? "1 rating waiting to send" : `${count} ratings waiting to send`),
  progress: (rated, total) => `${rated} of ${total} rated`,
  nextUnrated: "Next unrated",
  statementOf: (position, total) => `Statement ${position} of ${total}`,
  ratingGroupLabel: (code) => `Your rating for statement ${code}`,
  saved: "Saved",
  waiting: "Waiting to send",
  sending: "Sending…",
  ratedElsewhere: "Rated",
  refused: "Not saved",
  locked: "Voting on this statement is closed.",
  notOpenYet: "Not open yet: wait for the facilitator.",
  workshopDraft: "The workshop has not started yet. This page will update when it opens.",
  workshopClosed: "The workshop is closed. Thank you for taking part.",
  followPresenter: "Rate the statement on the screen. The next one appears here when the facilitator moves on.",
  allRated: "You have rated every statement. You can still change a rating.",
  anonymityNote: "Your ratings are anonymous: only totals are shown.",
  vote: {
    title: "Vote: the most critical priorities",
    intro: (picks) =>
      picks === 1
        ? "Pick the priority the groups named that matters most. You can change your choice while the vote is open."
        : `Pick up to ${picks} of the priorities the groups named. You can change your choice while the vote is open.`,
    picked: (count, picks) => `${count} of ${picks} picked`,
    send: "Send my vote",
    sending: "Sending…",
    saved: "Your vote is saved. You can change it while the vote is open.",
    waiting: "Your vote is kept on this phone and sent as soon as the connection is back.",
    closedUnsent: "Not counted: the vote closed before your choice reached the server.",
    refused: "Not counted: this choice was refused. Pick again and send.",
    closed: "The vote is closed. Thank you.",
    fromGroup: (name) => `Group: ${name}`,
    topTitle: "The workshop's top priorities",
    anonymous: "Your vote is anonymous: only totals are shown.",
  },
};
