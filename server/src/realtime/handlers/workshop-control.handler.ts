// workshop:control: the facilitator opens, closes, paces, locks and reveals a workshop.
import { WorkshopControlMessage } from "@peerpulse/shared";
import type { Services } from "../../domain/services.ts";
import type { EventHandler } from "../acknowledge.ts";
import type { PeerpulseSocket } from "../socket-types.ts";
import { facilitatorWorkshop } from "./workshop-subscribe.handler.ts";

export function controlWorkshop(services: Services, socket: PeerpulseSocket): EventHandler<"workshop:control"> {
  return {
    schema: WorkshopControlMessage,
    handle: async (message) => {
      const { mission, workshop } = await facilitatorWorkshop(services, socket, message.workshopId);
      return services.control.apply(mission, workshop, message);
    },
  };
}
