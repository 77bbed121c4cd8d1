import { highlightSegments } from "./highlight";

/** A search result's passage with the query's words marked. */
export function Highlighted({ passage, query }: { passage: string; query: string }) {
  return (
    <>
      {highlightSegments(passage, query).map((segment) =>
        segment.match ? (
          <mark key={segment.at} className="rounded bg-amber-100 px-0.5 text-slate-900">
            {segment.text}
          </mark>
        ) : (
          <span key={segment.at}>{segment.text}</span>
        ),
      )}
    </>
  );
}
