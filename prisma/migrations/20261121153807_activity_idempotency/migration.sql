-- AlterTable
ALTER TABLE "agent_activities" ADD COLUMN     "idempotency_key" TEXT;

-- CreateIndex
CREATE UNIQUE INDEX "agent_activities_idempotency_key_key" ON "agent_activities"("idempotency_key");
