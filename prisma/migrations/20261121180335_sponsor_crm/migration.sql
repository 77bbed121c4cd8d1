-- CreateEnum
CREATE TYPE "DealStage" AS ENUM ('prospect', 'contacted', 'engaged', 'proposal_sent', 'negotiating', 'won', 'lost');

-- CreateEnum
CREATE TYPE "Seniority" AS ENUM ('c_level', 'vp', 'director', 'manager', 'individual');

-- AlterTable
ALTER TABLE "events" ADD COLUMN     "audiences" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN     "category" TEXT NOT NULL DEFAULT 'general',
ADD COLUMN     "country" TEXT;

-- CreateTable
CREATE TABLE "sponsor_companies" (
    "id" UUID NOT NULL,
    "organization_id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "domain" TEXT NOT NULL,
    "industry" TEXT NOT NULL,
    "audiences" TEXT[],
    "city" TEXT,
    "country" TEXT,
    "budget_min_cents" INTEGER,
    "budget_max_cents" INTEGER,
    "currency" CHAR(3) NOT NULL DEFAULT 'USD',
    "employees" INTEGER,
    "description" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "sponsor_companies_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "sponsor_contacts" (
    "id" UUID NOT NULL,
    "organization_id" UUID NOT NULL,
    "company_id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "seniority" "Seniority" NOT NULL,
    "unsubscribed_at" TIMESTAMPTZ(3),
    "suppressed_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "sponsor_contacts_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "past_sponsorships" (
    "id" UUID NOT NULL,
    "company_id" UUID NOT NULL,
    "event_name" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "tier" TEXT NOT NULL,
    "amount_cents" INTEGER NOT NULL,
    "currency" CHAR(3) NOT NULL,
    "event_industry" TEXT NOT NULL,

    CONSTRAINT "past_sponsorships_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "sponsorship_packages" (
    "id" UUID NOT NULL,
    "event_id" UUID NOT NULL,
    "tier" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "price_cents" INTEGER NOT NULL,
    "currency" CHAR(3) NOT NULL,
    "benefits" TEXT[],
    "spots" INTEGER NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "sponsorship_packages_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "sponsor_deals" (
    "id" UUID NOT NULL,
    "organization_id" UUID NOT NULL,
    "event_id" UUID NOT NULL,
    "company_id" UUID NOT NULL,
    "contact_id" UUID,
    "package_id" UUID,
    "stage" "DealStage" NOT NULL DEFAULT 'prospect',
    "value_cents" INTEGER,
    "score" INTEGER,
    "score_factors" JSONB,
    "next_action" TEXT,
    "next_action_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "sponsor_deals_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "deal_notes" (
    "id" UUID NOT NULL,
    "deal_id" UUID NOT NULL,
    "author_id" UUID,
    "body" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "deal_notes_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "sponsor_companies_organization_id_industry_idx" ON "sponsor_companies"("organization_id", "industry");

-- CreateIndex
CREATE UNIQUE INDEX "sponsor_companies_organization_id_domain_key" ON "sponsor_companies"("organization_id", "domain");

-- CreateIndex
CREATE INDEX "sponsor_contacts_company_id_idx" ON "sponsor_contacts"("company_id");

-- CreateIndex
CREATE UNIQUE INDEX "sponsor_contacts_organization_id_email_key" ON "sponsor_contacts"("organization_id", "email");

-- CreateIndex
CREATE INDEX "past_sponsorships_company_id_idx" ON "past_sponsorships"("company_id");

-- CreateIndex
CREATE UNIQUE INDEX "sponsorship_packages_event_id_tier_key" ON "sponsorship_packages"("event_id", "tier");

-- CreateIndex
CREATE INDEX "sponsor_deals_organization_id_event_id_stage_idx" ON "sponsor_deals"("organization_id", "event_id", "stage");

-- CreateIndex
CREATE UNIQUE INDEX "sponsor_deals_event_id_company_id_key" ON "sponsor_deals"("event_id", "company_id");

-- CreateIndex
CREATE INDEX "deal_notes_deal_id_created_at_idx" ON "deal_notes"("deal_id", "created_at");

-- AddForeignKey
ALTER TABLE "sponsor_companies" ADD CONSTRAINT "sponsor_companies_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "sponsor_contacts" ADD CONSTRAINT "sponsor_contacts_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "sponsor_contacts" ADD CONSTRAINT "sponsor_contacts_company_id_fkey" FOREIGN KEY ("company_id") REFERENCES "sponsor_companies"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "past_sponsorships" ADD CONSTRAINT "past_sponsorships_company_id_fkey" FOREIGN KEY ("company_id") REFERENCES "sponsor_companies"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "sponsorship_packages" ADD CONSTRAINT "sponsorship_packages_event_id_fkey" FOREIGN KEY ("event_id") REFERENCES "events"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "sponsor_deals" ADD CONSTRAINT "sponsor_deals_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "sponsor_deals" ADD CONSTRAINT "sponsor_deals_event_id_fkey" FOREIGN KEY ("event_id") REFERENCES "events"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "sponsor_deals" ADD CONSTRAINT "sponsor_deals_company_id_fkey" FOREIGN KEY ("company_id") REFERENCES "sponsor_companies"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "sponsor_deals" ADD CONSTRAINT "sponsor_deals_contact_id_fkey" FOREIGN KEY ("contact_id") REFERENCES "sponsor_contacts"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "sponsor_deals" ADD CONSTRAINT "sponsor_deals_package_id_fkey" FOREIGN KEY ("package_id") REFERENCES "sponsorship_packages"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "deal_notes" ADD CONSTRAINT "deal_notes_deal_id_fkey" FOREIGN KEY ("deal_id") REFERENCES "sponsor_deals"("id") ON DELETE CASCADE ON UPDATE CASCADE;
