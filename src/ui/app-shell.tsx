import type { Actor } from "@/auth/load-actor";
import { AppFrame } from "./app-frame";
import { viewerOf } from "./viewer";

export function AppShell({ actor, children }: { actor: Actor; children: React.ReactNode }) {
  return <AppFrame viewer={viewerOf(actor)}>{children}</AppFrame>;
}
