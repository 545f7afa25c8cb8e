import Link from "next/link";

export default function NotFound() {
  return (
    <main className="mx-auto max-w-lg p-6">
      <h1 className="text-xl font-semibold">Niet gevonden</h1>
      <p className="mt-2 text-slate-700">Deze pagina bestaat niet, of je hebt er geen toegang toe.</p>
      <Link href="/" className="mt-4 inline-block text-blue-800 underline">Naar je startpagina</Link>
    </main>
  );
}
