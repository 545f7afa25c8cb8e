import Link from "next/link";

/** "Niet gevonden": a page that does not exist, or that belongs to another school (told apart from neither). */
export function NotFoundMessage() {
  return (
    <div className="mx-auto max-w-lg p-6">
      <h1 className="text-xl font-semibold">Niet gevonden</h1>
      <p className="mt-2 text-slate-700">Deze pagina bestaat niet, of je hebt er geen toegang toe.</p>
      <Link href="/" className="mt-4 inline-block text-blue-800 underline">Naar je startpagina</Link>
    </div>
  );
}

/** "Geen toegang": signed in, but without the permission this page needs. */
export function ForbiddenMessage() {
  return (
    <div className="mx-auto max-w-lg p-6">
      <h1 className="text-xl font-semibold">Geen toegang</h1>
      <p className="mt-2 text-slate-700">Je hebt geen toegang tot deze pagina. Denk je dat dit niet klopt, neem dan contact op met de beheerder van je school.</p>
      <Link href="/" className="mt-4 inline-block text-blue-800 underline">Naar je startpagina</Link>
    </div>
  );
}
