/** `npm run bench`: every benchmark on one fresh embedded database with the demo data. */
import { benchCopilot } from "./copilot";
import { benchDurableSteps } from "./durable-steps";
import { benchOutreachCampaign } from "./outreach-campaign";
import { benchSalesCurve } from "./sales-curve";
import { benchDatabase } from "./setup";

const { db, close } = await benchDatabase();
try {
  await benchSalesCurve(db);
  await benchCopilot(db);
  await benchDurableSteps(db);
  await benchOutreachCampaign(db);
} finally {
  await close();
}
