-- AlterTable
ALTER TABLE "email_messages" ADD COLUMN     "in_reply_to" TEXT;
