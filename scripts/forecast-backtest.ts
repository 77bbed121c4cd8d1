/**
 * `npm run forecast:backtest -- <bookings.csv> [--out predictions.csv]`: the attendance forecaster's
 * rolling-origin backtest (docs/analytics.md) on any file with one row per ticket sold
 * (`event_id,event_date,days_before`). Prints MAPE and P10-P90 coverage at 30, 14 and 7 days for the
 * forecaster and both pickup baselines; `--out` writes the forecaster's predictions. Bad input exits 2.
 */
import { readFile, writeFile } from "node:fs/promises";
import { BACKTEST_HORIZONS, DEFAULT_TEST_SHARE, runBacktest } from "@/lib/agents/analytics/forecast/backtest";
import { bookingCurves, parseBookingsCsv } from "./forecast/bookings-csv";
import { InputError, runCli } from "./forecast/cli";
import { formatSummary, isoDay, predictionsCsv } from "./forecast/predictions";

const USAGE = "usage: npm run forecast:backtest -- <bookings.csv> [--out predictions.csv]";

function parseArgs(args: readonly string[]) {
  let file: string | undefined;
  let out: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? "";
    if (arg === "--out") {
      out = args[++i];
      if (!out) throw new InputError(`--out needs a file name\n${USAGE}`);
    } else if (arg.startsWith("--out=")) out = arg.slice("--out=".length);
    else if (arg.startsWith("-")) throw new InputError(`unknown option ${arg}\n${USAGE}`);
    else if (file) throw new InputError(`one bookings file, not ${file} and ${arg}\n${USAGE}`);
    else file = arg;
  }
  if (!file) throw new InputError(USAGE);
  return { file, out };
}

async function readInput(file: string) {
  try {
    return await readFile(file, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError(`${file}: cannot be read (${code ?? "error"})`);
  }
}

await runCli(async () => {
  const { file, out } = parseArgs(process.argv.slice(2));
  const curves = bookingCurves(parseBookingsCsv(await readInput(file), file));
  const { rows, summary } = runBacktest(curves);
  const days = curves.map((curve) => curve.eventDay).sort((a, b) => a - b);
  const tested = [...new Set(rows.map((row) => row.eventDay))].sort((a, b) => a - b);
  const testedEvents = new Set(rows.map((row) => row.eventId)).size;
  console.log(`Attendance forecast backtest on ${file}`);
  console.log(
    `${curves.length} events, ${isoDay(days[0] ?? 0)} to ${isoDay(days.at(-1) ?? 0)}; tested: the last ${DEFAULT_TEST_SHARE * 100}% by date, ${testedEvents} events from ${isoDay(tested[0] ?? 0)}.`,
  );
  console.log(
    `A test event on day T is forecast at d = ${BACKTEST_HORIZONS.join(", ")} days from its tickets sold d or more days before and the events dated on or before T - d.`,
  );
  console.log("MAPE: the mean over tested events of |P50 - actual| / max(actual, 1).\n");
  console.log(formatSummary(summary));
  if (out) {
    await writeFile(out, predictionsCsv(rows)).catch((error: NodeJS.ErrnoException) => {
      throw new InputError(`${out}: cannot be written (${error.code ?? "error"})`);
    });
    console.log(`\nPredictions of the product's forecaster (a row per event and horizon): ${out}`);
  }
});
