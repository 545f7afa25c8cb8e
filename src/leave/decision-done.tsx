import Link from "next/link";

/** After a decision: what happened (the letter, the e-mail), and the way to the request as it is now. */
export function Done({ message, leaveRequestId }: { message: string; leaveRequestId: string }) {
  return (
    <div className="space-y-2">
      <p role="status" className="rounded-md bg-green-50 px-3 py-2 text-sm text-green-900">{message}</p>
      <Link href={`/verzuim/verlof/${leaveRequestId}`} className="font-medium text-blue-800 underline focus:outline-none focus:ring-2 focus:ring-blue-700">Bekijk het besluit</Link>
    </div>
  );
}
