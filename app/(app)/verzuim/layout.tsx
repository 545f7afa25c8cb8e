import { currentActor } from "@/auth/current-actor";
import { can } from "@/auth/permissions";
import { SubNavigation } from "@/ui/sub-navigation";

// Not a security boundary: each page authorizes itself. This draws the tabs the person may use.
export default async function AttendanceLayout({ children }: { children: React.ReactNode }) {
  const actor = await currentActor();
  const items = [
    { href: "/verzuim", label: "Dagcontrole", show: can(actor, "daily-check:use") },
    { href: "/verzuim/signalen", label: "Signalen", show: can(actor, "signals:view") },
    { href: "/verzuim/leerling", label: "Leerlingen", show: can(actor, "case-file:view") },
    { href: "/verzuim/meldingen", label: "DUO-meldingen", show: can(actor, "duo-reports:manage") },
    { href: "/verzuim/verlof", label: "Verlof", show: can(actor, "leave:decide") },
    { href: "/verzuim/brieven", label: "Briefsjablonen", show: can(actor, "letter-templates:edit") },
  ].filter((item) => item.show);
  return (
    <>
      {items.length > 1 ? <SubNavigation label="Verzuim" items={items} /> : null}
      {children}
    </>
  );
}
