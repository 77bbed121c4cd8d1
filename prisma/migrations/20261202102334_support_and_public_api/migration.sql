-- CreateEnum
CREATE TYPE "SupportChannel" AS ENUM ('web', 'email', 'api');

-- CreateEnum
CREATE TYPE "ConversationStatus" AS ENUM ('open', 'resolved', 'handed_off');

-- AlterTable
ALTER TABLE "events" ADD COLUMN     "external_id" TEXT;

-- AlterTable
ALTER TABLE "orders" ADD COLUMN     "external_id" TEXT;

-- AlterTable
ALTER TABLE "ticket_types" ADD COLUMN     "external_id" TEXT;

-- AlterTable
ALTER TABLE "tickets" ADD COLUMN     "external_id" TEXT,
ADD COLUMN     "transferred_from_id" UUID;

-- CreateTable
CREATE TABLE "knowledge_articles" (
    "id" UUID NOT NULL,
    "organization_id" UUID NOT NULL,
    "event_id" UUID NOT NULL,
    "title" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "tags" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "embedding" DOUBLE PRECISION[] DEFAULT ARRAY[]::DOUBLE PRECISION[],
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "knowledge_articles_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "support_policies" (
    "event_id" UUID NOT NULL,
    "refund_tiers" JSONB NOT NULL,
    "refund_processing" TEXT NOT NULL,
    "transfer_allowed" BOOLEAN NOT NULL DEFAULT true,
    "transfer_min_days_before" INTEGER NOT NULL DEFAULT 1,
    "transfer_fee_cents" INTEGER NOT NULL DEFAULT 0,
    "refund_limit_cents" INTEGER NOT NULL DEFAULT 50000,
    "needs_person" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "support_policies_pkey" PRIMARY KEY ("event_id")
);

