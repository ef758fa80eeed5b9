// G1: without PUBLIC_URL, phones join at the machine's own network addresses, the likeliest to be reachable first.
import type { NetworkInterfaceInfo } from "node:os";
import { describe, expect, it } from "vitest";
import { machineAddresses, ServerAddressBook } from "./machine-addresses.ts";

const v4 = (address: string, internal = false): NetworkInterfaceInfo => ({
  address,
  netmask: "255.255.255.0",
  family: "IPv4",
  mac: "00:00:00:00:00:00",
  internal,
  cidr: `${address}/24`,
});
const v6 = (address: string, internal = false): NetworkInterfaceInfo => ({
  address,
  netmask: "ffff:ffff:ffff:ffff::",
  family: "IPv6",
  mac: "00:00:00:00:00:00",
  internal,
  cidr: `${address}/64`,
  scopeid: 0,
});

/** A laptop on venue Wi-Fi and Ethernet at once, with Docker installed. */
const LAPTOP = {
  lo: [v4("127.0.0.1", true), v6("::1", true)],
  docker0: [v4("172.17.0.1")],
  wlan0: [v4("192.168.1.23"), v6("fe80::1c2:3ff:fe45:6789"), v6("fd12:3456::23")],
  eth0: [v4("10.0.0.5"), v4("169.254.10.10")],
};

describe("the machine's join addresses", () => {
  it("G1: lists every non-loopback address on the port, IPv4 before IPv6, container bridges last, link-local never", () => {
    expect(machineAddresses(LAPTOP, { port: 3000, address: "::" })).toEqual([
      { network: "wlan0", origin: "http://192.168.1.23:3000" },
      { network: "eth0", origin: "http://10.0.0.5:3000" },
      { network: "wlan0", origin: "http://[fd12:3456::23]:3000" },
      { network: "docker0", origin: "http://172.17.0.1:3000" },
    ]);
  });

  it("G1: lists only the addresses the server listens on: IPv4 for 0.0.0.0, the one address it is bound to", () => {
    expect(machineAddresses(LAPTOP, { port: 3000, address: "0.0.0.0" }).map((found) => found.origin)).toEqual([
      "http://192.168.1.23:3000",
      "http://10.0.0.5:3000",
      "http://172.17.0.1:3000",
    ]);
    expect(machineAddresses(LAPTOP, { port: 3000, address: "10.0.0.5" })).toEqual([
      { network: "eth0", origin: "http://10.0.0.5:3000" },
    ]);
    expect(machineAddresses(LAPTOP, { port: 3000, address: "127.0.0.1" })).toEqual([]);
  });

  it("G1: without PUBLIC_URL the book reads the interfaces on each call, and falls back to localhost with no network", () => {
    let interfaces: NodeJS.Dict<NetworkInterfaceInfo[]> = LAPTOP;
    const book = new ServerAddressBook(
      undefined,
      () => ({ port: 8080, address: "::" }),
      () => interfaces,
    );
    expect(book.list()[0]).toEqual({ network: "wlan0", origin: "http://192.168.1.23:8080" });
    interfaces = { lo: LAPTOP.lo };
    expect(book.list()).toEqual([{ network: "localhost", origin: "http://localhost:8080" }]);
  });

  it("G1: without PUBLIC_URL the Origin check admits the machine's addresses and loopback, and nothing else", () => {
    const book = new ServerAddressBook(
      undefined,
      () => ({ port: 3000, address: "::" }),
      () => LAPTOP,
    );
    for (const origin of [
      "http://192.168.1.23:3000",
      "http://10.0.0.5:3000",
      "http://[fd12:3456::23]:3000",
      "http://localhost:3000",
      "http://127.0.0.1:3000",
    ])
      expect(book.allows(origin), origin).toBe(true);
    for (const origin of [
      "http://192.168.1.23:4000",
      "https://192.168.1.23:3000",
      "http://192.168.1.24:3000",
      "https://evil.example",
      "null",
      "",
    ])
      expect(book.allows(origin), origin).toBe(false);
  });

  it("G1: with PUBLIC_URL that address alone is listed and admitted", () => {
    const book = new ServerAddressBook(
      "https://rate.example.org",
      () => ({ port: 3000, address: "::" }),
      () => LAPTOP,
    );
    expect(book.list()).toEqual([{ network: "PUBLIC_URL", origin: "https://rate.example.org" }]);
    expect(book.allows("https://rate.example.org")).toBe(true);
    expect(book.allows("http://192.168.1.23:3000")).toBe(false);
    expect(book.allows("http://localhost:3000")).toBe(false);
  });
});
