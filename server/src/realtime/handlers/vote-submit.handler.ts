// vote:submit: a participant's choices in the plenary priority vote; the acknowledgement says what the server did.
import { VoteSubmission } from "@peerpulse/shared";
import { DomainError } from "../../domain/domain-error.ts";
import type { Services } from "../../domain/services.ts";
import type { EventHandler } from "../acknowledge.ts";
import type { PeerpulseSocket } from "../socket-types.ts";

export function submitVote({ votes }: Services, socket: PeerpulseSocket): EventHandler<"vote:submit"> {
  return {
    schema: VoteSubmission,
    handle: (submission) => {
      const { identity } = socket.data;
      if (identity.role !== "participant")
        throw new DomainError("not_joined", "only a participant who joined a workshop can vote");
      return votes.submit(identity.participant, submission);
    },
  };
}
