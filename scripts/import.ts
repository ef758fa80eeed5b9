// `npm run import`: brings a mission transfer file (from `npm run export -- --what transfer`) into a running server.
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { z } from "zod";
import { MissionTransferFile } from "@peerpulse/shared";

const USAGE = `usage: npm run import -- --file <transfer file> [--key <facilitator key>] [--url <address>]

  --file <path>        the mission transfer file (peerpulse-mission-….json)
  --key <key>          the mission's facilitator key (or PEERPULSE_FACILITATOR_KEY, which keeps it out of shell history)
  --url <address>      the peerpulse server (default http://localhost:3000, or PEERPULSE_URL)

The server checks the key first (a wrong key: 403 bad_facilitator_key), then refuses a mission it already
holds (409 mission_exists): nothing is imported twice. Imported workshops come in closed.`;

const Options = z.object({
  url: z.url().default(process.env.PEERPULSE_URL ?? "http://localhost:3000"),
  file: z.string().min(1, "--file is required"),
  key: z.string().min(1, "--key (or PEERPULSE_FACILITATOR_KEY) is required"),
});

function readTransferFile(path: string): MissionTransferFile | string {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (error) {
    return `cannot read ${path}: ${error instanceof Error ? error.message : String(error)}`;
  }
  try {
    const parsed = MissionTransferFile.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : `${path} is not a peerpulse mission transfer file`;
  } catch {
    return `${path} is not JSON: is it a peerpulse mission transfer file?`;
  }
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      url: { type: "string" },
      file: { type: "string" },
      key: { type: "string" },
      help: { type: "boolean" },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const parsed = Options.safeParse({
    ...values,
    file: values.file ?? "",
    key: values.key ?? process.env.PEERPULSE_FACILITATOR_KEY ?? "",
  });
  if (!parsed.success) {
    console.error(`${parsed.error.issues.map((issue) => issue.message).join("\n")}\n\n${USAGE}`);
    return 2;
  }
  const options = parsed.data;
  const file = readTransferFile(options.file);
  if (typeof file === "string") {
    console.error(`import failed: ${file}`);
    return 2;
  }
  const response = await fetch(`${options.url.replace(/\/+$/, "")}/api/missions/import`, {
    method: "POST",
    headers: { "content-type": "application/json", "x-facilitator-key": options.key },
    body: JSON.stringify(file),
  });
  const body = (await response.json().catch(() => null)) as {
    mission?: { id: string; title: string };
    error?: { code: string; message: string };
  } | null;
  if (!response.ok || !body?.mission) {
    console.error(
      `import failed (${response.status}): ${body?.error ? `${body.error.code}: ${body.error.message}` : response.statusText}`,
    );
    return 1;
  }
  console.log(`imported mission ${body.mission.id} (${body.mission.title}); open it in the console with its key`);
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`import failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
