import { describe, expect, it } from "vitest";
import type { Passage } from "./knowledge";
import { answerFromPassages, coveringPassages, passagesToQuote, searchQueries, topicalQuery } from "./relevance";

const passage = (title: string, rank: number, coverage: number): Passage => ({
  articleId: title,
  title,
  passage: `${title} passage.`,
  rank,
  coverage,
});

describe("topicalQuery", () => {
  it("keeps the question's topic and drops the words every request is made of", () => {
    expect(topicalQuery("Can I bring a backpack?")).toBe("backpack");
    expect(topicalQuery("Do you offer childcare during the talks?")).toBe("childcare during talks");
    expect(topicalQuery("Is there parking near the venue?")).toBe("parking near venue");
    expect(topicalQuery("Hello!")).toBe("");
  });
});

describe("searchQueries", () => {
  it("looks up each question of a message before the whole message, leaving the story around it aside", () => {
    expect(searchQueries("Are kids allowed? My son is 7 and my daughter is 12, do they both need tickets?")).toEqual([
      "kids",
      "son and daughter 12 they both tickets",
      "kids son and daughter 12 they both tickets",
    ]);
    expect(searchQueries("Can I bring a backpack?")).toEqual(["backpack"]);
    expect(searchQueries("Our team needs invoices for the passes. How do we get one?")).toEqual([
      "team needs invoices for passes",
    ]);
  });

  it("searches at most three times: the first two questions, then everything", () => {
    const queries = searchQueries("Is there parking? Is there a shuttle? Is there a cloakroom?");
    expect(queries).toEqual(["parking", "shuttle", "parking shuttle cloakroom"]);
  });
});

describe("coverage", () => {
  it("covers a question only with more than half of its topical terms", () => {
    const passages = [
      passage("All", 1, 1),
      passage("Most", 0.9, 2 / 3),
      passage("Half", 0.8, 0.5),
      passage("Few", 0.7, 1 / 3),
    ];
    expect(coveringPassages(passages).map((p) => p.title)).toEqual(["All", "Most"]);
  });

  it("quotes the best passage, and the next only when it ranks within 75% of it", () => {
    expect(passagesToQuote([passage("A", 1, 1), passage("B", 0.75, 1)]).map((p) => p.title)).toEqual(["A", "B"]);
    expect(passagesToQuote([passage("A", 1, 1), passage("B", 0.74, 1)]).map((p) => p.title)).toEqual(["A"]);
    expect(passagesToQuote([])).toEqual([]);
  });

  it("answers with the passages and names their articles", () => {
    expect(answerFromPassages([passage("Bag policy", 1, 1)])).toBe("Bag policy passage.\n\n(from “Bag policy”)");
  });
});
