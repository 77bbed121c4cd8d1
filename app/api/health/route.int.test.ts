import { describe, expect, it } from "vitest";
import { GET } from "./route";

describe("GET /api/health", () => {
  it("reports the database and the provider of every integration, without hosts", async () => {
    const response = await GET();
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body).toMatchObject({
      status: "ok",
      database: { ok: true, provider: "postgresql" },
      // Dev mode in the tests: the local engine answers while inngest/functions tests run it, or nobody.
      jobs: { provider: expect.stringMatching(/^(local-engine|inngest-dev)$/) },
      auth: { provider: "local" },
      llm: { provider: "offline-planner" },
      email: { provider: "local-outbox" },
    });
    expect(JSON.stringify(body)).not.toMatch(/127\.0\.0\.1|localhost/);
  });
});