-- CreateTable
CREATE TABLE "support_conversations" (
    "id" UUID NOT NULL,
    "organization_id" UUID NOT NULL,
    "event_id" UUID NOT NULL,
    "channel" "SupportChannel" NOT NULL,
    "attendee_email" TEXT NOT NULL,
    "verified_at" TIMESTAMPTZ(3),
    "order_id" UUID,
    "status" "ConversationStatus" NOT NULL DEFAULT 'open',
    "escalation_reason" TEXT,
    "approval_id" UUID,
    "first_response_ms" INTEGER,
    "resolved_at" TIMESTAMPTZ(3),
    "reopened_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "support_conversations_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "support_messages" (
    "id" UUID NOT NULL,
    "conversation_id" UUID NOT NULL,
    "role" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "citations" JSONB NOT NULL DEFAULT '[]',
    "actions" JSONB NOT NULL DEFAULT '[]',
    "flags" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "response_ms" INTEGER,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "support_messages_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "verification_codes" (
    "id" UUID NOT NULL,
    "conversation_id" UUID NOT NULL,
    "email" TEXT NOT NULL,
    "code_hash" TEXT NOT NULL,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "expires_at" TIMESTAMPTZ(3) NOT NULL,
    "used_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "verification_codes_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "refunds" (
    "id" UUID NOT NULL,
    "organization_id" UUID NOT NULL,
    "order_id" UUID NOT NULL,
    "amount_cents" INTEGER NOT NULL,
    "currency" CHAR(3) NOT NULL,
    "provider" TEXT NOT NULL,
    "provider_reference" TEXT,
    "idempotency_key" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "refunds_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "api_keys" (
    "id" UUID NOT NULL,
    "organization_id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "prefix" TEXT NOT NULL,
    "key_hash" TEXT NOT NULL,
    "scopes" TEXT[],
    "created_by_id" UUID,
    "last_used_at" TIMESTAMPTZ(3),
    "revoked_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "api_keys_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "api_idempotency_records" (
    "organization_id" UUID NOT NULL,
    "key" TEXT NOT NULL,
    "route" TEXT NOT NULL,
    "request_hash" TEXT NOT NULL,
    "status_code" INTEGER NOT NULL,
    "response" JSONB NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "api_idempotency_records_pkey" PRIMARY KEY ("organization_id","key")
);

-- CreateIndex
CREATE INDEX "knowledge_articles_organization_id_event_id_idx" ON "knowledge_articles"("organization_id", "event_id");

-- CreateIndex
CREATE UNIQUE INDEX "knowledge_articles_event_id_title_key" ON "knowledge_articles"("event_id", "title");

-- CreateIndex
CREATE INDEX "support_conversations_organization_id_event_id_created_at_idx" ON "support_conversations"("organization_id", "event_id", "created_at" DESC);

-- CreateIndex
CREATE INDEX "support_conversations_organization_id_status_idx" ON "support_conversations"("organization_id", "status");

-- CreateIndex
CREATE INDEX "support_messages_conversation_id_created_at_idx" ON "support_messages"("conversation_id", "created_at");

-- CreateIndex
CREATE INDEX "verification_codes_conversation_id_created_at_idx" ON "verification_codes"("conversation_id", "created_at" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "refunds_idempotency_key_key" ON "refunds"("idempotency_key");

-- CreateIndex
CREATE INDEX "refunds_order_id_idx" ON "refunds"("order_id");

-- CreateIndex
CREATE UNIQUE INDEX "api_keys_key_hash_key" ON "api_keys"("key_hash");

-- CreateIndex
CREATE INDEX "api_keys_organization_id_idx" ON "api_keys"("organization_id");

-- CreateIndex
CREATE UNIQUE INDEX "events_organization_id_external_id_key" ON "events"("organization_id", "external_id");

-- CreateIndex
CREATE UNIQUE INDEX "orders_event_id_external_id_key" ON "orders"("event_id", "external_id");

-- CreateIndex
CREATE UNIQUE INDEX "ticket_types_event_id_external_id_key" ON "ticket_types"("event_id", "external_id");

-- CreateIndex
CREATE UNIQUE INDEX "tickets_transferred_from_id_key" ON "tickets"("transferred_from_id");

-- CreateIndex
CREATE UNIQUE INDEX "tickets_event_id_external_id_key" ON "tickets"("event_id", "external_id");

-- AddForeignKey
ALTER TABLE "tickets" ADD CONSTRAINT "tickets_transferred_from_id_fkey" FOREIGN KEY ("transferred_from_id") REFERENCES "tickets"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "knowledge_articles" ADD CONSTRAINT "knowledge_articles_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "knowledge_articles" ADD CONSTRAINT "knowledge_articles_event_id_fkey" FOREIGN KEY ("event_id") REFERENCES "events"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "support_policies" ADD CONSTRAINT "support_policies_event_id_fkey" FOREIGN KEY ("event_id") REFERENCES "events"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "support_conversations" ADD CONSTRAINT "support_conversations_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "support_conversations" ADD CONSTRAINT "support_conversations_event_id_fkey" FOREIGN KEY ("event_id") REFERENCES "events"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "support_conversations" ADD CONSTRAINT "support_conversations_order_id_fkey" FOREIGN KEY ("order_id") REFERENCES "orders"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "support_messages" ADD CONSTRAINT "support_messages_conversation_id_fkey" FOREIGN KEY ("conversation_id") REFERENCES "support_conversations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "verification_codes" ADD CONSTRAINT "verification_codes_conversation_id_fkey" FOREIGN KEY ("conversation_id") REFERENCES "support_conversations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "refunds" ADD CONSTRAINT "refunds_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "refunds" ADD CONSTRAINT "refunds_order_id_fkey" FOREIGN KEY ("order_id") REFERENCES "orders"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "api_keys" ADD CONSTRAINT "api_keys_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "api_idempotency_records" ADD CONSTRAINT "api_idempotency_records_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Hand-written: full-text search over an event's knowledge base (lib/agents/support/knowledge.ts ranks
-- with the same expression, so this index serves it).
CREATE INDEX "knowledge_articles_search_idx" ON "knowledge_articles"
  USING GIN (to_tsvector('english', "title" || ' ' || "body"));
