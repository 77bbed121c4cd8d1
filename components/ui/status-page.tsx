import Link from "next/link";
import type { ReactNode } from "react";

export function StatusPage({ code, title, children }: { code: string; title: string; children: ReactNode }) {
  return (
    <div className="mx-auto flex min-h-[60vh] max-w-lg flex-col items-center justify-center text-center">
      <p className="text-sm font-semibold text-brand-600">{code}</p>
      <h1 className="mt-2 text-2xl font-semibold">{title}</h1>
      <div className="mt-2 text-sm text-slate-600">{children}</div>
      <Link
        href="/"
        className="mt-6 rounded-md bg-brand-600 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-700"
      >
        Back to the overview
      </Link>
    </div>
  );
}
