import Link from "next/link";
import type { Actor } from "@/auth/load-actor";
import { LogoutButton } from "@/auth/logout-button";
import { ROLE_LABELS } from "@/auth/roles";
import { navigationFor } from "./navigation";

export function AppShell({ actor, children }: { actor: Actor; children: React.ReactNode }) {
  const items = navigationFor(actor);
  return (
    <div className="min-h-screen">
      <a href="#inhoud" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:rounded focus:bg-white focus:p-2">
        Naar de inhoud
      </a>
      <header className="border-b border-slate-200 bg-white">
        <div className="mx-auto flex max-w-5xl flex-wrap items-center gap-x-4 gap-y-1 px-4 py-2">
          <span className="font-semibold text-blue-800">Aanwezig</span>
          <span className="text-sm text-slate-600">{actor.schoolName}</span>
          <nav aria-label="Hoofdmenu" className="order-last w-full sm:order-none sm:w-auto">
            <ul className="flex flex-wrap gap-1">
              {items.map((item) => (
                <li key={item.href}>
                  <Link href={item.href} className="block rounded-md px-3 py-2 text-sm font-medium text-slate-800 hover:bg-slate-100 focus:outline-none focus:ring-2 focus:ring-blue-700">
                    {item.label}
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
          <div className="ml-auto flex items-center gap-2 text-sm">
            <span className="text-slate-700">
              {actor.name} <span className="text-slate-500">({actor.roles.map((r) => ROLE_LABELS[r]).join(", ")})</span>
            </span>
            <LogoutButton />
          </div>
        </div>
      </header>
      <main id="inhoud" className="mx-auto max-w-5xl px-4 py-6">{children}</main>
    </div>
  );
}
