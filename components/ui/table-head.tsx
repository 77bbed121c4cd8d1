/** The header row of a data table: small uppercase column names, optionally right-aligned (numbers). */
export function TableHead({
  columns,
  cellClassName = "py-2",
}: {
  columns: (string | { label: string; align: "right" })[];
  cellClassName?: string;
}) {
  return (
    <thead className="text-left text-xs uppercase tracking-wide text-slate-500">
      <tr>
        {columns.map((column) => {
          const { label, align } = typeof column === "string" ? { label: column, align: undefined } : column;
          return (
            <th key={label} scope="col" className={`${cellClassName}${align === "right" ? " text-right" : ""}`}>
              {label}
            </th>
          );
        })}
      </tr>
    </thead>
  );
}
