// Participants: anonymous joining by code, identity by token, and ratings counted exactly once.
import {
  JoinCode,
  type JoinRequest,
  type JoinResult,
  type Mission,
  type RatingReceipt,
  type RatingSubmission,
  type Workshop,
} from "@peerpulse/shared";
import type { DomainEvents } from "./domain-events.ts";
import { DomainError } from "./domain-error.ts";
import type { MissionService } from "./mission.service.ts";
import { hashSecret, newId, newParticipantToken, workshopOfToken } from "./secrets.ts";
import type { RatingRefusal, Store } from "./store.ts";
import { controlState } from "./workshop-state.ts";

/** Who a participant socket is, established once at its handshake. */
export interface ParticipantIdentity {
  workshopId: string;
  missionId: string;
  participantId: string;
  scalePoints: number;
}

const REFUSALS: Record<RatingRefusal, string> = {
  workshop_not_found: "this workshop no longer exists",
  workshop_closed: "this workshop is closed: ratings are no longer accepted",
  workshop_not_open: "this workshop has not opened yet",
  statement_unknown: "this workshop has no such statement",
  statement_locked: "voting on this statement is locked",
  statement_not_open: "the facilitator has not reached this statement yet",
};

/** Joins participants and records their ratings. */
export class ParticipationService {
  constructor(
    private readonly store: Store,
    private readonly missions: MissionService,
    private readonly events: DomainEvents,
  ) {}

  /** Joins a workshop by code; a device that presents its earlier token keeps its identity. */
  async join(request: JoinRequest): Promise<JoinResult> {
    const code = JoinCode.safeParse(request.joinCode.replace(/\s+/g, ""));
    const workshopId = code.success ? await this.store.findWorkshopIdByJoinCode(code.data) : null;
    if (!workshopId) throw new DomainError("bad_join_code", "no workshop has this join code; check the six digits");
    const workshop = await this.missions.getWorkshop(workshopId);
    const mission = await this.missions.getMission(workshop.missionId);
    const returning = request.token ? await this.identify(request.token).catch(() => null) : null;
    if (returning?.workshopId === workshopId) {
      return {
        token: request.token!,
        view: this.participantView(mission, workshop),
        ratedCodes: await this.store.ratedCodes(workshopId, returning.participantId),
      };
    }
    const token = newParticipantToken(workshopId);
    await this.store.addParticipant(workshopId, newId("p"), hashSecret(token));
    this.events.participantJoined(workshopId);
    return { token, view: this.participantView(mission, workshop), ratedCodes: [] };
  }

  /** Finds the participant a token belongs to. */
  async identify(token: string): Promise<ParticipantIdentity> {
    const workshopId = workshopOfToken(token);
    const participantId = workshopId ? await this.store.findParticipant(workshopId, hashSecret(token)) : null;
    if (!workshopId || !participantId)
      throw new DomainError(
        "bad_participant_token",
        "this device's participant token is not valid; join again with the code",
      );
    const workshop = await this.missions.getWorkshop(workshopId);
    const mission = await this.missions.getMission(workshop.missionId);
    return { workshopId, missionId: mission.id, participantId, scalePoints: mission.scale.points.length };
  }

  /** The current view of the participant's workshop (sent on every (re)connect). */
  async currentView(identity: ParticipantIdentity): Promise<{ workshop: Workshop; ratedCodes: string[] }> {
    const workshop = await this.missions.getWorkshop(identity.workshopId);
    return { workshop, ratedCodes: await this.store.ratedCodes(identity.workshopId, identity.participantId) };
  }

  /** Records a rating. A vote id seen before is acknowledged again as a duplicate and counted once. */
  async rate(identity: ParticipantIdentity, submission: RatingSubmission): Promise<RatingReceipt> {
    if (typeof submission.value === "number" && submission.value > identity.scalePoints) {
      throw new DomainError(
        "value_off_scale",
        `the scale has ${identity.scalePoints} points; ${submission.value} is off it`,
      );
    }
    // Named fields rather than a spread of the parsed payload: this runs for every vote, and the copy was the
    // largest allocation on the rating path.
    const result = await this.store.recordRating({
      workshopId: identity.workshopId,
      participantId: identity.participantId,
      statementCode: submission.statementCode,
      value: submission.value,
      voteId: submission.voteId,
    });
    if (!result.accepted) throw new DomainError(result.refusal, REFUSALS[result.refusal]);
    if (result.outcome === "recorded" || result.outcome === "changed") this.events.ratingsChanged(identity.workshopId);
    return { voteId: submission.voteId, statementCode: submission.statementCode, outcome: result.outcome };
  }

  private participantView(mission: Mission, workshop: Workshop): JoinResult["view"] {
    const constituency = mission.constituencies.find((candidate) => candidate.id === workshop.constituencyId);
    return {
      workshop: controlState(workshop),
      missionTitle: mission.title,
      constituencyName: constituency?.name ?? "",
      languages: mission.languages,
      scale: mission.scale,
      pillars: mission.pillars,
      statements: mission.statements,
    };
  }
}
