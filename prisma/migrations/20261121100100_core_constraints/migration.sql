-- Hand-written: what schema.prisma cannot express.
-- (No semicolons in comments: the engine splits scripts on them.)

-- The approval inbox and audits look up activities that needed a human, a small share of all rows.
CREATE INDEX "agent_activities_review_idx" ON "agent_activities" ("required_human_review")
  WHERE "required_human_review" = TRUE;

-- One organization-wide default (event_id NULL) per organization and agent, and one override per event.
-- Plain UNIQUE treats NULLs as distinct and would allow duplicate defaults.
DROP INDEX "agent_settings_scope_key";
CREATE UNIQUE INDEX "agent_settings_scope_key" ON "agent_settings" ("organization_id", "agent", "event_id")
  NULLS NOT DISTINCT;
