import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requirePagePermission } from "@/auth/guard";
import { isAppError } from "@/errors/app-error";
import { LeaveRequestView } from "@/leave/leave-request-view";
import { getLeaveRequest, type LeaveRequestDetail } from "@/leave/server/get-leave-request";

export const metadata: Metadata = { title: "Verlofaanvraag · Aanwezig" };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export default async function LeaveRequestPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePagePermission("leave:decide");
  const { id } = await params;
  if (!UUID.test(id)) notFound();
  let request: LeaveRequestDetail;
  try {
    request = await getLeaveRequest({ actor, id });
  } catch (error) {
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  }
  return <LeaveRequestView r={request} timeZone={actor.schoolTimeZone} />;
}
