// The questionnaire: its schema and the sample a mission can start from.
export * from "./questionnaire.ts";
export * from "./sample-questionnaire.ts";
