// workshop:subscribe / workshop:unsubscribe: a presenter screen or console follows a workshop's live state.
import { SubscribeRequest } from "@peerpulse/shared";
import { DomainError } from "../../domain/domain-error.ts";
import type { Services } from "../../domain/services.ts";
import type { EventHandler } from "../acknowledge.ts";
import { subscribersRoom } from "../rooms.ts";
import type { PeerpulseSocket } from "../socket-types.ts";

/** Checks that a facilitator socket's mission owns the workshop. */
export async function facilitatorWorkshop({ missions }: Services, socket: PeerpulseSocket, workshopId: string) {
  const { identity } = socket.data;
  if (identity.role !== "facilitator")
    throw new DomainError("facilitator_key_required", "this needs the mission's facilitator key");
  return { mission: identity.mission, workshop: await missions.workshopOfMission(identity.mission, workshopId) };
}

export function subscribeToWorkshop(services: Services, socket: PeerpulseSocket): EventHandler<"workshop:subscribe"> {
  return {
    schema: SubscribeRequest,
    handle: async ({ workshopId }) => {
      const { mission, workshop } = await facilitatorWorkshop(services, socket, workshopId);
      await socket.join(subscribersRoom(workshopId));
      // The full current state goes to this socket alone, so a (re)subscribe never misses anything.
      socket.emit("tally:updated", await services.tallies.workshopTally(workshopId));
      const [breakout, vote, voteTally] = await Promise.all([
        services.breakouts.find(workshopId),
        services.votes.current(workshopId),
        services.votes.tally(mission, workshopId),
      ]);
      if (breakout) socket.emit("breakout:updated", breakout);
      if (vote) socket.emit("vote:updated", vote);
      if (voteTally) socket.emit("vote-tally:updated", voteTally);
      return services.missions.facilitatorView(mission, workshop);
    },
  };
}

export function unsubscribeFromWorkshop(
  _services: Services,
  socket: PeerpulseSocket,
): EventHandler<"workshop:unsubscribe"> {
  return {
    schema: SubscribeRequest,
    handle: async ({ workshopId }) => {
      // Only a facilitator socket subscribes; a participant's unsubscribe is refused like its subscribe (C12).
      if (socket.data.identity.role !== "facilitator")
        throw new DomainError("facilitator_key_required", "this needs the mission's facilitator key");
      await socket.leave(subscribersRoom(workshopId));
      return null;
    },
  };
}
