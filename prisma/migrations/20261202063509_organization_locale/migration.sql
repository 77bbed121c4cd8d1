-- AlterTable
ALTER TABLE "organizations" ADD COLUMN     "locale" TEXT NOT NULL DEFAULT 'en-US';
