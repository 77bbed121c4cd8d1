// NLP.js ships no type declarations; these cover the part the planner uses.
declare module "@nlpjs/core" {
  export type Container = { use(plugin: unknown): void };
  export function containerBootstrap(): Promise<Container>;
}

declare module "@nlpjs/lang-en-min" {
  export const LangEn: unknown;
}

declare module "@nlpjs/nlp" {
  import type { Container } from "@nlpjs/core";

  export type Classification = { intent: string; score: number };

  export class Nlp {
    constructor(settings: {
      container: Container;
      languages: string[];
      autoSave: boolean;
      autoLoad: boolean;
      calculateSentiment: boolean;
      nlu: { log: boolean };
    });
    addDocument(locale: string, utterance: string, intent: string): void;
    train(): Promise<void>;
    process(
      locale: string,
      utterance: string,
    ): Promise<{ intent: string; score: number; classifications: Classification[] }>;
  }
}
