import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requirePagePermission } from "@/auth/guard";
import { isAppError } from "@/errors/app-error";
import { getLessonRegister } from "@/registration/server/get-lesson-register";
import { registerPolicy } from "@/registration/server/register-policy";
import { LessonRegister } from "@/registration/lesson-register";

export const metadata: Metadata = { title: "Registreren · Aanwezig" };

export default async function RegisterPage({ params }: { params: Promise<{ lessonId: string }> }) {
  const actor = await requirePagePermission("register:mark");
  const { lessonId } = await params;
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(lessonId)) notFound();
  const view = await getLessonRegister({ actor, lessonId, policy: registerPolicy(actor) }).catch((error: unknown) => {
    // Another school's lesson is "not found", exactly like one that does not exist.
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  return <LessonRegister initial={view} />;
}
