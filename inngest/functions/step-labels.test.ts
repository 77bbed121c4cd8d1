import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { STEP_LABELS, stepLabel } from "./step-labels";

/** The sources that name durable steps: every function in this folder, and the shared decision wait. */
function stepSources() {
  const functions = readdirSync(__dirname, { recursive: true, encoding: "utf8" })
    .filter((file) => file.endsWith(".ts") && !file.includes(".test.") && file !== "step-labels.ts")
    .map((file) => join(__dirname, file));
  return [...functions, join(__dirname, "..", "approvals.ts")].map((file) => readFileSync(file, "utf8"));
}

// step.run("id", …), step.sleepUntil(`day-${n}`, …), and the campaign's own run("id", …) wrapper.
const STEP_CALL = /\b(?:step\.(?:run|sleep|sleepUntil|waitForEvent|invoke|sendEvent)|run)\(\s*(["'`])(.*?)\1/g;

/** A step id with what is computed left out: `day-${round}` and "day-{days}" are both "day-{}". */
const shape = (id: string) => id.replace(/\$\{[^}]*\}|\{\w+\}/g, "{}");

const usedStepIds = [...new Set(stepSources().flatMap((source) => [...source.matchAll(STEP_CALL)].map((m) => m[2])))];

describe("step labels", () => {
  it("finds the step ids the functions use", () => {
    expect(usedStepIds).toEqual(
      expect.arrayContaining(["search-prospects", "outreach-started", "initialize-tracking"]),
    );
    expect(usedStepIds.map((id) => shape(id ?? ""))).toContain("record-wave-{}");
    expect(usedStepIds.length).toBeGreaterThan(25);
  });

  it("has a label for every step id a function uses", () => {
    const labelled = new Set(Object.keys(STEP_LABELS).map(shape));
    expect(usedStepIds.filter((id) => id !== undefined && !labelled.has(shape(id)))).toEqual([]);
  });

  it("labels no step that no function uses", () => {
    const used = new Set(usedStepIds.map((id) => shape(id ?? "")));
    expect(Object.keys(STEP_LABELS).filter((pattern) => !used.has(shape(pattern)))).toEqual([]);
  });

  it("says what a step does, with the parts its id computes", () => {
    const approvalId = "0f8e4c2a-5b6d-4e7f-8a9b-1c2d3e4f5a6b";
    expect(stepLabel("propose-prospect-list")).toBe("Propose the prospect list");
    expect(stepLabel("outreach-started")).toBe("Send the proposals and first emails");
    expect(stepLabel("day-3")).toBe("Wait 3 days");
    expect(stepLabel("day-7-follow-ups")).toBe("Send the day-7 follow-ups");
    expect(stepLabel("meetings-after-day-3")).toBe("Offer meetings to those who replied by day 3");
    expect(stepLabel("report")).toBe("Report the campaign's results");
    expect(stepLabel("record-wave-2")).toBe("Record the outcome of wave 2");
    expect(stepLabel(`read-decision-${approvalId}-0`)).toBe("Read the inbox decision");
    expect(stepLabel(`read-decision-${approvalId}-2`)).toBe("Read the inbox decision again");
    expect(stepLabel(`wait-for-decision-${approvalId}-1`)).toBe("Wait for a person to decide");
  });

  it("reads an unknown step id as words", () => {
    expect(stepLabel("sync-crm-contacts")).toBe("Sync CRM contacts");
  });
});
