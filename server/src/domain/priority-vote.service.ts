// The plenary priority vote: the facilitator's commands, participants' choices counted once, the ranking withheld
// under the mission's anonymity minimum.
import {
  VOTE_PICKS,
  type BallotPriority,
  type Mission,
  type PriorityVoteState,
  type PriorityVoteTally,
  type VoteCommand,
  type VoteReceipt,
  type VoteSubmission,
  type Workshop,
} from "@peerpulse/shared";
import type { DomainEvents } from "./domain-events.ts";
import { DomainError } from "./domain-error.ts";
import type { MissionService } from "./mission.service.ts";
import type { ParticipantIdentity } from "./participation.service.ts";
import type { VoteChange, VoteRefusal } from "./priorities-store.ts";
import type { Store } from "./store.ts";

const REFUSALS: Record<VoteRefusal, string> = {
  vote_not_open: "the priority vote has not been opened",
  vote_closed: "the priority vote is closed: choices are no longer accepted",
  priority_unknown: "a priority picked is not on the ballot",
  too_many_choices: "more priorities were picked than the vote allows",
};

export class PriorityVoteService {
  constructor(
    private readonly store: Store,
    private readonly missions: MissionService,
    private readonly events: DomainEvents,
  ) {}

  /** Applies a facilitator's command; the caller has checked the facilitator key. */
  async control(workshop: Workshop, command: VoteCommand): Promise<PriorityVoteState> {
    const state =
      command.command === "open" ? await this.open(workshop, command) : await this.change(workshop, command);
    this.events.voteChanged(state);
    return state;
  }

  /** The workshop's vote, or null before it is opened. */
  current(workshopId: string): Promise<PriorityVoteState | null> {
    return this.store.getVote(workshopId);
  }

  /** Records a participant's choices; a vote id seen before is acknowledged as a duplicate and counted once. */
  async submit(identity: ParticipantIdentity, submission: VoteSubmission): Promise<VoteReceipt> {
    const result = await this.store.recordVote({
      workshopId: identity.workshopId,
      participantId: identity.participantId,
      choices: submission.choices,
      voteId: submission.voteId,
    });
    if (!result.accepted) throw new DomainError(result.refusal, REFUSALS[result.refusal]);
    if (result.outcome === "recorded" || result.outcome === "changed") this.events.votesCounted(identity.workshopId);
    return { voteId: submission.voteId, outcome: result.outcome };
  }

  /** The tally of a workshop's vote (its mission read from the cache), or null before it is opened. */
  async workshopTally(workshopId: string): Promise<PriorityVoteTally | null> {
    return this.tally(await this.missions.missionOfWorkshop(workshopId), workshopId);
  }

  /** The counts as people may see them: the ranking withheld until the anonymity minimum of participants voted. */
  async tally(mission: Mission, workshopId: string): Promise<PriorityVoteTally | null> {
    const [state, counts] = await Promise.all([this.store.getVote(workshopId), this.store.getVoteCounts(workshopId)]);
    if (!state || !counts) return null;
    const minimum = mission.anonymityMinimum;
    if (counts.voters < minimum) return { workshopId, voters: counts.voters, minimum, ranking: null };
    const ranking = state.priorities
      .map((priority, index) => ({ priorityId: priority.id, votes: counts.votes[priority.id] ?? 0, index }))
      .sort((a, b) => b.votes - a.votes || a.index - b.index)
      .map(({ priorityId, votes }) => ({ priorityId, votes }));
    return { workshopId, voters: counts.voters, minimum, ranking };
  }

  private async open(workshop: Workshop, command: Extract<VoteCommand, { command: "open" }>) {
    const ballot = await this.ballot(workshop.id, command.priorityIds);
    const picks = command.picks ?? Math.min(VOTE_PICKS.default, ballot.length);
    if (picks > ballot.length)
      throw new DomainError("bad_request", `picks: at most the ballot's ${ballot.length} priorities`);
    const state: PriorityVoteState = {
      workshopId: workshop.id,
      status: "open",
      picks,
      priorities: ballot,
      revealed: false,
      top: [],
    };
    const opened = await this.store.openVote(state);
    if (opened === "exists") throw new DomainError("vote_exists", "this workshop's vote is already open or closed");
    if (opened === "workshop_not_found") throw new DomainError("workshop_not_found", `no workshop ${workshop.id}`);
    return state;
  }

  /** The ballot: the break-out's priorities, group by group (or those named, in that order), words copied now. */
  private async ballot(workshopId: string, chosen: readonly string[] | undefined): Promise<BallotPriority[]> {
    const breakout = (await this.store.getBreakout(workshopId))?.breakout;
    const all = (breakout?.groups ?? []).flatMap((group) =>
      group.priorities.map(({ id, text, pillar, statementCodes }) => ({
        id,
        text,
        pillar,
        statementCodes,
        groupName: group.name,
      })),
    );
    if (all.length === 0) throw new DomainError("no_priorities", "the break-out holds no priority to vote on");
    if (!chosen) return all;
    return chosen.map((id) => {
      const found = all.find((priority) => priority.id === id);
      if (!found) throw new DomainError("priority_unknown", `this workshop's break-out has no priority ${id}`);
      return found;
    });
  }

  private async change(workshop: Workshop, command: Exclude<VoteCommand, { command: "open" }>) {
    const current = await this.store.getVote(workshop.id);
    if (!current) throw new DomainError("vote_not_open", "this workshop's vote has not been opened");
    const updated = await this.store.updateVote(workshop.id, changeFor(current, command));
    if (!updated) throw new DomainError("vote_not_open", "this workshop's vote has not been opened");
    return updated;
  }
}

function changeFor(current: PriorityVoteState, command: Exclude<VoteCommand, { command: "open" }>): VoteChange {
  switch (command.command) {
    case "close":
      return { status: "closed" };
    case "reopen":
      return { status: "open" };
    case "reveal":
      return { revealed: true };
    case "hide":
      return { revealed: false };
    case "mark-top": {
      const unknown = command.priorityIds.find((id) => !current.priorities.some((priority) => priority.id === id));
      if (unknown !== undefined) throw new DomainError("priority_unknown", `the ballot has no priority ${unknown}`);
      return { top: command.priorityIds };
    }
  }
}
