// The part of NLP.js's English package the Support agent uses (lib/copilot/nlpjs.d.ts declares the rest).
declare module "@nlpjs/lang-en-min" {
  /** Porter stemmer: "bookings" → "book", "parking" → "park". */
  export class StemmerEn {
    stem(tokens: string[]): string[];
  }
}
