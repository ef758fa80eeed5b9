// rating:submit: a participant rates a statement; the acknowledgement says what the server did with it.
import { RatingSubmission } from "@peerpulse/shared";
import { DomainError } from "../../domain/domain-error.ts";
import type { Services } from "../../domain/services.ts";
import type { EventHandler } from "../acknowledge.ts";
import type { PeerpulseSocket } from "../socket-types.ts";

export function submitRating({ participation }: Services, socket: PeerpulseSocket): EventHandler<"rating:submit"> {
  return {
    schema: RatingSubmission,
    handle: (submission) => {
      const { identity } = socket.data;
      if (identity.role !== "participant")
        throw new DomainError("not_joined", "only a participant who joined a workshop can rate");
      return participation.rate(identity.participant, submission);
    },
  };
}
