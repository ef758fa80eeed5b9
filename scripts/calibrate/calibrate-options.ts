// The calibration's command line: how many missions, which sizes, which seed.

/** Everything one calibration run needs; every loop in it is bounded by these numbers. */
export interface CalibrateOptions {
  seed: number;
  /** Statements per simulated mission. */
  statements: number;
  /** Missions per row of the no-difference table. */
  nullMissions: number;
  /** Missions per cell of the power tables. */
  powerMissions: number;
  /** Statements per mission on which a difference is planted. */
  planted: number;
  /** HCT sizes, one row each. */
  hctSizes: number[];
  /** Planted gaps in mean, in scale points, one column each. */
  gaps: number[];
  /** Sizes of the constituencies besides the HCT. */
  others: number[];
  /** Groups drawn per cell of the divided / no-shared-view table. */
  shapeGroups: number;
  /** Which tables to print: every one, or only the comparison of rounds (`--only=rounds`). */
  only: "all" | "rounds";
}

const DEFAULTS: CalibrateOptions = {
  seed: 1,
  statements: 30,
  nullMissions: 1_000,
  powerMissions: 200,
  planted: 3,
  hctSizes: [6, 8, 12, 15],
  gaps: [0.5, 1, 1.5],
  others: [15, 25, 20, 9],
  shapeGroups: 2_000,
  only: "all",
};

const USAGE =
  "usage: npm run calibrate -- [--quick] [--seed=N] [--missions=N] [--power-missions=N] [--statements=N] " +
  "[--planted=N] [--hct=6,8,12,15] [--gaps=0.5,1,1.5] [--others=15,25,20,9] [--only=rounds]";

function count(value: string, name: string, minimum = 1): number {
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < minimum)
    throw new Error(`--${name} takes a whole number ≥ ${minimum}; ${USAGE}`);
  return parsed;
}

function list(value: string, name: string, whole: boolean): number[] {
  const parsed = value.split(",").map(Number);
  const valid =
    parsed.length > 0 && parsed.every((n) => Number.isFinite(n) && n > 0 && (!whole || Number.isInteger(n)));
  if (!valid)
    throw new Error(`--${name} takes a comma-separated list of ${whole ? "whole " : ""}numbers above 0; ${USAGE}`);
  return parsed;
}

/** Reads the command line (after `npm run calibrate --`); `--quick` draws a fifth of the missions. */
export function parseCalibrateOptions(argv: readonly string[]): CalibrateOptions {
  const options = { ...DEFAULTS };
  for (const argument of argv) {
    const [flag, value = ""] = argument.split("=", 2) as [string, string?];
    switch (flag) {
      case "--quick":
        options.nullMissions = Math.ceil(options.nullMissions / 5);
        options.powerMissions = Math.ceil(options.powerMissions / 5);
        options.shapeGroups = Math.ceil(options.shapeGroups / 5);
        break;
      case "--seed":
        options.seed = count(value, "seed", 0);
        break;
      case "--missions":
        options.nullMissions = count(value, "missions");
        break;
      case "--power-missions":
        options.powerMissions = count(value, "power-missions");
        break;
      case "--statements":
        options.statements = count(value, "statements", 2);
        break;
      case "--planted":
        options.planted = count(value, "planted");
        break;
      case "--hct":
        options.hctSizes = list(value, "hct", true);
        break;
      case "--gaps":
        options.gaps = list(value, "gaps", false);
        break;
      case "--others":
        options.others = list(value, "others", true);
        break;
      case "--only":
        if (value !== "rounds") throw new Error(`--only takes rounds; ${USAGE}`);
        options.only = "rounds";
        break;
      default:
        throw new Error(`unknown option ${argument}; ${USAGE}`);
    }
  }
  if (options.planted >= options.statements) throw new Error(`--planted must be below --statements; ${USAGE}`);
  return options;
}
