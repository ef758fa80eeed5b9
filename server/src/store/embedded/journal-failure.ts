// Why the journal cannot be written, in an operator's words: what /healthz says while the embedded store refuses ratings.

/** The journal's last write failed: ratings are refused until one succeeds. */
export interface JournalFailure {
  since: Date;
  detail: string;
}

/** Describes a failed journal write (the `cause` of the store's refusal) for `/healthz` and the log. */
export function journalFailure(error: unknown): JournalFailure {
  const cause = error instanceof Error && error.cause instanceof Error ? error.cause : error;
  const code = (cause as NodeJS.ErrnoException | undefined)?.code;
  const reason =
    code === "ENOSPC"
      ? "the disk is full"
      : code === "EDQUOT"
        ? "the disk quota is used up"
        : code === "EFBIG"
          ? "the journal reached the largest file this process may write"
          : code === undefined
            ? "the disk took only part of a write (is it full?)"
            : `the disk refused a write (${code})`;
  const message = cause instanceof Error ? cause.message : String(cause);
  return {
    since: new Date(),
    detail: `${reason}: the journal cannot be written (${message}); ratings are refused with store_unavailable until a write succeeds`,
  };
}
