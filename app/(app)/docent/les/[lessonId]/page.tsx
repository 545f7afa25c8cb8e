import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requirePagePermission } from "@/auth/guard";
import type { Actor } from "@/auth/load-actor";
import { isAppError } from "@/errors/app-error";
import { getLessonRegister } from "@/registration/server/get-lesson-register";
import { getRegisterPolicy } from "@/registration/server/get-register-policy";
import { registerReadOnlyReason } from "@/registration/server/register-read-only-reason";
import { LessonRegister } from "@/registration/lesson-register";

export const metadata: Metadata = { title: "Registreren · Aanwezig" };

export default async function RegisterPage({ params }: { params: Promise<{ lessonId: string }> }) {
  const actor = await requirePagePermission("register:mark");
  const { lessonId } = await params;
  if (!/^[0-9a-f-]{36}$/i.test(lessonId)) notFound();
  const policy = await getRegisterPolicy({ schoolId: actor.schoolId });
  const view = await loadRegister(actor, lessonId, policy);
  return <LessonRegister initial={view} />;
}

async function loadRegister(actor: Actor, lessonId: string, policy: Awaited<ReturnType<typeof getRegisterPolicy>>) {
  try {
    const readOnlyReason = await registerReadOnlyReason({ actor, lessonId, ...policy });
    return await getLessonRegister({ schoolId: actor.schoolId, lessonId, timeZone: policy.timeZone, now: policy.now, readOnlyReason });
  } catch (error) {
    // Another school's lesson is "not found", exactly like one that does not exist.
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  }
}
