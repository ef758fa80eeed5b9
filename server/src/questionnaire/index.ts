// Questionnaire files: reading an uploaded CSV or JSON file, and writing a questionnaire as CSV.
export * from "./parse-questionnaire.ts";
export * from "./questionnaire-csv.ts";
