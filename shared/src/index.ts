export * from "./protocol/index.ts";
export * from "./schemas/index.ts";
