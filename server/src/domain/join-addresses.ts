// The port through which the domain learns where phones can reach this server, to build join links.

/** One origin phones can open: `PUBLIC_URL`, or `http://<address>:<port>` of one network interface. */
export interface JoinAddress {
  /** `PUBLIC_URL`, or the network interface's name. */
  network: string;
  /** Scheme, host and port, without a trailing slash. */
  origin: string;
}

/** Where phones can reach this server, the likeliest first; never empty. */
export interface JoinAddressBook {
  list(): JoinAddress[];
  /** Whether a browser page from `origin` is one of ours (CORS and the Socket.IO handshake). */
  allows(origin: string): boolean;
}
