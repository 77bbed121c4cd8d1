/**
 * A knowledge-base article's body as the help page shows it: the Markdown organizers write, read for
 * its headings ("# …"), lists ("- …" or "1. …") and paragraphs; anything else is plain text.
 */
export function ArticleBody({ body }: { body: string }) {
  const blocks = body
    .split(/\n\s*\n/)
    .map((block) => block.trim())
    .filter(Boolean);
  return (
    <div className="space-y-3 text-sm leading-6 text-slate-800">
      {blocks.map((block, i) => {
        const key = `${i}:${block.slice(0, 20)}`;
        const heading = /^#{1,6}\s+(.*)$/.exec(block);
        if (heading && !block.includes("\n")) {
          return (
            <h3 key={key} className="pt-2 text-base font-semibold text-slate-900">
              {heading[1]}
            </h3>
          );
        }
        const lines = block.split("\n").map((line) => line.trim());
        if (lines.every((line) => /^([-*]|\d+\.)\s+/.test(line))) {
          const ordered = /^\d+\./.test(lines[0] ?? "");
          const items = lines.map((line) => line.replace(/^([-*]|\d+\.)\s+/, ""));
          const List = ordered ? "ol" : "ul";
          return (
            <List key={key} className={`${ordered ? "list-decimal" : "list-disc"} space-y-1 pl-5`}>
              {items.map((item, j) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: an article's items never reorder.
                <li key={`${j}:${item.slice(0, 20)}`}>{item}</li>
              ))}
            </List>
          );
        }
        return <p key={key}>{lines.join(" ")}</p>;
      })}
    </div>
  );
}
