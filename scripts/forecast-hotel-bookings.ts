/**
 * `npm run forecast:hotel-bookings -- <hotel_bookings.csv> <bookings.csv>`: the shared hotel booking file
 * turned into the backtest tool's input (scripts/forecast/hotel-bookings.ts says how). Bad input exits 2.
 */
import { readFile, writeFile } from "node:fs/promises";
import { InputError, runCli } from "./forecast/cli";
import { hotelBookingTickets, ticketsCsv } from "./forecast/hotel-bookings";

await runCli(async () => {
  const [input, output, ...rest] = process.argv.slice(2);
  if (!input || !output || rest.length > 0) {
    throw new InputError("usage: npm run forecast:hotel-bookings -- <hotel_bookings.csv> <bookings.csv>");
  }
  const csv = await readFile(input, "utf8").catch((error: NodeJS.ErrnoException) => {
    throw new InputError(`${input}: cannot be read (${error.code ?? "error"})`);
  });
  const tickets = hotelBookingTickets(csv, input);
  await writeFile(output, ticketsCsv(tickets)).catch((error: NodeJS.ErrnoException) => {
    throw new InputError(`${output}: cannot be written (${error.code ?? "error"})`);
  });
  const events = new Set(tickets.map((ticket) => ticket.eventId)).size;
  console.log(
    `${input}: ${tickets.length} bookings (cancelled ones counted as sold) as tickets of ${events} events → ${output}`,
  );
});
