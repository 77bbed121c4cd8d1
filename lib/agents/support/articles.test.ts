import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { markdownArticle, parseArticlesCsv, parseMarkdownFiles } from "./articles";

describe("a Markdown file as an article", () => {
  it("takes the first # heading as the title, the rest as the body and the front matter's tags", () => {
    const text =
      "---\ntags: [Bags, venue; Entry]\nauthor: Ana\n---\nIntro line.\n\n# Bag policy\n\nSmall bags are welcome.\n\n## Cloakroom\n\nFree.";
    expect(markdownArticle(text)).toEqual({
      title: "Bag policy",
      body: "Intro line.\n\nSmall bags are welcome.\n\n## Cloakroom\n\nFree.",
      tags: ["bags", "venue", "entry"],
    });
  });

  it("says what is missing when there is no level-1 heading", () => {
    expect(markdownArticle("## Only a subheading\n\ntext")).toMatch(/no `# Title` heading/);
  });

  it("names each bad file and a title used twice, and writes nothing (no articles returned with problems)", () => {
    const parsed = parseMarkdownFiles([
      { name: "bags.md", text: "# Bags\n\nSmall bags." },
      { name: "empty.md", text: "# Food\n" },
      { name: "again.md", text: "# bags\n\nAgain." },
      { name: "none.md", text: "text" },
    ]);
    expect(parsed.problems).toEqual([
      { where: "file none.md", message: expect.stringMatching(/no `# Title`/) },
      { where: "file empty.md", message: "body: Write the article's text." },
      { where: "file again.md", message: 'The title "bags" is also on file bags.md.' },
    ]);
  });
});

describe("a CSV of articles", () => {
  it("reads title, body and tags, numbering rows from the header as row 1", () => {
    const parsed = parseArticlesCsv(
      'Title,Body,Tags\nBags,"Small bags, no suitcases.",venue;bags\n,No title,\nFood,Lunch included.,',
    );
    expect(parsed.articles).toEqual([
      { title: "Bags", body: "Small bags, no suitcases.", tags: ["venue", "bags"], where: "row 2" },
      { title: "Food", body: "Lunch included.", tags: [], where: "row 4" },
    ]);
    expect(parsed.problems).toEqual([{ where: "row 3", message: "title: Give the article a title." }]);
  });

  it("refuses a file without the columns, an empty one and one that is not CSV", () => {
    expect(() => parseArticlesCsv("name,text\na,b")).toThrow(/missing title and body/);
    expect(() => parseArticlesCsv("")).toThrow(AppError);
    expect(() => parseArticlesCsv("title,body\n")).toThrow(/no rows/);
    expect(() => parseArticlesCsv('title,body\n"a,b')).toThrow(/could not be read as CSV/);
  });
});
