"use client";

import { usePathname } from "next/navigation";
import { useCallback, useEffect, useState, useSyncExternalStore } from "react";
import { AppFrame, type Viewer } from "@/ui/app-frame";
import { ForbiddenMessage, NotFoundMessage } from "@/ui/page-messages";
import { LessonRegister } from "./lesson-register";
import type { RegisterView } from "./register-types";

type Loaded =
  | { kind: "loading" }
  | { kind: "ready"; view: RegisterView; viewer: Viewer }
  | { kind: "not-found" }
  | { kind: "forbidden" }
  | { kind: "failed"; offline: boolean };

const LESSON_PATH = /^\/docent\/les\/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\/?$/i;

/**
 * The register page: a static shell (the same HTML for every lesson, served
 * for /docent/les/:lessonId by a rewrite in next.config.ts) that loads the
 * register and the header's viewer in one request to the API, which is the
 * security boundary. docs/decisions/053-register-page-static-shell.md.
 */
export function RegisterPage() {
  const path = useBrowserPath();
  if (path === null) return <AppFrame viewer={null}><Loading /></AppFrame>;
  const lessonId = LESSON_PATH.exec(path)?.[1] ?? null;
  if (lessonId === null) return <AppFrame viewer={null}><NotFoundMessage /></AppFrame>;
  // A fresh register per lesson (back and forward between two registers).
  return <LoadedRegister key={lessonId} lessonId={lessonId} path={path} />;
}

function LoadedRegister({ lessonId, path }: { lessonId: string; path: string }) {
  const [loaded, setLoaded] = useState<Loaded>({ kind: "loading" });
  const [attempt, setAttempt] = useState(0);
  const retry = useCallback(() => {
    setLoaded({ kind: "loading" });
    setAttempt((n) => n + 1);
  }, []);

  useEffect(() => {
    let current = true;
    void fetchRegister(lessonId, path).then((result) => {
      if (current && result) setLoaded(result);
    });
    return () => {
      current = false;
    };
  }, [lessonId, path, attempt]);

  // Without a connection it tries again as soon as the browser is back online.
  const failed = loaded.kind === "failed";
  useEffect(() => {
    if (!failed) return;
    window.addEventListener("online", retry);
    return () => window.removeEventListener("online", retry);
  }, [failed, retry]);

  useEffect(() => {
    if (loaded.kind === "ready") document.title = `${loaded.view.lesson.groupName} · ${loaded.view.lesson.subjectName} · Registreren · Aanwezig`;
  }, [loaded]);

  switch (loaded.kind) {
    case "loading":
      return <AppFrame viewer={null}><Loading /></AppFrame>;
    case "ready":
      return <AppFrame viewer={loaded.viewer}><LessonRegister initial={loaded.view} /></AppFrame>;
    case "not-found":
      return <AppFrame viewer={null}><NotFoundMessage /></AppFrame>;
    case "forbidden":
      return <AppFrame viewer={null}><ForbiddenMessage /></AppFrame>;
    case "failed":
      return (
        <AppFrame viewer={null}>
          <div role="alert" className="mx-auto max-w-lg space-y-3 p-6">
            <h1 className="text-xl font-semibold">Het register is niet geladen</h1>
            <p className="text-slate-700">
              {loaded.offline
                ? "Er is geen verbinding. Het register wordt geladen zodra er weer verbinding is."
                : "Er ging iets mis bij het laden. Probeer het opnieuw."}
            </p>
            <button type="button" onClick={retry} className="min-h-11 rounded-md bg-blue-800 px-4 text-sm font-semibold text-white hover:bg-blue-900 focus:outline-none focus:ring-2 focus:ring-blue-700 focus:ring-offset-2">
              Opnieuw laden
            </button>
          </div>
        </AppFrame>
      );
  }
}

/** The register and the viewer, or what the page shows instead; undefined when the browser goes to the log-in page. */
async function fetchRegister(lessonId: string, path: string): Promise<Loaded | undefined> {
  let response: Response;
  try {
    response = await fetch(`/api/lessons/${lessonId}/register?viewer=1`, { cache: "no-store" });
  } catch {
    return { kind: "failed", offline: true };
  }
  if (response.status === 401) {
    window.location.replace(`/inloggen?callbackUrl=${encodeURIComponent(path)}`);
    return undefined;
  }
  if (response.status === 403) return { kind: "forbidden" };
  if (response.status === 404 || response.status === 400) return { kind: "not-found" };
  const body = (await response.json().catch(() => null)) as (RegisterView & { viewer: Viewer }) | null;
  if (!response.ok || !body) return { kind: "failed", offline: false };
  const { viewer, ...view } = body;
  return { kind: "ready", view, viewer };
}

function Loading() {
  return (
    <p role="status" className="py-8 text-center text-slate-600">
      Register laden…
    </p>
  );
}

/** The address in the browser's bar (null on the server and while hydrating: the shell is the same for every lesson). */
function useBrowserPath(): string | null {
  // Next.js's own navigations (back and forward) re-render through this hook; the path itself comes from `location`.
  usePathname();
  return useSyncExternalStore(
    (changed) => {
      window.addEventListener("popstate", changed);
      return () => window.removeEventListener("popstate", changed);
    },
    () => window.location.pathname,
    () => null,
  );
}
