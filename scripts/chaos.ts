// npm run chaos: the fault scenarios of the tests, run as long as asked, with participants rating throughout.
// Each ends with the exactly-once check against the store; the run fails if any check finds a problem.
//
//   npm run chaos                       # every scenario, 30 s each
//   npm run chaos -- --seconds 120      # longer
//   npm run chaos -- --participants 40 --only kill,cuts
//
// Redis: REDIS_URL when set, else a private redis-server (AOF everysec) started for the run.
import { parseArgs } from "node:util";
import {
  connectionsCut,
  processKilled,
  redisFrozen,
  serverKilled,
  type ScenarioResult,
  type ScenarioSize,
} from "../test/support/fault-scenarios.ts";
import { redisRestarted, redisRolledBack } from "../test/support/redis-fault-scenarios.ts";
import { OwnRedis } from "../test/support/own-redis.ts";

const { values } = parseArgs({
  options: {
    seconds: { type: "string", default: "30" },
    participants: { type: "string", default: "20" },
    only: { type: "string", default: "" },
  },
});
const size: ScenarioSize = {
  seconds: Number(values.seconds),
  participants: Number(values.participants),
  faults: 1,
};
if (!Number.isFinite(size.seconds) || !Number.isFinite(size.participants)) {
  console.error(
    "usage: npm run chaos -- [--seconds N] [--participants N] [--only kill,redis,cuts,failover,rollback,freeze]",
  );
  process.exit(2);
}

const ownRedis = process.env.REDIS_URL ? undefined : await OwnRedis.start();
const redisUrl = process.env.REDIS_URL ?? ownRedis!.url;

const scenarios: [string, () => Promise<ScenarioResult>][] = [
  ["kill", () => serverKilled("embedded", undefined, size)],
  ["kill", () => serverKilled("redis", redisUrl, size)],
  ["cuts", () => connectionsCut("embedded", undefined, size)],
  ["cuts", () => connectionsCut("redis", redisUrl, size)],
  ["failover", () => processKilled(redisUrl, size)],
  ["redis", () => redisRestarted(size)],
  ["rollback", () => redisRolledBack(size)],
  ["freeze", () => redisFrozen(size)],
];
const only = values.only ? new Set(values.only.split(",")) : undefined;

let failed = false;
try {
  for (const [group, run] of scenarios) {
    if (only && !only.has(group)) continue;
    try {
      report(await run());
    } catch (error) {
      failed = true;
      console.log(
        `\n✗ ${group}: the scenario itself failed: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
  }
} finally {
  await ownRedis?.stop();
}
process.exit(failed ? 1 : 0);

function report(result: ScenarioResult): void {
  const { stats, report: check } = result;
  const ok = check.problems.length === 0;
  failed ||= !ok;
  console.log(`\n${ok ? "✓" : "✗"} ${result.name}: ${result.faults} fault(s) in ${result.seconds.toFixed(1)} s`);
  console.log(
    `  ratings sent ${stats.sent}, acknowledged ${stats.acknowledged} ${JSON.stringify(stats.outcomes)}, ` +
      `refused-and-retried ${JSON.stringify(stats.refusals)}, unanswered ${stats.timeouts}, ` +
      `reconnects ${stats.reconnects}, slowest ack ${stats.maxAckMs} ms, slowest refusal ${stats.maxRefusalMs} ms`,
  );
  console.log(`  exactly-once check: ${check.stored}/${check.expected} final ratings stored as acknowledged`);
  if (Object.keys(result.notes).length > 0) console.log(`  ${JSON.stringify(result.notes)}`);
  for (const problem of check.problems.slice(0, 10)) console.log(`  problem: ${problem}`);
}
