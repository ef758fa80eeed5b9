// `npm run export`: saves a mission's shortlist, results, printable report or transfer file from a running server.
import { writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { z } from "zod";
import { Language } from "@peerpulse/shared";

const USAGE = `usage: npm run export -- --mission <id> [--key <facilitator key>] [options]

  --url <address>      the peerpulse server (default http://localhost:3000, or PEERPULSE_URL)
  --mission <id>       the mission to export
  --key <key>          its facilitator key (or PEERPULSE_FACILITATOR_KEY, which keeps it out of shell history)
  --what <kind>        shortlist | results | report | transfer (default results)
  --format <format>    csv | xlsx | json, for shortlist and results (default csv)
  --lang <language>    en | fr | ar | es: the language of statement texts (default en)
  --out <file>         where to write (default: the name the server suggests, in this folder)`;

const Options = z.object({
  url: z.url().default(process.env.PEERPULSE_URL ?? "http://localhost:3000"),
  mission: z.string().min(1, "--mission is required"),
  key: z.string().min(1, "--key (or PEERPULSE_FACILITATOR_KEY) is required"),
  what: z.enum(["shortlist", "results", "report", "transfer"]).default("results"),
  format: z.enum(["csv", "xlsx", "json"]).default("csv"),
  lang: Language.default("en"),
  out: z.string().optional(),
});

function requestPath(options: z.infer<typeof Options>): string {
  const mission = encodeURIComponent(options.mission);
  switch (options.what) {
    case "report":
      return `/api/missions/${mission}/report?lang=${options.lang}`;
    case "transfer":
      return `/api/missions/${mission}/transfer`;
    case "shortlist":
    case "results":
      return `/api/missions/${mission}/export?scope=${options.what}&format=${options.format}&lang=${options.lang}`;
  }
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      url: { type: "string" },
      mission: { type: "string" },
      key: { type: "string" },
      what: { type: "string" },
      format: { type: "string" },
      lang: { type: "string" },
      out: { type: "string" },
      help: { type: "boolean" },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const parsed = Options.safeParse({
    ...values,
    key: values.key ?? process.env.PEERPULSE_FACILITATOR_KEY ?? "",
    mission: values.mission ?? "",
  });
  if (!parsed.success) {
    console.error(`${parsed.error.issues.map((issue) => issue.message).join("\n")}\n\n${USAGE}`);
    return 2;
  }
  const options = parsed.data;
  const response = await fetch(`${options.url.replace(/\/+$/, "")}${requestPath(options)}`, {
    headers: { "x-facilitator-key": options.key },
  });
  if (!response.ok) {
    const body = (await response.json().catch(() => null)) as { error?: { code: string; message: string } } | null;
    console.error(
      `export failed (${response.status}): ${body?.error ? `${body.error.code}: ${body.error.message}` : response.statusText}`,
    );
    return 1;
  }
  const suggested = /filename="([^"]+)"/.exec(response.headers.get("content-disposition") ?? "")?.[1];
  const out = options.out ?? suggested ?? `${options.mission}-report.html`;
  writeFileSync(out, Buffer.from(await response.arrayBuffer()));
  console.log(`wrote ${out}`);
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`export failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
