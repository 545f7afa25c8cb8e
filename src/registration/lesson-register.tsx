"use client";

import { useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore } from "react";
import type { Observation } from "@/db/generated/prisma/enums";
import { applyTeacherMark, type RegistrationState } from "./apply-teacher-mark";
import { acknowledge, enqueue, QUEUE_EVENT, queueKey, readQueue, type QueuedMark } from "./mark-queue";
import type { MarkResult, RegisterPupil, RegisterView } from "./register-types";
import { STATUS_LABELS } from "./status-labels";
import { SOURCE_LABELS } from "./source-labels";

type Connection = "saved" | "saving" | "waiting" | "signed-out";

const KEYS: Record<string, Observation> = { p: "PRESENT", a: "ABSENT", l: "LATE", v: "SENT_OUT" };
const BUTTONS: { observation: Observation; label: string; key: string; pressed: string }[] = [
  { observation: "PRESENT", label: "Aanwezig", key: "P", pressed: "bg-green-700 text-white border-green-700" },
  { observation: "ABSENT", label: "Afwezig", key: "A", pressed: "bg-red-700 text-white border-red-700" },
  { observation: "LATE", label: "Te laat", key: "L", pressed: "bg-amber-700 text-white border-amber-700" },
  { observation: "SENT_OUT", label: "Verwijderd", key: "V", pressed: "bg-slate-700 text-white border-slate-700" },
];
const RETRY_MS = 4000;
/** How long "everyone else present" can be undone; the offer stays while it has focus or the pointer. */
const UNDO_MS = 10_000;
const UNMARKED: Pick<RegistrationState, "observed" | "observedLateMinutes" | "status" | "statusSource"> = { observed: null, observedLateMinutes: null, status: "UNREGISTERED", statusSource: null };

/**
 * The register of one lesson. Every tap is a mark that is first stored in the
 * browser, shown at once, and then sent; the server's answer and a fresh copy
 * of the register replace the local view. Without a connection marks wait and
 * are sent when it returns; nothing is lost and nothing is applied twice.
 */
