// Disclosure control: the one decision of which groups' figures may be shown, so none under the minimum can be derived.
export { decideDisclosure, type CandidateGroup, type DisclosureUnit } from "./decide-disclosure.ts";
export { revealsSmallGroup, SEARCH_BUDGET } from "./small-set-search.ts";
export {
  candidateGroups,
  liveWorkshopVerdict,
  statementDisclosure,
  verdictOf,
  type DisclosureStructure,
  type StatementDisclosure,
} from "./statement-disclosure.ts";
export { SuppressionReason, type Withheld } from "./withheld-reason.ts";
