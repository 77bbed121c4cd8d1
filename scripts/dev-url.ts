/**
 * The port `next dev` is given on the command line (`-p 3600`, `--port 3600`, `--port=3600`), if any.
 * `npm run dev` hands it on as PORT, from which lib/env.ts derives the app's own URL when APP_URL is
 * unset, so the local engine syncs that port and links in emails and proposals point at it.
 */
export function portFromArgs(args: readonly string[]): string | undefined {
  let port: string | undefined;
  args.forEach((arg, index) => {
    if (arg === "-p" || arg === "--port") port = args[index + 1] ?? port;
    else if (arg.startsWith("--port=")) port = arg.slice("--port=".length);
  });
  return port;
}
