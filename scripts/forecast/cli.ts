/**
 * What the forecast scripts share at the command line: an input error is the user's to fix, so it is
 * printed as one line and exits with code 2, never as a stack trace; anything else is a bug and throws.
 */
import { CsvError } from "csv-parse/sync";

export class InputError extends Error {}

/** A CSV parser's own complaint (a row with too few fields, an unclosed quote) as an input error. */
export function csvInputError(file: string, error: unknown) {
  if (!(error instanceof CsvError)) return error;
  return new InputError(`${file}: line ${error.lines}: ${error.message.replace(/ on line \d+$/, "")}`);
}

export async function runCli(main: () => Promise<void>) {
  try {
    await main();
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    console.error(error.message);
    process.exitCode = 2;
  }
}

export function csvField(value: string | number) {
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}
