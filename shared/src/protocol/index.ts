export * from "./commands.ts";
export * from "./events.ts";
export * from "./views.ts";
export * from "./auth.ts";
export * from "./questionnaire-upload.ts";
export * from "./results-export.ts";
export * from "./mission-transfer.ts";
export * from "./breakout-views.ts";
