/**
 * `npm run dev`: the app's own URL follows the port it is started on (scripts/dev-url.ts), set before
 * anything reads the configuration (lib/env parses it on import), then the dev stack starts
 * (scripts/dev-stack.ts).
 */
import { devAppUrl } from "./dev-url";

process.env.APP_URL = devAppUrl(process.argv.slice(2), process.env);
await import("./dev-stack");
