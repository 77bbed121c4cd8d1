import type { ReactNode } from "react";

/**
 * Preformatted text that may be wider than its box: it scrolls sideways and takes keyboard focus, so a
 * keyboard user can scroll it too (WCAG 2.1.1), with a name for screen readers.
 */
export function CodeBlock({
  label,
  className = "",
  children,
}: {
  label: string;
  className?: string;
  children: ReactNode;
}) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard.
    <section tabIndex={0} aria-label={label} className={`overflow-x-auto ${className}`}>
      <pre className="text-xs">{children}</pre>
    </section>
  );
}
