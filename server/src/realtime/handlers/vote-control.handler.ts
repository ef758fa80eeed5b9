// vote:control: the facilitator opens, closes, reopens and reveals a workshop's priority vote, and marks its top.
import { VoteControlMessage } from "@peerpulse/shared";
import type { Services } from "../../domain/services.ts";
import type { EventHandler } from "../acknowledge.ts";
import type { PeerpulseSocket } from "../socket-types.ts";
import { facilitatorWorkshop } from "./workshop-subscribe.handler.ts";

export function controlVote(services: Services, socket: PeerpulseSocket): EventHandler<"vote:control"> {
  return {
    schema: VoteControlMessage,
    handle: async (message) => {
      const { workshop } = await facilitatorWorkshop(services, socket, message.workshopId);
      return services.votes.control(workshop, message);
    },
  };
}
