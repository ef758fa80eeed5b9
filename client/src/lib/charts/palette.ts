// The Likert palette of the screens: the one definition lives in @peerpulse/shared, so the report matches.
export { DONT_KNOW_COLOUR, inkOn, NEUTRAL_BORDER, scaleColours } from "@peerpulse/shared";
