import Link from "next/link";
import { LogoutButton } from "@/auth/logout-button";
import { SchoolSwitcher } from "@/auth/school-switcher";

/** Who is signed in, as the header shows it: computed on the server (`viewerOf`), also for a page that loads it as JSON. */
export type Viewer = {
  name: string;
  schoolName: string;
  roleLabels: string[];
  navigation: { href: string; label: string }[];
  /** The person's other schools, for the school switch (absent where it is not shown, e.g. the register). */
  otherSchools?: { schoolId: string; name: string }[];
};

/**
 * The frame of every signed-in page: skip link, header with school, menu,
 * name and log-out, and the main content. Rendered on the server by the
 * signed-in layout, and in the browser by the register, which loads its
 * viewer with its data (`viewer` null while it loads: only the name of the product).
 */
export function AppFrame({ viewer, children }: { viewer: Viewer | null; children: React.ReactNode }) {
  return (
    <div className="min-h-screen">
      <a href="#inhoud" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:rounded focus:bg-white focus:p-2">
        Naar de inhoud
      </a>
      <header className="border-b border-slate-200 bg-white">
        <div className="mx-auto flex max-w-5xl flex-wrap items-center gap-x-4 gap-y-1 px-4 py-2">
          <span className="font-semibold text-blue-800">Aanwezig</span>
          {viewer ? (
            <>
              <span className="text-sm text-slate-600">{viewer.schoolName}</span>
              {viewer.otherSchools?.length ? <SchoolSwitcher schools={viewer.otherSchools} /> : null}
              <nav aria-label="Hoofdmenu" className="order-last w-full sm:order-none sm:w-auto">
                <ul className="flex flex-wrap gap-1">
                  {viewer.navigation.map((item) => (
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
                  <Link href="/account" className="rounded-md font-medium text-slate-800 underline-offset-2 hover:underline focus:outline-none focus:ring-2 focus:ring-blue-700">
                    {viewer.name}
                  </Link>{" "}
                  <span className="text-slate-500">({viewer.roleLabels.join(", ")})</span>
                </span>
                <LogoutButton />
              </div>
            </>
          ) : null}
        </div>
      </header>
      <main id="inhoud" className="mx-auto max-w-5xl px-4 py-6">{children}</main>
    </div>
  );
}
