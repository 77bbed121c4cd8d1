-- AlterTable
ALTER TABLE "email_messages" ADD COLUMN     "attachments" JSONB,
ADD COLUMN     "click_count" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "deal_id" UUID,
ADD COLUMN     "first_clicked_at" TIMESTAMPTZ(3),
ADD COLUMN     "first_opened_at" TIMESTAMPTZ(3),
ADD COLUMN     "html" TEXT,
ADD COLUMN     "open_count" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "tracking_token" TEXT;

-- CreateTable
CREATE TABLE "proposals" (
    "id" UUID NOT NULL,
    "deal_id" UUID NOT NULL,
    "package_id" UUID NOT NULL,
    "token" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "written_by" TEXT NOT NULL,
    "view_count" INTEGER NOT NULL DEFAULT 0,
    "first_viewed_at" TIMESTAMPTZ(3),
    "last_viewed_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "proposals_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "meetings" (
    "id" UUID NOT NULL,
    "deal_id" UUID NOT NULL,
    "token" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'offered',
    "starts_at" TIMESTAMPTZ(3),
    "ends_at" TIMESTAMPTZ(3),
    "host_email" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "booked_at" TIMESTAMPTZ(3),

    CONSTRAINT "meetings_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "sponsor_replies" (
    "id" UUID NOT NULL,
    "deal_id" UUID,
    "from_email" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "classification" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "external_id" TEXT,
    "received_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "sponsor_replies_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "outreach_campaigns" (
    "id" UUID NOT NULL,
    "event_id" UUID NOT NULL,
    "requested_by_id" UUID,
    "run_id" TEXT,
    "status" TEXT NOT NULL DEFAULT 'running',
    "mode" "AgentMode" NOT NULL,
    "report" JSONB,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "outreach_campaigns_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "campaign_prospects" (
    "id" UUID NOT NULL,
    "campaign_id" UUID NOT NULL,
    "deal_id" UUID NOT NULL,
    "score" INTEGER NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'selected',
    "stopped_reason" TEXT,
    "last_email_at" TIMESTAMPTZ(3),
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "campaign_prospects_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "proposals_token_key" ON "proposals"("token");

-- CreateIndex
CREATE INDEX "proposals_deal_id_idx" ON "proposals"("deal_id");

-- CreateIndex
CREATE UNIQUE INDEX "meetings_token_key" ON "meetings"("token");

-- CreateIndex
CREATE INDEX "meetings_deal_id_idx" ON "meetings"("deal_id");

-- CreateIndex
CREATE INDEX "meetings_host_email_starts_at_idx" ON "meetings"("host_email", "starts_at");

-- CreateIndex
CREATE UNIQUE INDEX "sponsor_replies_external_id_key" ON "sponsor_replies"("external_id");

-- CreateIndex
CREATE INDEX "sponsor_replies_deal_id_received_at_idx" ON "sponsor_replies"("deal_id", "received_at");

-- CreateIndex
CREATE INDEX "outreach_campaigns_event_id_created_at_idx" ON "outreach_campaigns"("event_id", "created_at" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "campaign_prospects_campaign_id_deal_id_key" ON "campaign_prospects"("campaign_id", "deal_id");

-- CreateIndex
CREATE UNIQUE INDEX "email_messages_tracking_token_key" ON "email_messages"("tracking_token");

-- AddForeignKey
ALTER TABLE "email_messages" ADD CONSTRAINT "email_messages_deal_id_fkey" FOREIGN KEY ("deal_id") REFERENCES "sponsor_deals"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "proposals" ADD CONSTRAINT "proposals_deal_id_fkey" FOREIGN KEY ("deal_id") REFERENCES "sponsor_deals"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "proposals" ADD CONSTRAINT "proposals_package_id_fkey" FOREIGN KEY ("package_id") REFERENCES "sponsorship_packages"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "meetings" ADD CONSTRAINT "meetings_deal_id_fkey" FOREIGN KEY ("deal_id") REFERENCES "sponsor_deals"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "sponsor_replies" ADD CONSTRAINT "sponsor_replies_deal_id_fkey" FOREIGN KEY ("deal_id") REFERENCES "sponsor_deals"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "outreach_campaigns" ADD CONSTRAINT "outreach_campaigns_event_id_fkey" FOREIGN KEY ("event_id") REFERENCES "events"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "campaign_prospects" ADD CONSTRAINT "campaign_prospects_campaign_id_fkey" FOREIGN KEY ("campaign_id") REFERENCES "outreach_campaigns"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "campaign_prospects" ADD CONSTRAINT "campaign_prospects_deal_id_fkey" FOREIGN KEY ("deal_id") REFERENCES "sponsor_deals"("id") ON DELETE CASCADE ON UPDATE CASCADE;
