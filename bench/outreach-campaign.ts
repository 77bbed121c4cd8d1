/**
 * A 20-prospect sponsor outreach campaign for DevConf Lisbon (demo data, full auto) run by the local
 * engine through the real serve() endpoint with its 7 days compressed into about 1.5 seconds, against
 * the same function body run in-process by @inngest/test (sleeps mocked, no engine, no HTTP) in the same
 * run. Prints the durable campaign's report.
 */
import { InngestTestEngine } from "@inngest/test";
import { serve } from "inngest/next";
import { inngest } from "../inngest/client";
import { salesCampaignRequested } from "../inngest/events";
import { outreachCampaign } from "../inngest/functions/sales/outreach-campaign";
import { LocalEngine } from "../inngest/local/engine";
import { createCampaign } from "../lib/agents/sales/campaign";
import type { Db } from "../lib/db/client";
import { startRouteServer } from "../tests/inngest-harness";
import { report } from "./setup";

const COMPRESSION = 400_000; // 7 days ≈ 1.5 s

export async function benchOutreachCampaign(db: Db) {
  const event = await db.event.findFirstOrThrow({ where: { slug: "devconf-lisbon" } });
  const owner = await db.user.findFirstOrThrow({ where: { email: "maya@northwind.events" } });
  await db.agentSetting.deleteMany({ where: { organizationId: event.organizationId, agent: "sales", eventId: null } });
  await db.agentSetting.create({ data: { organizationId: event.organizationId, agent: "sales", mode: "full_auto" } });
  const request = async () => {
    const campaign = await createCampaign(db, { eventId: event.id, requestedById: owner.id, mode: "full_auto" });
    return salesCampaignRequested.create({
      organizationId: event.organizationId,
      eventId: event.id,
      campaignId: campaign.id,
      mode: "full_auto",
    });
  };

  // Baseline: the function body in-process, sleeps answered at once.
  const inProcess = await request();
  let started = performance.now();
  await new InngestTestEngine({ function: outreachCampaign, events: [inProcess as never] }).execute({
    steps: [
      { id: "day-3", handler: () => null },
      { id: "day-7", handler: () => null },
    ],
  });
  const plain = performance.now() - started;

  // The durable campaign through the engine and the endpoint; events go straight into the engine.
  const route = await startRouteServer(serve({ client: inngest, functions: [outreachCampaign] }) as never);
  const engine = new LocalEngine({ db, appUrl: route.url, pollMs: 10, timeScale: COMPRESSION });
  try {
    await engine.sync();
    const durable = await request();
    started = performance.now();
    await engine.ingest([{ name: durable.name, data: durable.data }]);
    let campaign = await db.outreachCampaign.findUniqueOrThrow({ where: { id: durable.data.campaignId } });
    while (campaign.status !== "completed") {
      await engine.tick();
      await new Promise((resolve) => setTimeout(resolve, 10));
      campaign = await db.outreachCampaign.findUniqueOrThrow({ where: { id: durable.data.campaignId } });
      if (performance.now() - started > 120_000) throw new Error("The campaign did not finish in 2 minutes");
    }
    const elapsed = performance.now() - started;
    report(
      "Sponsor outreach campaign, DevConf Lisbon, 20 prospects searched and qualified, full auto (one run each):",
      [
        ["baseline  the function in-process (@inngest/test, no sleeps)", plain],
        [
          `eventos   durable, local engine + serve(), 7 days in ${Math.round((7 * 86_400_000) / COMPRESSION)} ms`,
          elapsed,
        ],
      ],
      ["ratio     durable / in-process", elapsed, plain],
    );
    console.log("  report:", JSON.stringify(campaign.report));
  } finally {
    await engine.stop();
    await route.close();
  }
}
