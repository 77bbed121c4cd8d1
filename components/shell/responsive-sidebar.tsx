"use client";

import { Menu, X } from "lucide-react";
import { usePathname } from "next/navigation";
import { type ReactNode, useEffect, useState } from "react";
import { Brand } from "./brand";

/**
 * The sidebar on wide screens; below 768 px a top bar with a Menu button that opens it over the page.
 * It closes on navigation and on Escape, and gives focus back to the button.
 */
export function ResponsiveSidebar({ children }: { children: ReactNode }) {
  const [open, setOpen] = useState(false);
  const pathname = usePathname();
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new path means the person chose a page.
  useEffect(() => setOpen(false), [pathname]);
  useEffect(() => {
    if (!open) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== "Escape") return;
      setOpen(false);
      document.getElementById("menu-button")?.focus();
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [open]);
  return (
    <>
      <div className="sticky top-0 z-30 flex items-center justify-between border-b border-slate-200 bg-white px-4 py-3 md:hidden">
        <Brand />
        <button
          id="menu-button"
          type="button"
          aria-expanded={open}
          aria-controls="sidebar"
          onClick={() => setOpen((value) => !value)}
          className="flex items-center gap-2 rounded-md px-3 py-2 text-sm font-medium text-slate-700 hover:bg-slate-100"
        >
          {open ? <X aria-hidden className="h-5 w-5" /> : <Menu aria-hidden className="h-5 w-5" />}
          {open ? "Close menu" : "Menu"}
        </button>
      </div>
      <aside
        id="sidebar"
        className={`${open ? "fixed inset-x-0 top-[61px] bottom-0 z-40 flex overflow-y-auto" : "hidden"} w-full shrink-0 flex-col border-r border-slate-200 bg-white px-4 py-5 md:static md:flex md:w-64`}
      >
        <div className="mb-6 hidden px-2 md:block">
          <Brand />
        </div>
        {children}
      </aside>
    </>
  );
}
