import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { db } from "@/lib/db/client";
import { bindFormatter } from "@/lib/format";
import { toLocale } from "@/lib/locales";
import { proposalFacts } from "./facts";
import { recordProposalView } from "./view";

export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Sponsorship proposal", robots: { index: false, follow: false } };

/** A shared sponsorship proposal: public to whoever has the link; each request counts as a view. */
export default async function ProposalPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const proposal = await recordProposalView(db, token);
  if (!proposal) notFound();
  const { package: pkg, deal } = proposal;
  // The reader is not signed in: the proposal's organization's locale, on the event's clock.
  const format = bindFormatter({ locale: toLocale(deal.organization.locale), timeZone: deal.event.timezone });
  const { facts, price } = proposalFacts(proposal, format);
  return (
    <main className="mx-auto max-w-3xl px-4 py-10 print:max-w-none print:p-0">
      <article className="rounded-xl border border-slate-200 bg-white p-8 shadow-sm print:border-0 print:p-0 print:shadow-none">
        <header className="border-b border-slate-200 pb-6">
          <p className="text-sm font-medium text-brand-600">Sponsorship proposal</p>
          <h1 className="mt-1 text-2xl font-semibold">{proposal.title}</h1>
          <dl className="mt-5 grid grid-cols-2 gap-4 text-sm sm:grid-cols-4">
            {facts.map((fact) => (
              <div key={fact.label}>
                <dt className="text-xs font-medium uppercase tracking-wide text-slate-500">{fact.label}</dt>
                <dd className="mt-0.5 font-medium">{fact.value}</dd>
              </div>
            ))}
          </dl>
        </header>
        <div className="mt-6 space-y-4 leading-relaxed text-slate-800">
          {proposal.body.split(/\n{2,}/).map((paragraph, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: the body never reorders.
            <p key={index} className="whitespace-pre-line">
              {paragraph}
            </p>
          ))}
        </div>
        <section
          aria-labelledby="package-heading"
          className="mt-8 rounded-lg border border-brand-100 bg-brand-50 p-5 print:break-inside-avoid"
        >
          <div className="flex flex-wrap items-baseline justify-between gap-2">
            <h2 id="package-heading" className="text-lg font-semibold">
              {pkg.name} package
            </h2>
            <p className="text-lg font-semibold tabular-nums">{price}</p>
          </div>
          {pkg.benefits.length > 0 && (
            <ul className="mt-3 list-disc space-y-1 pl-5 text-sm text-slate-700">
              {pkg.benefits.map((benefit) => (
                <li key={benefit}>{benefit}</li>
              ))}
            </ul>
          )}
        </section>
      </article>
    </main>
  );
}
