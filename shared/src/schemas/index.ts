export * from "./errors.ts";
export * from "./language.ts";
export * from "./mission.ts";
export * from "./rating.ts";
export * from "./scale.ts";
export * from "./statement.ts";
export * from "./tally.ts";
export * from "./workshop.ts";
