/** Runs once when the server starts: makes sure the embedded database is being served. */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { ensureAppDatabase } = await import("./lib/db/startup");
  await ensureAppDatabase();
}
