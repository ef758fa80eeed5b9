// Facilitator commands that run a workshop, one schema for HTTP and sockets.
import { z } from "zod";
import { EntityId } from "../schemas/mission.ts";
import { StatementCode } from "../schemas/statement.ts";

/** A command that changes how a workshop runs. */
export const WorkshopCommand = z.discriminatedUnion("command", [
  z.object({ command: z.literal("open") }),
  z.object({ command: z.literal("close") }),
  z.object({ command: z.literal("next") }),
  z.object({ command: z.literal("previous") }),
  z.object({ command: z.literal("go-to"), statementCode: StatementCode }),
  z.object({ command: z.literal("lock"), statementCode: StatementCode }),
  z.object({ command: z.literal("unlock"), statementCode: StatementCode }),
  z.object({ command: z.literal("reveal") }),
  z.object({ command: z.literal("hide") }),
  z.object({ command: z.literal("close-entry") }),
  z.object({ command: z.literal("reopen-entry") }),
  z.object({ command: z.literal("expect"), expectedSize: z.number().int().min(1).max(100_000).nullable() }),
]);
/** A command that changes how a workshop runs. */
export type WorkshopCommand = z.infer<typeof WorkshopCommand>;

/** A workshop command sent over a socket names its workshop. */
export const WorkshopControlMessage = z.object({ workshopId: EntityId }).and(WorkshopCommand);
/** A workshop command sent over a socket. */
export type WorkshopControlMessage = z.infer<typeof WorkshopControlMessage>;
