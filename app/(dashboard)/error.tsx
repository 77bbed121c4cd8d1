"use client";

import { Button } from "@/components/ui/button";
export default function DashboardError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div role="alert" className="mx-auto max-w-lg rounded-xl border border-rose-200 bg-white p-6 text-center shadow-sm">
      <h1 className="text-lg font-semibold">This page could not load</h1>
      <p className="mt-2 text-sm text-slate-600">
        Something went wrong on our side. Your data is safe. Try again, and if it keeps happening, share this reference
        with support: <code className="font-mono">{error.digest ?? "n/a"}</code>
      </p>
      <Button variant="primary" onClick={reset} className="mt-4">
        Try again
      </Button>
    </div>
  );
}
