-- CreateEnum
CREATE TYPE "JobRunStatus" AS ENUM ('queued', 'running', 'sleeping', 'waiting', 'completed', 'failed', 'cancelled');

-- AlterEnum
ALTER TYPE "ApprovalStatus" ADD VALUE 'cancelled';

-- AlterTable
ALTER TABLE "approvals" ADD COLUMN     "run_id" TEXT;

-- CreateTable
CREATE TABLE "job_functions" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "config" JSONB NOT NULL,
    "synced_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "job_functions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "job_crons" (
    "function_id" TEXT NOT NULL,
    "cron" TEXT NOT NULL,
    "next_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "job_crons_pkey" PRIMARY KEY ("function_id","cron")
);

-- CreateTable
CREATE TABLE "job_events" (
    "id" UUID NOT NULL,
    "external_id" TEXT,
    "name" TEXT NOT NULL,
    "data" JSONB NOT NULL,
    "ts" TIMESTAMPTZ(3) NOT NULL,
    "received_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "job_events_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "job_runs" (
    "id" UUID NOT NULL,
    "function_id" TEXT NOT NULL,
    "event" JSONB NOT NULL,
    "event_name" TEXT NOT NULL,
    "status" "JobRunStatus" NOT NULL DEFAULT 'queued',
    "organization_id" TEXT,
    "subject_event_id" TEXT,
    "needs_discovery" BOOLEAN NOT NULL DEFAULT true,
    "attempt" INTEGER NOT NULL DEFAULT 0,
    "max_attempts" INTEGER NOT NULL,
    "wake_at" TIMESTAMPTZ(3),
    "stack" TEXT[],
    "output" JSONB,
    "error" JSONB,
    "parent_run_id" UUID,
    "parent_step_id" TEXT,
    "concurrency_key" TEXT,
    "concurrency_limit" INTEGER,
    "locked_until" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    "ended_at" TIMESTAMPTZ(3),

    CONSTRAINT "job_runs_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "job_steps" (
    "run_id" UUID NOT NULL,
    "hashed_id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "data" JSONB,
    "error" JSONB,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "wake_at" TIMESTAMPTZ(3),
    "wait_for" JSONB,
    "position" INTEGER NOT NULL,
    "started_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "ended_at" TIMESTAMPTZ(3),

    CONSTRAINT "job_steps_pkey" PRIMARY KEY ("run_id","hashed_id")
);

-- CreateTable
CREATE TABLE "launch_tasks" (
    "event_id" UUID NOT NULL,
    "task_id" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "result" JSONB,
    "error" TEXT,
    "run_id" TEXT,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "launch_tasks_pkey" PRIMARY KEY ("event_id","task_id")
);

-- CreateIndex
CREATE UNIQUE INDEX "job_events_external_id_key" ON "job_events"("external_id");

-- CreateIndex
CREATE INDEX "job_events_name_received_at_idx" ON "job_events"("name", "received_at");

-- CreateIndex
CREATE INDEX "job_runs_status_wake_at_idx" ON "job_runs"("status", "wake_at");

-- CreateIndex
CREATE INDEX "job_runs_organization_id_created_at_idx" ON "job_runs"("organization_id", "created_at" DESC);

-- CreateIndex
CREATE INDEX "job_runs_function_id_status_idx" ON "job_runs"("function_id", "status");

-- CreateIndex
CREATE INDEX "job_steps_kind_status_idx" ON "job_steps"("kind", "status");

-- CreateIndex
CREATE INDEX "approvals_run_id_idx" ON "approvals"("run_id");

-- AddForeignKey
ALTER TABLE "job_steps" ADD CONSTRAINT "job_steps_run_id_fkey" FOREIGN KEY ("run_id") REFERENCES "job_runs"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "launch_tasks" ADD CONSTRAINT "launch_tasks_event_id_fkey" FOREIGN KEY ("event_id") REFERENCES "events"("id") ON DELETE CASCADE ON UPDATE CASCADE;
