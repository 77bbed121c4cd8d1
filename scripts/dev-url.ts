/**
 * The app's own URL under `npm run dev`: the port `next dev` will serve on (`-p 3600`, `--port 3600`,
 * `--port=3600`, else PORT, else 3000) on localhost, so the local engine syncs that port and links in
 * emails and proposals point at it. An APP_URL set by hand wins.
 */
export function devAppUrl(args: readonly string[], environment: Record<string, string | undefined>): string {
  if (environment.APP_URL) return environment.APP_URL;
  let port = environment.PORT || "3000";
  args.forEach((arg, index) => {
    if (arg === "-p" || arg === "--port") port = args[index + 1] ?? port;
    else if (arg.startsWith("--port=")) port = arg.slice("--port=".length);
  });
  if (!/^\d{1,5}$/.test(port) || Number(port) > 65_535) throw new Error(`"${port}" is not a port number.`);
  return `http://localhost:${port}`;
}
