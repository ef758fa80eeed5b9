// English texts of the rapporteur page.
import { en as form } from "../priority-form/en.ts";
import type { RapporteurMessages } from "../rapporteur-messages.ts";

export const en: RapporteurMessages = {
  ...form,
  languageName: "English",
  languageLabel: "Language",
  groupHeading: (name) => `Break-out group: ${name}`,
  intro:
    "Record your group's priority challenges, the statements they come from and the realistic actions you propose, with the capacity and resources they need. The facilitator sees each one as soon as it is saved.",
  yourPriorities: (count, most) => `Your group's priorities (${count} of at most ${most})`,
  noPriorities: "No priority recorded yet.",
  closed: "The facilitator has closed the break-out: you can read your group's record but no longer change it.",
  loading: "Loading your group…",
  badLink: "This link does not open a break-out group. Ask the facilitator for your group's link or QR code.",
  loadFailed: "Could not load your group. Check the connection and try again.",
  retry: "Try again",
};
