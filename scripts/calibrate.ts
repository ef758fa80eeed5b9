// npm run calibrate: simulated missions, with and without planted differences, through the flag rules as shipped.
// Prints the false-flag and power tables of docs/analysis.md ("How far to trust the flags"); the same seed
// gives the same tables. Progress goes to stderr, the tables to stdout.
import { parseCalibrateOptions } from "./calibrate/calibrate-options.ts";
import {
  runConstituencyPower,
  runHctPower,
  runNull,
  runWiderHct,
  type ExperimentSetup,
  type OtherConstituencies,
} from "./calibrate/experiments.ts";
import { roundShapes, roundsTable } from "./calibrate/rounds-table.ts";
import { TYPICAL_STATEMENTS } from "./calibrate/simulated-mission.ts";
import {
  constituencyPowerTable,
  hctPowerTable,
  markdownTable,
  nullTable,
  percent,
  shapeTable,
} from "./calibrate/tables.ts";
import { labelShape, SHAPES } from "./calibrate/view-shapes.ts";

const NAMES = ["ICCG", "INGOs", "NNGOs", "Area team", "Donors", "Government"];
const SHAPE_SIZES = [20, 40, 80];
const WIDER_HCT = 1.3;

function main(): void {
  const options = parseCalibrateOptions(process.argv.slice(2));
  const started = Date.now();
  const progress = (what: string) => process.stderr.write(`${Math.round((Date.now() - started) / 1000)} s: ${what}\n`);
  const others: OtherConstituencies = options.others.map((size, index) => ({
    name: NAMES[index] ?? `C${index + 1}`,
    size,
  }));
  const othersTotal = options.others.reduce((sum, size) => sum + size, 0);
  const setup = (missions: number): ExperimentSetup => ({
    model: TYPICAL_STATEMENTS,
    statements: options.statements,
    missions,
    seed: options.seed,
  });

  const rounds = () => {
    const middle = options.hctSizes.includes(12) ? 12 : options.hctSizes[0]!;
    const planted = Math.max(2, options.planted + 1);
    const run = { ...setup(0), planted, nullMissions: options.nullMissions, powerMissions: options.powerMissions };
    return [
      `Comparing rounds: ${planted} of ${options.statements} statements planted to move (half up, half down where the ` +
        `scale allows), everybody alike within a round, each round its own people; "found" = planted statements ` +
        `listed the planted way, "exact" = missions whose improved and worsened lists are exactly the planted ones, ` +
        `"any false" = missions with any report (everyone or a constituency) on a statement that did not move:`,
      "",
      roundsTable(run, roundShapes(middle, others), progress),
    ];
  };
  if (options.only === "rounds") {
    console.log(rounds().join("\n"));
    progress("done");
    return;
  }

  const nullRows = options.hctSizes.map((hctSize) => {
    progress(`no difference, HCT of ${hctSize}`);
    return {
      label: `HCT ${hctSize}, others ${options.others.join(" + ")}`,
      result: runNull(setup(options.nullMissions), hctSize, others),
    };
  });
  progress("no difference, random sizes");
  nullRows.push({
    label: "HCT 6–15, 3–6 constituencies of 9–30 (drawn per mission)",
    result: runNull(setup(options.nullMissions), "random", others),
  });

  const powerRows = options.hctSizes.map((hctSize) => {
    progress(`HCT of ${hctSize} apart`);
    const results = options.gaps.map((gap) =>
      runHctPower(setup(options.powerMissions), hctSize, gap, options.planted, others),
    );
    return { hctSize, others: othersTotal, results };
  });

  const middleHct = options.hctSizes.includes(12) ? 12 : options.hctSizes[0]!;
  progress("one constituency apart");
  const constituencyGaps = options.gaps.filter((gap) => gap >= 1);
  const constituencyResults = constituencyGaps.map((gap) =>
    runConstituencyPower(setup(options.powerMissions), middleHct, gap, options.planted, others),
  );
  progress("an HCT more spread than the others, same mean");
  const wider = runWiderHct(setup(options.powerMissions), middleHct, WIDER_HCT, others);
  progress("divided and no shared view");
  const shapes = SHAPES.map((shape) => ({
    ...shape,
    results: SHAPE_SIZES.map((n) => labelShape(shape.shares, n, options.shapeGroups, options.seed)),
  }));

  const date = new Date().toISOString().slice(0, 10);
  const lines = [
    `npm run calibrate -- --seed=${options.seed} (${date}): ${options.statements} statements per mission, ` +
      `${options.nullMissions} missions per no-difference row, ${options.powerMissions} per power cell, ` +
      `${options.planted} planted statements per mission; statements drawn on five points with hidden means ` +
      `${TYPICAL_STATEMENTS.latentMean.join("–")} and spreads ${TYPICAL_STATEMENTS.latentSd.join("–")}, ` +
      `${percent(TYPICAL_STATEMENTS.campsShare)} as two camps; every flag counted, not only the top five.`,
    "",
    "Missions with no real difference (target: any false comparison flag in at most 10%):",
    "",
    nullTable(nullRows),
    "",
    `HCT apart: planted statements found, against two ideal tests under the same error control: one that knows each ` +
      `group's true variance, and one that knows only the variance of everyone pooled (as Student's t assumes):`,
    "",
    hctPowerTable(options.gaps, powerRows),
    "",
    `Constituencies apart: ${others[0]?.name ?? "one constituency"} (${options.others[0]}) rating ${options.planted} statements apart, HCT of ${middleHct}:`,
    "",
    constituencyPowerTable(`${others[0]?.name ?? "C1"} (${options.others[0]})`, constituencyGaps, constituencyResults),
    "",
    `An HCT of ${middleHct} rating every statement like the others on average but ${WIDER_HCT} times as spread:`,
    "",
    markdownTable(
      ["missions", "with an HCT apart entry"],
      [[String(wider.missions), percent(wider.flagged / wider.missions)]],
    ),
    "",
    `Divided and no shared view, ${options.shapeGroups} groups per cell:`,
    "",
    shapeTable(SHAPE_SIZES, shapes),
    "",
    ...rounds(),
  ];
  console.log(lines.join("\n"));
  progress("done");
}

main();
