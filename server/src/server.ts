// Starts peerpulse: reads the environment, listens, and shuts down gracefully on SIGINT/SIGTERM.
import { fileURLToPath } from "node:url";
import closeWithGrace from "close-with-grace";
import { buildApp } from "./app.ts";
import { ConfigError, configFromEnvironment } from "./config.ts";
import type { JoinAddress } from "./domain/join-addresses.ts";
import { DataDirInUse } from "./store/embedded/data-dir-lock.ts";

const clientDir = fileURLToPath(new URL("../../client/dist", import.meta.url));

async function main(): Promise<void> {
  const config = configFromEnvironment(process.env, clientDir);
  const app = await buildApp(config);
  closeWithGrace({ delay: 10_000 }, async ({ signal, err }) => {
    if (err) app.http.log.error({ err }, "closing after an error");
    else app.http.log.info({ signal }, "closing");
    await app.close();
  });
  await app.http.listen({ port: config.port, host: config.host });
  const addresses = app.addresses.list();
  const address = app.http.server.address();
  const port = typeof address === "object" && address ? address.port : config.port;
  app.http.log.info({ store: app.store.kind, port, publicUrl: config.publicUrl, addresses }, "peerpulse is ready");
  // Said plainly as well, for whoever started it on a laptop: which addresses the phones in the room can open.
  process.stdout.write(`\npeerpulse is ready. Phones join at:\n${addresses.map(joinLine).join("\n")}\n\n`);
  // A parent that started this process with an IPC channel (the tests, the bench) learns the port it got, so it can
  // ask for PORT=0 instead of guessing a free port that another process may take first.
  process.send?.({ ready: { port } });
}

function joinLine({ network, origin }: JoinAddress): string {
  return `  ${origin}   (${network})`;
}

main().catch((error: unknown) => {
  // A wrong setting or a data folder another process holds: the message says what to do, a stack would not.
  console.error(error instanceof ConfigError || error instanceof DataDirInUse ? error.message : error);
  process.exit(1);
});
