import { describe, expect, it } from "vitest";
import { z } from "zod";
import { AppError, errorResponse, parseInput } from "./errors";

describe("errorResponse", () => {
  it("answers an AppError with its status and message", async () => {
    const response = errorResponse(new AppError("forbidden", "Ask an admin."));
    expect(response.status).toBe(403);
    expect(await response.json()).toEqual({ error: { code: "forbidden", message: "Ask an admin." } });
  });

  it("answers bad input with 422 and a message per field", async () => {
    let caught: unknown;
    try {
      parseInput(z.object({ email: z.email({ error: "Enter an email." }) }), { email: "nope" });
    } catch (error) {
      caught = error;
    }
    const response = errorResponse(caught);
    expect(response.status).toBe(422);
    expect((await response.json()).error.fields).toEqual({ email: ["Enter an email."] });
  });

  it("never leaks an unexpected error's message", async () => {
    const response = errorResponse(new Error("connect ECONNREFUSED 10.0.0.5:5432"));
    expect(response.status).toBe(500);
    const body = await response.json();
    expect(JSON.stringify(body)).not.toContain("ECONNREFUSED");
    expect(body.error.requestId).toMatch(/[0-9a-f-]{36}/);
  });
});
