import { serve } from "inngest/next";
import { inngest } from "@/inngest/client";
import { functions } from "@/inngest/functions";

/**
 * Inngest's endpoint: sync (PUT), introspection (GET) and step execution (POST). In cloud mode the SDK
 * refuses any request without a valid signature.
 */
export const { GET, POST, PUT } = serve({ client: inngest, functions });
