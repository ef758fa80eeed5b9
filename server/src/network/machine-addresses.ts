// Where phones on the venue network can reach a server started without PUBLIC_URL: the machine's own addresses,
// read from its network interfaces when asked (a laptop that changes Wi-Fi gets the new address).
import type { Server } from "node:http";
import { networkInterfaces, type NetworkInterfaceInfo } from "node:os";
import type { JoinAddress, JoinAddressBook } from "../domain/join-addresses.ts";

type Interfaces = NodeJS.Dict<NetworkInterfaceInfo[]>;

/** Bridges of containers and virtual machines, and VPN tunnels: phones in the room rarely reach these. */
const VIRTUAL = /^(docker|br-|veth|virbr|vboxnet|vmnet|vEthernet|tun|tap|utun|wg|tailscale|zt|lxc|lxd|cni|flannel)/i;

/** Where the server listens: its port, and the address it is bound to (`0.0.0.0`, `::` or one address). */
export interface Listening {
  port: number;
  address: string;
}

/**
 * The non-loopback addresses of `interfaces` the server can be reached at, as origins: IPv4 first, virtual
 * interfaces last. Bound to `0.0.0.0` it answers on IPv4 only; to `::` on both; to one address, on that one alone.
 */
export function machineAddresses(interfaces: Interfaces, { port, address: bound }: Listening): JoinAddress[] {
  const reachable = (info: NetworkInterfaceInfo): boolean =>
    bound === "::" || (bound === "0.0.0.0" ? info.family === "IPv4" : info.address === bound);
  const found = Object.entries(interfaces).flatMap(([network, infos]) =>
    (infos ?? [])
      .filter((info) => !info.internal && !isLinkLocal(info) && reachable(info))
      .map((info) => ({
        network,
        origin: `http://${info.family === "IPv6" ? `[${info.address}]` : info.address}:${port}`,
        rank: (VIRTUAL.test(network) ? 2 : 0) + (info.family === "IPv6" ? 1 : 0),
      })),
  );
  return found.sort((a, b) => a.rank - b.rank).map(({ network, origin }) => ({ network, origin }));
}

/** fe80::/10 and 169.254/16 need a zone or a missing DHCP server: no phone joins through them. */
function isLinkLocal(info: NetworkInterfaceInfo): boolean {
  return info.family === "IPv6" ? /^fe[89ab]/i.test(info.address) : info.address.startsWith("169.254.");
}

/** The origins of this machine itself, always allowed when there is no PUBLIC_URL (the facilitator's own browser). */
function loopbackOrigins(port: number): string[] {
  return [`http://localhost:${port}`, `http://127.0.0.1:${port}`, `http://[::1]:${port}`];
}

/**
 * With PUBLIC_URL: that one address. Without it: every network address of the machine, read again on each call,
 * on the port the server listens on; `localhost` alone when the machine has no network.
 */
export class ServerAddressBook implements JoinAddressBook {
  constructor(
    private readonly publicUrl: string | undefined,
    private readonly listening: () => Listening,
    private readonly interfaces: () => Interfaces = networkInterfaces,
  ) {}

  list(): JoinAddress[] {
    if (this.publicUrl) return [{ network: "PUBLIC_URL", origin: new URL(this.publicUrl).origin }];
    const listening = this.listening();
    const found = machineAddresses(this.interfaces(), listening);
    return found.length > 0 ? found : [{ network: "localhost", origin: `http://localhost:${listening.port}` }];
  }

  allows(origin: string): boolean {
    let given: string;
    try {
      given = new URL(origin).origin;
    } catch {
      return false;
    }
    const own = this.list().map((address) => address.origin);
    if (!this.publicUrl) own.push(...loopbackOrigins(this.listening().port));
    return own.includes(given);
  }
}

/** Where a server listens (PORT=0 picks its port), or `fallback` before it listens. */
export function listeningOn(http: { server: Server }, fallback: Listening): Listening {
  const bound = http.server.address();
  return bound && typeof bound === "object" ? { port: bound.port, address: bound.address } : fallback;
}
