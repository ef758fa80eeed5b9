// The mission transfer file: a whole mission moved between deployments, sealed with its facilitator key.
import { z } from "zod";

/**
 * The outside of a transfer file. Its contents (the mission, every workshop's counts, the shortlist) are
 * encrypted with a key derived from the facilitator key, because counts of small workshops must never be
 * readable outside a server: only a server given the key can open it.
 */
export const MissionTransferFile = z.object({
  format: z.literal("peerpulse-mission"),
  version: z.literal(1),
  missionId: z.string(),
  title: z.string(),
  exportedAt: z.iso.datetime(),
  sealed: z.object({
    algorithm: z.literal("aes-256-gcm+scrypt"),
    salt: z.base64(),
    iv: z.base64(),
    tag: z.base64(),
    data: z.base64(),
  }),
});
/** The outside of a mission transfer file. */
export type MissionTransferFile = z.infer<typeof MissionTransferFile>;
