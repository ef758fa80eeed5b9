// The one error type of peerpulse: a stable code plus a message a person can act on.
import type { ErrorCode } from "@peerpulse/shared";

/** A refusal the domain gives on purpose; transports map its code to a status or an acknowledgement. */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = "DomainError";
  }
}
