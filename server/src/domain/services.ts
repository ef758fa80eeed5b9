// Wires the domain services around one store and one listener of domain events.
import { ActionPlanService } from "./action-plan.service.ts";
import { AnalysisService } from "./analysis.service.ts";
import { BreakoutService } from "./breakout.service.ts";
import type { DomainEvents } from "./domain-events.ts";
import type { JoinAddressBook } from "./join-addresses.ts";
import { MissionService } from "./mission.service.ts";
import { ParticipationService } from "./participation.service.ts";
import { PriorityVoteService } from "./priority-vote.service.ts";
import type { Store } from "./store.ts";
import { TallyService } from "./tally.service.ts";
import { TransferService } from "./transfer.service.ts";
import { WorkshopControlService } from "./workshop-control.service.ts";

/** The domain, ready to be called by the HTTP routes and socket handlers. */
export interface Services {
  store: Store;
  missions: MissionService;
  participation: ParticipationService;
  control: WorkshopControlService;
  tallies: TallyService;
  analysis: AnalysisService;
  transfer: TransferService;
  breakouts: BreakoutService;
  votes: PriorityVoteService;
  plans: ActionPlanService;
}

/** Builds the services. */
export function createServices(store: Store, addresses: JoinAddressBook, events: DomainEvents): Services {
  const missions = new MissionService(store, addresses);
  const tallies = new TallyService(store, missions);
  const breakouts = new BreakoutService(store, missions, events, addresses);
  const votes = new PriorityVoteService(store, missions, events);
  return {
    store,
    missions,
    participation: new ParticipationService(store, missions, events),
    control: new WorkshopControlService(store, events),
    tallies,
    analysis: new AnalysisService(store, tallies, missions),
    transfer: new TransferService(store, missions),
    breakouts,
    votes,
    plans: new ActionPlanService(store),
  };
}
