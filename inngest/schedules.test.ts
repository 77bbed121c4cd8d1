import { describe, expect, it } from "vitest";
import { functions } from "./functions";
import { SCHEDULES } from "./schedules";

describe("the schedules the Runs page lists", () => {
  it("show the weekly status report under the hourly schedule, and the app serves the function that writes it", () => {
    expect(SCHEDULES.hourly.tasks).toContainEqual(expect.stringMatching(/weekly status report .* Mondays from 08:00/));
    expect(functions.map((fn) => fn.id())).toContain("operations-weekly-report");
  });
});
