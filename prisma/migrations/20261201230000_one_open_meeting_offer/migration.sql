-- Hand-written: a partial unique index, which schema.prisma cannot express.
-- (No semicolons in comments: the engine splits scripts on them.)

-- One open meeting offer per deal, whichever path offers it (the reply handler, the campaign's day-3
-- step, an approval): schedule_meeting inserts with ON CONFLICT DO NOTHING and only the path that
-- opened the offer emails it. Older duplicate offers are cancelled first, keeping each deal's earliest.
UPDATE "meetings" SET "status" = 'cancelled'
WHERE "status" = 'offered'
  AND "id" NOT IN (
    SELECT DISTINCT ON ("deal_id") "id" FROM "meetings"
    WHERE "status" = 'offered'
    ORDER BY "deal_id", "created_at", "id"
  );

CREATE UNIQUE INDEX "meetings_one_open_offer_key" ON "meetings" ("deal_id") WHERE "status" = 'offered';
