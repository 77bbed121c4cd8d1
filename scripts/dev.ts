/**
 * `npm run dev`: a port given to `next dev` (`-p 3600`) becomes PORT before anything reads the
 * configuration (lib/env parses it on import and derives the app's URL from it), then the dev stack
 * starts (scripts/dev-stack.ts). Only the port is handed on; nothing is read here.
 */
import { portFromArgs } from "./dev-url";

const port = portFromArgs(process.argv.slice(2));
if (port) process.env.PORT = port;
await import("./dev-stack");
