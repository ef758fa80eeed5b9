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
import { hashSecret, joinTokenMatches, newId, newParticipantToken, workshopOfToken } from "./secrets.ts";
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

  /**
   * How a join request proves it belongs (rule G2): by the workshop's join token (its link or QR code), by a
   * participant token of the workshop (a returning device), or only by the typed code, which the caller limits.
   */
  async admission(request: JoinRequest): Promise<"join-token" | "returning" | "typed-code"> {
    const workshopId = await this.workshopIdOf(request.joinCode);
    if (!workshopId) return "typed-code";
    if (request.joinToken) {
      const workshop = await this.store.getWorkshop(workshopId);
      if (joinTokenMatches(request.joinToken, workshop?.joinToken)) return "join-token";
    }
    if (request.token) {
      const returning = await this.identify(request.token).catch(() => null);
      if (returning?.workshopId === workshopId) return "returning";
    }
    return "typed-code";
  }

  /**
   * Joins a workshop by code. A device that presents its participant token keeps its identity; a token no workshop
   * knows (unknown or malformed) is refused (`bad_participant_token`, rule G5) rather than silently replaced, so the
   * page can tell the person; a token of another workshop is not a way in there, and joins here anew (R4). New
   * participants are refused once the facilitator closed entry (rule G4).
   */
  async join(request: JoinRequest): Promise<JoinResult> {
    const workshopId = await this.workshopIdOf(request.joinCode);
    if (!workshopId) throw new DomainError("bad_join_code", "no workshop has this join code; check the six digits");
    const workshop = await this.missions.getWorkshop(workshopId);
    const mission = await this.missions.getMission(workshop.missionId);
    if (request.token !== undefined) {
      const returning = await this.identify(request.token).catch(() => null);
      if (!returning)
        throw new DomainError(
          "bad_participant_token",
          "this device's place in the workshop is not known here; join again as a new participant",
        );
      if (returning.workshopId === workshopId)
        return {
          token: request.token,
          view: this.participantView(mission, workshop),
          ratedCodes: await this.store.ratedCodes(workshopId, returning.participantId),
        };
    }
    const token = newParticipantToken(workshopId);
    const admitted = await this.store.addParticipant(workshopId, newId("p"), hashSecret(token));
    if (admitted === "entry_closed")
      throw new DomainError("entry_closed", "the facilitator has closed entry to this workshop: no one new can join");
    if (admitted === "workshop_not_found")
      throw new DomainError("workshop_not_found", "this workshop no longer exists");
    this.events.participantJoined(workshopId);
    return { token, view: this.participantView(mission, workshop), ratedCodes: [] };
  }

  private async workshopIdOf(joinCode: string): Promise<string | null> {
    const code = JoinCode.safeParse(joinCode.replace(/\s+/g, ""));
    return code.success ? this.store.findWorkshopIdByJoinCode(code.data) : null;
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
