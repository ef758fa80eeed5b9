// Running a workshop: open, close, move through statements, lock voting, reveal results.
import type { Mission, Workshop, WorkshopCommand, WorkshopControlState } from "@peerpulse/shared";
import type { DomainEvents } from "./domain-events.ts";
import { DomainError } from "./domain-error.ts";
import type { Store, WorkshopChange } from "./store.ts";
import { controlState } from "./workshop-state.ts";

/** Applies facilitator commands; the caller has already checked the facilitator key. */
export class WorkshopControlService {
  constructor(
    private readonly store: Store,
    private readonly events: DomainEvents,
  ) {}

  async apply(mission: Mission, workshop: Workshop, command: WorkshopCommand): Promise<WorkshopControlState> {
    const updated = await this.store.updateWorkshop(workshop.id, changeFor(mission, workshop, command));
    if (!updated) throw new DomainError("workshop_not_found", `no workshop ${workshop.id}`);
    const state = controlState(updated);
    this.events.workshopChanged(state);
    return state;
  }
}

/** What a command changes, given the workshop as it is now. */
function changeFor(mission: Mission, workshop: Workshop, command: WorkshopCommand): WorkshopChange {
  const last = mission.statements.length - 1;
  const indexOf = (code: string): number => {
    const index = mission.statements.findIndex((statement) => statement.code === code);
    if (index < 0) throw new DomainError("statement_unknown", `this mission has no statement ${code}`);
    return index;
  };
  switch (command.command) {
    case "open":
      return { status: "open" };
    case "close":
      return { status: "closed" };
    case "next":
      return { currentIndex: Math.min(last, workshop.currentIndex + 1) };
    case "previous":
      return { currentIndex: Math.max(0, workshop.currentIndex - 1) };
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
  }
}
