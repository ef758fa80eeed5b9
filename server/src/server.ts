// Starts peerpulse: reads the environment, listens, and shuts down gracefully on SIGINT/SIGTERM.
import { fileURLToPath } from "node:url";
import closeWithGrace from "close-with-grace";
import { buildApp } from "./app.ts";
import { ConfigError, configFromEnvironment } from "./config.ts";

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
  app.http.log.info({ store: app.store.kind, publicUrl: config.publicUrl }, "peerpulse is ready");
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
});
