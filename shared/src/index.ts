export * from "./protocol/index.ts";
export * from "./schemas/index.ts";
export * from "./questionnaire/index.ts";
export * from "./analysis/index.ts";
export * from "./disclosure/index.ts";
export * from "./shortlist/index.ts";
export * from "./presentation/likert-palette.ts";
