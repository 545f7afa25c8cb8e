import type { Metadata } from "next";
import { RegisterPage } from "@/registration/register-page";

export const metadata: Metadata = { title: "Registreren · Aanwezig" };

/**
 * The register of a lesson, at /docent/les/:lessonId (a rewrite in
 * next.config.ts): one static page for every lesson, built once, that loads
 * the register from the API. docs/decisions/053-register-page-static-shell.md.
 */
export const dynamic = "force-static";

export default function Page() {
  return <RegisterPage />;
}
