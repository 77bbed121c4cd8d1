import { CodeBlock } from "./code-block";

/**
 * The stored JSON behind a page's words, for operators: collapsed, so a person reads the words first
 * and never has to read JSON. Entries that hold nothing (null) are left out.
 */
export function TechnicalDetails({ entries }: { entries: [label: string, data: unknown][] }) {
  const shown = entries.filter(([, data]) => data !== null && data !== undefined);
  if (shown.length === 0) return null;
  return (
    <details className="mt-3">
      <summary className="cursor-pointer text-xs font-medium text-slate-600">Technical details</summary>
      <div className="mt-2 space-y-2">
        {shown.map(([label, data]) => (
          <div key={label}>
            <p className="text-xs text-slate-500">{label}</p>
            <CodeBlock label={label} className="rounded-md bg-slate-50 p-3">
              {JSON.stringify(data, null, 2)}
            </CodeBlock>
          </div>
        ))}
      </div>
    </details>
  );
}
