import { CalendarRange } from "lucide-react";

/** The EventOS mark and name. */
export function Brand({ size = "md" }: { size?: "md" | "lg" }) {
  return (
    <div className="flex items-center gap-2">
      <CalendarRange aria-hidden className={`${size === "lg" ? "h-8 w-8" : "h-6 w-6"} text-brand-600`} />
      <span className={`${size === "lg" ? "text-xl" : "text-lg"} font-semibold`}>EventOS</span>
    </div>
  );
}
