import { NextResponse } from "next/server";
import { db } from "@/lib/db/client";
import { errorResponse } from "@/lib/errors";
import { checkHealth } from "@/lib/health";

export const dynamic = "force-dynamic";

/** Public by design (load balancers and uptime checks call it); it reveals provider names only. */
export async function GET() {
  try {
    const report = await checkHealth(db);
    return NextResponse.json(report, { status: report.status === "ok" ? 200 : 503 });
  } catch (error) {
    return errorResponse(error);
  }
}
