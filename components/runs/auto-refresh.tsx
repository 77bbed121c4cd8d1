"use client";

import { useRouter } from "next/navigation";
import { useEffect } from "react";

const REFRESH_MS = 3_000;

/** Re-renders the page from the server every few seconds while `active`, so a long run's progress shows. */
export function AutoRefresh({ active }: { active: boolean }) {
  const router = useRouter();
  useEffect(() => {
    if (!active) return;
    const timer = setInterval(() => router.refresh(), REFRESH_MS);
    return () => clearInterval(timer);
  }, [active, router]);
  return active ? (
    <p role="status" className="text-xs text-slate-500">
      Updating every few seconds while runs are active.
    </p>
  ) : null;
}
