// Running a workshop: open, close, move through statements, lock voting, reveal results, and who may still enter.
import type { Mission, Workshop, WorkshopCommand, WorkshopControlState } from "@peerpulse/shared";
import type { DomainEvents } from "./domain-events.ts";
import { DomainError } from "./domain-error.ts";
import type { Store, WorkshopChange } from "./store.ts";
import { controlState } from "./workshop-state.ts";

/** Commands that run the statements on screen: they need a workshop that has opened (rule M4). */
const NEEDS_OPENED = new Set<WorkshopCommand["command"]>(["next", "previous", "go-to", "reveal", "hide"]);

/** Applies facilitator commands; the caller has already checked the facilitator key. */
export class WorkshopControlService {
  constructor(
    private readonly store: Store,
    private readonly events: DomainEvents,
  ) {}

  /**
   * Applies a command in one atomic store step. A command that changes nothing answers the state as it is and is
   * not broadcast (rule M2); opening a closed workshop is refused, since closing is final (rule M1).
   */
  async apply(mission: Mission, workshop: Workshop, command: WorkshopCommand): Promise<WorkshopControlState> {
    if (workshop.status === "draft" && NEEDS_OPENED.has(command.command))
      throw new DomainError("workshop_not_open", "open the workshop first: it has not started yet");
    const updated = await this.store.updateWorkshop(workshop.id, changeFor(mission, command));
    if (!updated) throw new DomainError("workshop_not_found", `no workshop ${workshop.id}`);
    if (command.command === "open" && updated.workshop.status === "closed")
      throw new DomainError("workshop_closed", "this workshop is closed for good: closing is final");
    const state = controlState(updated.workshop);
    if (updated.changed) this.events.workshopChanged(state);
    return state;
  }
}

/** What a command changes. Moves are relative to the index the store holds, so concurrent presses all count. */
function changeFor(mission: Mission, command: WorkshopCommand): WorkshopChange {
  const indexOf = (code: string): number => {
    const index = mission.statements.findIndex((statement) => statement.code === code);
    if (index < 0) throw new DomainError("statement_unknown", `this mission has no statement ${code}`);
    return index;
  };
  switch (command.command) {
    case "open":
      return { open: true };
    case "close":
      return { status: "closed" };
    case "next":
      return { step: 1 };
    case "previous":
      return { step: -1 };
    case "go-to":
      return { currentIndex: indexOf(command.statementCode) };
    case "lock":
      indexOf(command.statementCode);
      return { lock: command.statementCode };
    case "unlock":
      indexOf(command.statementCode);
      return { unlock: command.statementCode };
    // Reveal applies to the statement on screen: the store hides results again when the index moves (P1).
    case "reveal":
      return { revealed: true };
    case "hide":
      return { revealed: false };
    case "close-entry":
      return { entryClosed: true };
    case "reopen-entry":
      return { entryClosed: false };
    case "expect":
      return { expectedSize: command.expectedSize };
  }
}
