// Type-level tests, run by `npm run typecheck`: the tests' client helper is typed from the shared event map like
// the server's handlers. Each `@ts-expect-error` below fails the typecheck if the line after it ever compiles.
import type { EventAck } from "@peerpulse/shared";
import { ask, type ClientSocket } from "./clients.ts";

const rating = { statementCode: "L1", value: 3, voteId: "abcdefghijk" } as const;

export async function asksRight(socket: ClientSocket): Promise<EventAck<"rating:submit">> {
  await ask(socket, "workshop:control", { workshopId: "w_abcdefgh", command: "lock", statementCode: "L1" });
  return ask(socket, "rating:submit", rating);
}

export async function asksWrong(socket: ClientSocket): Promise<void> {
  // @ts-expect-error workshop:control takes a workshop id and a command, not a rating
  await ask(socket, "workshop:control", rating);
  // @ts-expect-error rating:submit is acknowledged with a rating receipt, not a control state
  const state: EventAck<"workshop:control"> = await ask(socket, "rating:submit", rating);
  if (state.ok) throw new Error("never run");
  // @ts-expect-error no such event in the shared map
  await ask(socket, "rating:delete", rating);
}
