export * from "./curated-shortlist.ts";
export * from "./shortlist-curation.ts";
