// Creates the bench's missions and workshops over HTTP, as a facilitator's console would, and plans who joins where.
import { SAMPLE_QUESTIONNAIRE, type FacilitatorWorkshopView, type Mission, type MissionDraft } from "@peerpulse/shared";
import type { WorkshopPlan } from "./fleet-messages.ts";

/** Workshops per mission (a mission is one country's review, with a workshop per constituency and day). */
const WORKSHOPS_PER_MISSION = 20;

/** Statement codes of the sample questionnaire every bench mission uses. */
export const STATEMENT_CODES = SAMPLE_QUESTIONNAIRE.statements.map((statement) => statement.code);

async function post<T>(url: string, path: string, body: unknown, key?: string): Promise<T> {
  const response = await fetch(`${url}${path}`, {
    method: "POST",
    headers: { "content-type": "application/json", ...(key ? { "x-facilitator-key": key } : {}) },
    body: JSON.stringify(body),
    signal: AbortSignal.timeout(30_000),
  });
  const answer = (await response.json()) as T;
  if (!response.ok) throw new Error(`POST ${path} answered ${response.status}: ${JSON.stringify(answer)}`);
  return answer;
}

function draft(index: number): MissionDraft {
  return {
    title: `Bench mission ${index + 1}`,
    kind: "operational-peer-review",
    country: "Benchland",
    languages: ["en", "fr", "ar", "es"],
    pillars: SAMPLE_QUESTIONNAIRE.pillars,
    statements: SAMPLE_QUESTIONNAIRE.statements,
    constituencies: [{ name: "ICCG" }, { name: "INGOs" }, { name: "HCT", isHct: true }],
  };
}

/**
 * Creates `workshops` open, self-paced workshops of `size` participants each and returns their plans.
 * Participants connect to `participantUrls` in turn; each workshop's presenter to one of them in turn.
 */
export async function createWorkshops(
  url: string,
  workshops: number,
  size: number,
  participantUrls: string[] = [url],
): Promise<WorkshopPlan[]> {
  const plans: WorkshopPlan[] = [];
  for (let first = 0; first < workshops; first += WORKSHOPS_PER_MISSION) {
    const { mission, facilitatorKey } = await post<{ mission: Mission; facilitatorKey: string }>(
      url,
      "/api/missions",
      draft(first / WORKSHOPS_PER_MISSION),
    );
    const count = Math.min(WORKSHOPS_PER_MISSION, workshops - first);
    for (let index = 0; index < count; index += 1) {
      const view = await post<FacilitatorWorkshopView>(
        url,
        `/api/missions/${mission.id}/workshops`,
        {
          constituencyId: mission.constituencies[index % mission.constituencies.length]!.id,
          date: "2026-11-23",
          place: "Capital",
          pacing: "self-paced",
        },
        facilitatorKey,
      );
      const workshopId = view.workshop.id;
      await post(url, `/api/workshops/${workshopId}/control`, { command: "open" }, facilitatorKey);
      plans.push({
        workshopId,
        missionId: mission.id,
        facilitatorKey,
        joinCode: view.workshop.joinCode,
        participants: size,
        scalePoints: mission.scale.points.length,
        participantUrls,
        presenterUrl: participantUrls[plans.length % participantUrls.length]!,
      });
    }
  }
  return plans;
}

/** Deals whole workshops to load processes, so each one knows every rating its presenters should see. */
export function dealWorkshops(plans: readonly WorkshopPlan[], processes: number): WorkshopPlan[][] {
  const dealt = Array.from({ length: processes }, (): WorkshopPlan[] => []);
  plans.forEach((plan, index) => dealt[index % processes]!.push(plan));
  return dealt;
}
