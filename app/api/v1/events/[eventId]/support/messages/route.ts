import { idempotencyKeyOf } from "@/lib/api/idempotency";
import { apiRoute } from "@/lib/api/route";
import { supportMessageInput } from "@/lib/api/schemas";
import { sendSupportMessage } from "@/lib/api/support";

/** An attendee's message, from an integrator that verified `from`, to the Support agent (docs/api.md). */
export const POST = apiRoute<typeof supportMessageInput, { eventId: string }>(
  { scope: "support", body: supportMessageInput, maxBytes: 100_000 },
  async (input) => {
    const body = await sendSupportMessage(input.db, input.principal, {
      eventId: input.params.eventId,
      idempotencyKey: idempotencyKeyOf(input.request),
      body: input.body,
    });
    return { status: 200, body };
  },
);
