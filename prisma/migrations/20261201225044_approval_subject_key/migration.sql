-- AlterTable
ALTER TABLE "approvals" ADD COLUMN     "subject_key" TEXT;

-- Hand-written: at most one open inbox item per rule and subject in an organization, so a scheduled
-- check that finds the same problem again updates the open item instead of filing a second one.
CREATE UNIQUE INDEX "approvals_open_subject_key" ON "approvals" ("organization_id", "subject_key")
  WHERE "status" = 'pending' AND "subject_key" IS NOT NULL;
