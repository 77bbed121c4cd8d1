import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";

const tsx = path.resolve("node_modules/.bin/tsx");
const run = (script: string, ...args: string[]) =>
  spawnSync(tsx, [path.resolve("scripts", script), ...args], { encoding: "utf8", timeout: 30_000 });

describe("the forecast scripts at the command line", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "forecast-cli-"));

  it("exits 2 with a one-line message naming the line, never a stack trace, on bad input", () => {
    const file = path.join(dir, "bad.csv");
    writeFileSync(file, "event_id,event_date,days_before\na,2026-05-01,3\na,2026-05-01,-2\n");
    const result = run("forecast-backtest.ts", file);
    expect(result.status).toBe(2);
    expect(result.stderr.trim()).toBe(`${file}: line 3: days_before "-2" is not a whole number of days, 0 or more`);
    const missing = run("forecast-backtest.ts", path.join(dir, "none.csv"));
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain("none.csv: cannot be read (ENOENT)");
    expect(missing.stderr).not.toMatch(/\n\s+at /);
    expect(run("forecast-hotel-bookings.ts").status).toBe(2);
  }, 30_000);

  it("converts a hotel file, backtests it, prints the table and writes the predictions", () => {
    const hotel = path.join(dir, "hotel.csv");
    const rows = ["hotel,is_canceled,lead_time,arrival_date_year,arrival_date_month,arrival_date_day_of_month"];
    for (let day = 1; day <= 28; day++) {
      for (let b = 0; b < 3 + (day % 4); b++)
        rows.push(`Resort Hotel,${b % 2},${(b * 7 + day) % 40},2016,February,${day}`);
    }
    writeFileSync(hotel, rows.join("\n"));
    const bookings = path.join(dir, "bookings.csv");
    expect(run("forecast-hotel-bookings.ts", hotel, bookings).status).toBe(0);
    const out = path.join(dir, "predictions.csv");
    const result = run("forecast-backtest.ts", bookings, "--out", out);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toContain("| 30 | similar-events-pickup (product)");
    expect(result.stdout).toContain("| 7 | additive-pickup");
    const predictions = readFileSync(out, "utf8").trimEnd().split("\n");
    expect(predictions[0]).toBe("event_id,event_date,horizon,p10,p50,p90,actual");
    expect(predictions).toHaveLength(1 + Math.ceil(28 * 0.4) * 3);
  }, 30_000);
});