export function LessonRegister({ initial }: { initial: RegisterView }) {
  const lessonId = initial.lesson.id;
  const [view, setView] = useState(initial);
  const pending = useQueuedMarks(lessonId);
  const [connection, setConnection] = useState<Connection>("saved");
  const [notice, setNotice] = useState<string | null>(null);
  const [lateFor, setLateFor] = useState<{ pupilId: string; minutes: number } | null>(null);
  // The pupil row in the tab order: at first the first pupil nobody has marked yet.
  const [focused, setFocused] = useState(() => firstUnmarked(initial.pupils));
  const [openHistory, setOpenHistory] = useState<string | null>(null);
  // The last "everyone else present", while it can be undone: per pupil the key of its mark.
  const [undo, setUndo] = useState<{ marks: { pupilId: string; key: string }[] } | null>(null);
  const [undoHeld, setUndoHeld] = useState(false);
  const [announcement, setAnnouncement] = useState("");
  const undoButton = useRef<HTMLButtonElement>(null);
  const everyoneButton = useRef<HTMLButtonElement>(null);
  // Server time minus browser time; measured on the first render's answer, corrected by every answer after.
  const offset = useRef(0);
  const flushing = useRef(false);
  const retry = useRef<ReturnType<typeof setTimeout> | null>(null);
  const rows = useRef<(HTMLLIElement | null)[]>([]);
  const readOnly = view.readOnlyReason !== null;

  const serverNow = useCallback(() => new Date(Date.now() + offset.current), []);

  const refresh = useCallback(async () => {
    const response = await fetch(`/api/lessons/${lessonId}/register`, { cache: "no-store" });
    if (!response.ok) return;
    const fresh = (await response.json()) as RegisterView;
    offset.current = Date.parse(fresh.serverNow) - Date.now();
    setView(fresh);
  }, [lessonId]);

  const flush = useCallback(async (): Promise<void> => {
    if (flushing.current) return;
    flushing.current = true;
    if (retry.current) clearTimeout(retry.current);
    try {
      for (let queue = readQueue(localStorage, lessonId); queue.length > 0; queue = readQueue(localStorage, lessonId)) {
        setConnection("saving");
        const batch = queue.slice(0, 200);
        let response: Response;
        try {
          response = await fetch(`/api/lessons/${lessonId}/marks`, {
            method: "POST",
            headers: { "content-type": "application/json" },
            body: JSON.stringify({ marks: batch.map(withoutLesson), withRegister: true }),
          });
        } catch {
          setConnection("waiting");
          retry.current = setTimeout(() => void flush(), RETRY_MS);
          return;
        }
        if (response.status === 401) {
          setConnection("signed-out");
          return;
        }
        if (response.status >= 500) {
          setConnection("waiting");
          retry.current = setTimeout(() => void flush(), RETRY_MS);
          return;
        }
        const body = (await response.json().catch(() => null)) as
          | { results?: MarkResult[]; serverNow?: string; register?: RegisterView; error?: { message: string } }
          | null;
        const answered = new Set(batch.map((m) => m.idempotencyKey));
        if (!response.ok) {
          setNotice(`Niet opgeslagen: ${body?.error?.message ?? "de registratie is geweigerd."}`);
        } else {
          if (body?.serverNow) offset.current = Date.parse(body.serverNow) - Date.now();
          const stale = (body?.results ?? []).filter((r) => r.outcome === "stale");
          if (stale.length > 0) {
            const names = stale.map((r) => view.pupils.find((p) => p.pupilId === r.pupilId)?.name ?? "een leerling");
            setNotice(`Niet verwerkt voor ${names.join(", ")}: iemand anders heeft dit later gewijzigd.`);
          }
        }
        acknowledge(localStorage, lessonId, answered);
        window.dispatchEvent(new Event(QUEUE_EVENT));
        // The answer carries the register as it is now, also what others marked meanwhile; a refusal does not.
        if (response.ok && body?.register) setView(body.register);
        else await refresh().catch(() => {});
      }
      setConnection("saved");
    } finally {
      flushing.current = false;
    }
  }, [lessonId, refresh, view.pupils]);

  // Marks left from an earlier visit (a closed tab, no connection) are shown and sent.
  useEffect(() => {
    offset.current = Date.parse(initial.serverNow) - Date.now();
    if (readQueue(localStorage, lessonId).length > 0) void flush();
    const online = () => void flush();
    window.addEventListener("online", online);
    return () => {
      window.removeEventListener("online", online);
      if (retry.current) clearTimeout(retry.current);
    };
    // Only on mount: flush is stable enough, and re-running would double the listener.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [lessonId]);

  // A lesson that has not begun yet opens by itself at its time (the server decides again then).
  useEffect(() => {
    if (!view.opensAt) return;
    const timer = setTimeout(() => void refresh().catch(() => {}), Math.max(0, Date.parse(view.opensAt) - serverNow().getTime()) + 1000);
    return () => clearTimeout(timer);
  }, [view.opensAt, refresh, serverNow]);

  const shown = useMemo(() => view.pupils.map((pupil) => withPending(pupil, pending)), [view.pupils, pending]);

  // On load the first unmarked pupil has focus, so that P, A, L and V work at once; not when the
  // person already moved focus, nor on a register that cannot be changed. Not scrolled to: on a
  // phone the lesson's heading and "everyone present" stay in view.
  useEffect(() => {
    if (readOnly || (document.activeElement && document.activeElement !== document.body)) return;
    rows.current[firstUnmarked(shown)]?.focus({ preventScroll: true });
    // Only once, on the register as it was loaded.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const mark = useCallback(
    (marks: Omit<QueuedMark, "lessonId" | "idempotencyKey" | "markedAt">[]): QueuedMark[] => {
      if (readOnly || marks.length === 0) return [];
      const markedAt = serverNow().toISOString();
      const queued = marks.map((m) => ({ ...m, lessonId, idempotencyKey: crypto.randomUUID(), markedAt }));
      enqueue(localStorage, queued);
      window.dispatchEvent(new Event(QUEUE_EVENT));
      setNotice(null);
      void flush();
      return queued;
    },
    [flush, lessonId, readOnly, serverNow],
  );

  const defaultLateMinutes = () => {
    const minutes = Math.floor((serverNow().getTime() - Date.parse(view.lesson.startsAt)) / 60_000);
    return Math.min(Math.max(minutes, 1), view.lesson.endMinutes - view.lesson.startMinutes);
  };

  const choose = (pupil: RegisterPupil, observation: Observation, index: number) => {
    if (observation === "LATE") {
      setLateFor({ pupilId: pupil.pupilId, minutes: defaultLateMinutes() });
      return;
    }
    mark([{ pupilId: pupil.pupilId, observation }]);
    focusRow(Math.min(index + 1, shown.length - 1));
  };

  const focusRow = (index: number) => {
    setFocused(index);
    rows.current[index]?.focus();
  };

  const unmarked = shown.filter((p) => p.status === "UNREGISTERED" && p.observed === null && p.known === null);

  const everyoneElsePresent = () => {
    const queued = mark(unmarked.map((p) => ({ pupilId: p.pupilId, observation: "PRESENT" as const, onlyIfUnmarked: true })));
    if (queued.length === 0) return;
    setUndo({ marks: queued.map((m) => ({ pupilId: m.pupilId, key: m.idempotencyKey })) });
    setAnnouncement(`${pupils(queued.length)} op aanwezig gezet. Ongedaan maken kan nog even.`);
    // The button itself is now disabled; focus goes to the undo, which stays while it has focus.
    requestAnimationFrame(() => undoButton.current?.focus());
  };

  const undoEveryonePresent = () => {
    if (!undo) return;
    // Only pupils still shown as the bulk left them; the server checks again (a later mark stays).
    const still = undo.marks.filter((m) => shown.find((p) => p.pupilId === m.pupilId)?.observed === "PRESENT");
    mark(still.map((m) => ({ pupilId: m.pupilId, undoes: m.key })));
    setUndo(null);
    setUndoHeld(false);
    setAnnouncement(`Ongedaan gemaakt: ${pupils(still.length)} ${still.length === 1 ? "staat" : "staan"} weer op nog niet geregistreerd.`);
    requestAnimationFrame(() => everyoneButton.current?.focus());
  };

  useEffect(() => {
    if (!undo || undoHeld) return;
    const timer = setTimeout(() => setUndo(null), UNDO_MS);
    return () => clearTimeout(timer);
  }, [undo, undoHeld]);

  const onRowKey = (event: React.KeyboardEvent<HTMLLIElement>, pupil: RegisterPupil, index: number) => {
    if (event.target !== event.currentTarget) return; // typing in the minutes field
    if (event.key === "ArrowDown") focusRow(Math.min(index + 1, shown.length - 1));
    else if (event.key === "ArrowUp") focusRow(Math.max(index - 1, 0));
    else if (event.key === "Home") focusRow(0);
    else if (event.key === "End") focusRow(shown.length - 1);
    else if (event.key.toLowerCase() === "h" && pupil.history.length > 0) setOpenHistory(openHistory === pupil.pupilId ? null : pupil.pupilId);
    else if (!event.ctrlKey && !event.metaKey && !event.altKey && KEYS[event.key.toLowerCase()] && !readOnly) {
      choose(pupil, KEYS[event.key.toLowerCase()]!, index);
    } else return;
    event.preventDefault();
  };

  const { lesson } = view;
  return (
    <div className="space-y-4 pb-24">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="text-2xl font-semibold">
            {lesson.groupName} · {lesson.subjectName}
          </h1>
          <p className="text-slate-700">
            {lesson.period}e uur, {clock(lesson.startMinutes)}–{clock(lesson.endMinutes)}
            {lesson.room ? ` · lokaal ${lesson.room}` : ""}
            {lesson.teacherName ? ` · ${lesson.teacherName}` : ""}
          </p>
        </div>
        {!readOnly ? (
          <button
            ref={everyoneButton}
            type="button"
            onClick={everyoneElsePresent}
            disabled={unmarked.length === 0}
            className="rounded-md bg-green-700 px-4 py-3 text-base font-semibold text-white hover:bg-green-800 focus:outline-none focus:ring-2 focus:ring-green-700 focus:ring-offset-2 disabled:bg-slate-300 disabled:text-slate-700"
          >
            {unmarked.length === 0 ? "Iedereen is geregistreerd" : `Overige ${unmarked.length} aanwezig`}
          </button>
        ) : null}
      </div>

      {undo ? (
        <div
          className="flex flex-wrap items-center gap-3 rounded-md bg-slate-100 px-3 py-2 text-slate-800"
          onFocus={() => setUndoHeld(true)}
          onBlur={() => setUndoHeld(false)}
          onMouseEnter={() => setUndoHeld(true)}
          onMouseLeave={() => setUndoHeld(false)}
        >
          <span>{pupils(undo.marks.length)} op aanwezig gezet.</span>
          <button
            ref={undoButton}
            type="button"
            onClick={undoEveryonePresent}
            className="min-h-11 rounded-md border border-slate-400 bg-white px-3 text-sm font-medium text-slate-900 hover:bg-slate-50 focus:outline-none focus:ring-2 focus:ring-blue-700"
          >
            Ongedaan maken
          </button>
        </div>
      ) : null}
      <div aria-live="polite" className="sr-only">
        {announcement}
      </div>
      {readOnly ? <p className={`rounded-md px-3 py-2 ${view.opensAt ? "bg-slate-100 text-slate-800" : "bg-amber-50 text-amber-900"}`}>{view.readOnlyReason}</p> : null}
      {notice ? (
        <p role="alert" className="rounded-md bg-red-50 px-3 py-2 text-red-800">
          {notice}
        </p>
      ) : null}
      {/* Not on a register that cannot be changed: P, A, L and V do nothing there. */}
      {readOnly ? null : <p className="hidden text-sm text-slate-600 sm:block">
        Toetsenbord: <kbd>↑</kbd> <kbd>↓</kbd> kies een leerling, <kbd>P</kbd> aanwezig, <kbd>A</kbd> afwezig, <kbd>L</kbd> te laat (minuten, dan <kbd>Enter</kbd>), <kbd>V</kbd> verwijderd, <kbd>H</kbd> geschiedenis. Na een registratie gaat de focus naar de volgende leerling.
      </p>}

      <ul aria-label={`Leerlingen van ${lesson.groupName}`} className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white">
        {shown.map((pupil, index) => (
          <li
            key={pupil.pupilId}
            ref={(element) => {
              rows.current[index] = element;
            }}
            tabIndex={index === focused ? 0 : -1}
            onFocus={() => setFocused(index)}
            onKeyDown={(event) => onRowKey(event, pupil, index)}
            aria-label={`${pupil.name}${pupil.scheduleTags.length > 0 ? ` (${pupil.scheduleTags.join(", ")})` : ""}: ${describe(pupil)}`}
            className="flex flex-col gap-2 px-3 py-3 sm:flex-row sm:flex-wrap sm:items-center focus:bg-blue-50 focus:outline-none focus:ring-2 focus:ring-inset focus:ring-blue-700"
          >
            <div className="flex min-w-0 flex-1 items-center gap-3">
              <span aria-hidden="true" className="flex h-10 w-10 shrink-0 items-center justify-center rounded-full bg-slate-200 text-sm font-semibold text-slate-700">
                {pupil.initials}
              </span>
              <div className="min-w-0">
                <p className="flex min-w-0 items-center gap-2 font-medium">
                  <span className="truncate">{pupil.name}</span>
                  {pupil.scheduleTags.map((tag) => <Marker key={tag}>{tag}</Marker>)}
                </p>
                <p className={`text-sm ${statusTone(pupil)}`}>
                  {describe(pupil)}
                  {isPending(pupil, pending) ? <span className="ml-2 text-slate-600">· {connection === "waiting" ? "wacht op verbinding" : "opslaan…"}</span> : null}
                </p>
              </div>
            </div>
            {lateFor?.pupilId === pupil.pupilId ? (
              <LateMinutes
                name={pupil.name}
                initial={lateFor.minutes}
                max={lesson.endMinutes - lesson.startMinutes}
                onSave={(minutes) => {
                  setLateFor(null);
                  mark([{ pupilId: pupil.pupilId, observation: "LATE", lateMinutes: minutes }]);
                  focusRow(Math.min(index + 1, shown.length - 1));
                }}
                onCancel={() => {
                  setLateFor(null);
                  focusRow(index);
                }}
              />
            ) : (
              <div role="group" aria-label={`Registratie voor ${pupil.name}`} className="grid grid-cols-4 gap-1 sm:flex">
                {BUTTONS.map((button) => (
                  <button
                    key={button.observation}
                    type="button"
                    tabIndex={-1}
                    disabled={readOnly}
                    aria-pressed={pupil.observed === button.observation}
                    onClick={() => choose(pupil, button.observation, index)}
                    className={`min-h-11 rounded-md border px-2 text-sm font-medium focus:outline-none focus:ring-2 focus:ring-blue-700 disabled:opacity-50 sm:px-3 ${
                      pupil.observed === button.observation ? button.pressed : "border-slate-300 bg-white text-slate-800 hover:bg-slate-100"
                    }`}
                  >
                    {button.label}
                  </button>
                ))}
              </div>
            )}
            {pupil.history.length > 0 ? (
              <details
                className="basis-full text-sm text-slate-700"
                open={openHistory === pupil.pupilId}
                onToggle={(event) => {
                  const open = event.currentTarget.open;
                  if (open !== (openHistory === pupil.pupilId)) setOpenHistory(open ? pupil.pupilId : null);
                }}
              >
                {/* Out of the tab order: the list is one tab stop; H opens the focused pupil's history. */}
                <summary tabIndex={-1} className="cursor-pointer">Geschiedenis ({pupil.history.length})</summary>
                <ol className="mt-1 space-y-0.5">
                  {pupil.history.map((h, i) => (
                    <li key={i}>
                      {time(h.at)} · {h.by}: {h.from} → {h.to}
                    </li>
                  ))}
                </ol>
              </details>
            ) : null}
          </li>
        ))}
      </ul>

      {view.exempt.length > 0 ? (
        <p className="text-sm text-slate-700">
          Niet in deze les:{" "}
          {view.exempt.map((pupil, i) => (
            <span key={pupil.pupilId}>
              {i > 0 ? ", " : ""}
              {pupil.name} ({pupil.word})
            </span>
          ))}
        </p>
      ) : null}

      <div role="status" aria-live="polite" className="fixed inset-x-0 bottom-0 border-t border-slate-200 bg-white/95 px-4 py-3 text-center text-sm">
        <ConnectionText connection={connection} waiting={pending.length} registeredAt={view.lesson.registeredAt} />
      </div>
    </div>
  );
}

/** A quiet label beside a pupil's name: why their schedule differs from the group's, in one word. */
function Marker({ children }: { children: string }) {
  return <span className="shrink-0 rounded border border-slate-300 px-1.5 text-xs font-normal text-slate-700">{children}</span>;
}

/** The waiting marks of a lesson, kept in sync with storage in this tab and others. */
function useQueuedMarks(lessonId: string): QueuedMark[] {
  const serialized = useSyncExternalStore(
    (changed) => {
      window.addEventListener(QUEUE_EVENT, changed);
      window.addEventListener("storage", changed);
      return () => {
        window.removeEventListener(QUEUE_EVENT, changed);
        window.removeEventListener("storage", changed);
      };
    },
    () => localStorage.getItem(queueKey(lessonId)) ?? "[]",
    () => "[]",
  );
  return useMemo(() => readQueue({ getItem: () => serialized, setItem: () => {}, removeItem: () => {} }, lessonId), [serialized, lessonId]);
}

function withoutLesson(mark: QueuedMark): Omit<QueuedMark, "lessonId"> {
  const { lessonId, ...rest } = mark;
  void lessonId;
  return rest;
}

function LateMinutes({ name, initial, max, onSave, onCancel }: { name: string; initial: number; max: number; onSave: (minutes: number) => void; onCancel: () => void }) {
  const [value, setValue] = useState(String(initial));
  const input = useRef<HTMLInputElement>(null);
  // The suggestion is selected, so that typing replaces it ("7" is 7 minutes, not 17).
  useEffect(() => input.current?.select(), []);
  const minutes = Number(value);
  const valid = Number.isInteger(minutes) && minutes >= 1 && minutes <= max;
  const id = `late-${name.replace(/\W+/g, "-")}`;
  return (
    <form
      className="flex items-center gap-2"
      onSubmit={(event) => {
        event.preventDefault();
        if (valid) onSave(minutes);
      }}
      onKeyDown={(event) => {
        if (event.key === "Escape") onCancel();
      }}
    >
      <label htmlFor={id} className="text-sm">
        Minuten te laat
      </label>
      <input
        id={id}
        ref={input}
        autoFocus
        inputMode="numeric"
        type="number"
        min={1}
        max={max}
        value={value}
        onChange={(event) => setValue(event.target.value)}
        aria-invalid={!valid}
        aria-describedby={valid ? undefined : `${id}-error`}
        className="w-20 rounded-md border border-slate-400 px-2 py-2 focus:outline-none focus:ring-2 focus:ring-blue-700"
      />
      <button type="submit" disabled={!valid} className="min-h-11 rounded-md bg-amber-700 px-3 text-sm font-medium text-white disabled:opacity-50">
        Opslaan
      </button>
      <button type="button" onClick={onCancel} className="min-h-11 rounded-md border border-slate-300 px-3 text-sm">
        Annuleren
      </button>
      {valid ? null : (
        <span id={`${id}-error`} className="text-sm text-red-800">
          Tussen 1 en {max} minuten.
        </span>
      )}
    </form>
  );
}

function ConnectionText({ connection, waiting, registeredAt }: { connection: Connection; waiting: number; registeredAt: string | null }) {
  if (connection === "signed-out") return <span className="text-red-800">Je bent uitgelogd. Log opnieuw in: je {waiting} registratie(s) blijven op dit apparaat bewaard.</span>;
  if (connection === "waiting") return <span className="font-medium text-amber-900">Geen verbinding: {waiting} registratie(s) wachten en worden verstuurd zodra er weer verbinding is.</span>;
  if (connection === "saving" || waiting > 0) return <span>Bezig met opslaan…</span>;
  return <span className="text-green-900">Alles is opgeslagen{registeredAt ? ` · les volledig geregistreerd om ${time(registeredAt)}` : ""}.</span>;
}

/** The pupil as the server will have it once the waiting marks arrive. */
function withPending(pupil: RegisterPupil, pending: QueuedMark[]): RegisterPupil {
  const mine = pending.filter((m) => m.pupilId === pupil.pupilId);
  if (mine.length === 0) return pupil;
  const known = pupil.known ? { ...pupil.known, reason: null } : null;
  let state: RegistrationState = {
    observed: pupil.observed, observedLateMinutes: pupil.observedLateMinutes, status: pupil.status, reason: null, lateMinutes: pupil.observedLateMinutes ?? 0, statusSource: pupil.statusSource,
  };
  for (const m of mine) {
    if (m.undoes !== undefined) {
      state = { ...state, ...UNMARKED, reason: null, lateMinutes: 0 };
      continue;
    }
    if (m.onlyIfUnmarked && (state.observed !== null || state.status !== "UNREGISTERED" || known)) continue;
    state = applyTeacherMark(state.status === "UNREGISTERED" ? null : state, { observation: m.observation!, lateMinutes: m.lateMinutes }, { known });
  }
  return { ...pupil, observed: state.observed, observedLateMinutes: state.observedLateMinutes, status: state.status, statusSource: state.statusSource };
}

function pupils(count: number): string {
  return count === 1 ? "1 leerling" : `${count} leerlingen`;
}

/** The index of the first pupil without a mark or a known reason (0 when everyone has one). */
function firstUnmarked(pupils: readonly RegisterPupil[]): number {
  return Math.max(0, pupils.findIndex((p) => p.status === "UNREGISTERED" && p.observed === null && p.known === null));
}

function isPending(pupil: RegisterPupil, pending: QueuedMark[]): boolean {
  return pending.some((m) => m.pupilId === pupil.pupilId);
}

function describe(pupil: RegisterPupil): string {
  if (pupil.status === "UNREGISTERED" && pupil.observed === null) return "Nog niet geregistreerd";
  const label = STATUS_LABELS[pupil.status];
  const late = pupil.observed === "LATE" && pupil.observedLateMinutes ? ` (${pupil.observedLateMinutes} min)` : "";
  const source = pupil.statusSource && pupil.statusSource !== "TEACHER" ? ` — ${SOURCE_LABELS[pupil.statusSource]}` : "";
  return `${label}${late}${source}`;
}

function statusTone(pupil: RegisterPupil): string {
  if (pupil.status === "ABSENT_UNKNOWN" || pupil.status === "ABSENT_UNEXCUSED") return "text-red-800";
  if (pupil.status === "UNREGISTERED") return "text-slate-600";
  return "text-slate-800";
}

function clock(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;
}

const TIME = new Intl.DateTimeFormat("nl-NL", { hour: "2-digit", minute: "2-digit", timeZone: "Europe/Amsterdam" });
function time(iso: string): string {
  return TIME.format(new Date(iso));
}
