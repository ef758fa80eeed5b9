// Validates client input with a shared schema, turning failures into a `bad_request` a person can read.
import type { z } from "zod";
import { DomainError } from "./domain-error.ts";

/** Parses input with a schema or throws a `bad_request` DomainError naming the first problems. */
export function parseInput<Schema extends z.ZodType>(schema: Schema, input: unknown): z.output<Schema> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues
    .slice(0, 5)
    .map((issue) => (issue.path.length > 0 ? `${issue.path.join(".")}: ${issue.message}` : issue.message));
  throw new DomainError("bad_request", problems.join("; "));
}
