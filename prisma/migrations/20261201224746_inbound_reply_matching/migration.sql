-- AlterTable
ALTER TABLE "email_messages" ADD COLUMN     "message_id" TEXT,
ADD COLUMN     "reply_token" TEXT,
ADD COLUMN     "tracked_links" TEXT[] DEFAULT ARRAY[]::TEXT[];

-- CreateTable
CREATE TABLE "inbound_emails" (
    "id" UUID NOT NULL,
    "external_id" TEXT NOT NULL,
    "from_email" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "cited_message_ids" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "organization_id" UUID,
    "email_message_id" UUID,
    "reply_id" UUID,
    "unmatched_reason" TEXT,
    "received_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "inbound_emails_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "inbound_emails_external_id_key" ON "inbound_emails"("external_id");

-- CreateIndex
CREATE UNIQUE INDEX "inbound_emails_reply_id_key" ON "inbound_emails"("reply_id");

-- CreateIndex
CREATE INDEX "inbound_emails_organization_id_received_at_idx" ON "inbound_emails"("organization_id", "received_at" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "email_messages_message_id_key" ON "email_messages"("message_id");

-- CreateIndex
CREATE UNIQUE INDEX "email_messages_reply_token_key" ON "email_messages"("reply_token");

-- AddForeignKey
ALTER TABLE "inbound_emails" ADD CONSTRAINT "inbound_emails_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "inbound_emails" ADD CONSTRAINT "inbound_emails_email_message_id_fkey" FOREIGN KEY ("email_message_id") REFERENCES "email_messages"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "inbound_emails" ADD CONSTRAINT "inbound_emails_reply_id_fkey" FOREIGN KEY ("reply_id") REFERENCES "sponsor_replies"("id") ON DELETE SET NULL ON UPDATE CASCADE;
