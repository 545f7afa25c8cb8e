import Link from "next/link";

export default function Forbidden() {
  return (
    <main className="mx-auto max-w-lg p-6">
      <h1 className="text-xl font-semibold">Geen toegang</h1>
      <p className="mt-2 text-slate-700">Je hebt geen toegang tot deze pagina. Denk je dat dit niet klopt, neem dan contact op met de beheerder van je school.</p>
      <Link href="/" className="mt-4 inline-block text-blue-800 underline">Naar je startpagina</Link>
    </main>
  );
}
