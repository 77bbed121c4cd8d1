import { describe, expect, it } from "vitest";
import { type LaunchTaskId, type LaunchTaskState, nextWave } from "./launch-plan";

const settled = (entries: [LaunchTaskId, LaunchTaskState][]) => new Map(entries);

describe("the event launch graph", () => {
  it("starts with analytics, operations and support in parallel", () => {
    expect(nextWave(settled([]))).toEqual({
      ready: ["analyze_target_audience", "initialize_tracking", "index_event_knowledge"],
      blocked: [],
    });
  });

  it("runs sales and marketing once analytics completed", () => {
    const wave = nextWave(
      settled([
        ["analyze_target_audience", "completed"],
        ["initialize_tracking", "completed"],
        ["index_event_knowledge", "failed"],
      ]),
    );
    expect(wave).toEqual({ ready: ["run_outreach_campaign", "run_marketing_campaign"], blocked: [] });
  });

  it("blocks sales and marketing when analytics failed or has not landed, and keeps the others", () => {
    for (const state of ["failed", "unavailable"] as const) {
      expect(nextWave(settled([["analyze_target_audience", state]]))).toEqual({
        ready: ["initialize_tracking", "index_event_knowledge"],
        blocked: [
          { id: "run_outreach_campaign", because: "analyze_target_audience" },
          { id: "run_marketing_campaign", because: "analyze_target_audience" },
        ],
      });
    }
  });

  it("has nothing left once every task settled", () => {
    const all: [LaunchTaskId, LaunchTaskState][] = [
      ["analyze_target_audience", "completed"],
      ["run_outreach_campaign", "completed"],
      ["run_marketing_campaign", "blocked"],
      ["initialize_tracking", "completed"],
      ["index_event_knowledge", "unavailable"],
    ];
    expect(nextWave(settled(all))).toEqual({ ready: [], blocked: [] });
  });
});
