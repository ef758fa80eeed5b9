// Every Redis key name peerpulse uses, built in one place (documented in docs/redis-keys.md).
// All keys of one workshop share the hash tag {w:<id>}, so a workshop lives in one Redis Cluster slot
// and the rating script may touch all of them atomically.

const PREFIX = "pp";

/** Workshops whose key names were built, so a rating does not build nine strings again (bounded: a long-running
 * deployment meets new workshops for ever, but only a few hundred are live at once). */
const builtKeys = new Map<string, WorkshopKeys>();
const BUILT_KEYS_LIMIT = 10_000;

/** Keys of one workshop. */
export function workshopKeys(workshopId: string): WorkshopKeys {
  let keys = builtKeys.get(workshopId);
  if (keys) return keys;
  if (builtKeys.size >= BUILT_KEYS_LIMIT) builtKeys.clear();
  keys = buildWorkshopKeys(workshopId);
  builtKeys.set(workshopId, keys);
  return keys;
}

export type WorkshopKeys = Readonly<ReturnType<typeof buildWorkshopKeys>>;

function buildWorkshopKeys(workshopId: string) {
  const tag = `${PREFIX}:{w:${workshopId}}`;
  return {
    /** hash: the workshop's fields and live control state */
    meta: `${tag}:meta`,
    /** hash: statement code → its index in the questionnaire */
    statements: `${tag}:statements`,
    /** set: codes of locked statements */
    locked: `${tag}:locked`,
    /** hash: sha-256 of a participant token → participant id */
    tokens: `${tag}:tokens`,
    /** set: every vote id ever accepted (a re-sent vote id counts once) */
    votes: `${tag}:votes`,
    /** hash: "participantId|code" → "value|voteId"; never leaves the server */
    ratings: `${tag}:ratings`,
    /** hash: "code:value" → count */
    tally: `${tag}:tally`,
    /** set: participants who rated at least once */
    voters: `${tag}:voters`,
    /** string: number of ratings accepted so far, the sequence a lost write is detected by */
    seq: `${tag}:seq`,
    /** hash: revision, json: the break-out's groups and the hashes of their rapporteur tokens */
    breakout: `${tag}:breakout`,
    /** hash: the priority vote's state (status, picks, revealed, top, ballot as JSON, carriedVoters) */
    vote: `${tag}:vote`,
    /** set: ids of the priorities on the vote's ballot */
    voteBallot: `${tag}:vote-ballot`,
    /** set: every vote id the priority vote accepted */
    voteIds: `${tag}:vote-ids`,
    /** hash: participant id → "sorted,priority,ids|voteId"; never leaves the server */
    voteChoices: `${tag}:vote-choices`,
    /** hash: priority id → votes */
    voteCounts: `${tag}:vote-counts`,
  };
}

/** Keys of one mission. */
export function missionKeys(missionId: string) {
  const tag = `${PREFIX}:{m:${missionId}}`;
  return {
    /** string: the mission as JSON */
    mission: `${tag}:mission`,
    /** string: the facilitator key's hash */
    keyHash: `${tag}:key`,
    /** list: the mission's workshop ids in creation order */
    workshops: `${tag}:workshops`,
    /** string: the mission team's curated shortlist as JSON */
    shortlist: `${tag}:shortlist`,
    /** hash: revision, json: the HCT Action Plan */
    plan: `${tag}:plan`,
  };
}

/** hash: join code → workshop id (global; codes are unique across the deployment). */
export const JOIN_CODES_KEY = `${PREFIX}:join-codes`;

/** Prefix of one limit's failed-join counters (rate-limiter-flexible appends `:<device, code or address>`). */
export function joinFailuresKeyPrefix(limit: string): string {
  return `${PREFIX}:join-failures:${limit}`;
}
