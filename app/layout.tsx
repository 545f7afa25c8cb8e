import type { Metadata, Viewport } from "next";
import { ZOD_JITLESS_SCRIPT } from "@/http/zod-jitless-script";
import "./globals.css";

export const metadata: Metadata = { title: "Aanwezig", description: "Aanwezigheidsregistratie voor scholen" };
export const viewport: Viewport = { width: "device-width", initialScale: 1 };

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="nl">
      <head>
        {/* Before any other script: zod must not probe for eval under our CSP (src/http/zod-jitless-script.ts). */}
        <script dangerouslySetInnerHTML={{ __html: ZOD_JITLESS_SCRIPT }} />
      </head>
      <body className="min-h-screen bg-slate-50 text-slate-900 antialiased">{children}</body>
    </html>
  );
}
