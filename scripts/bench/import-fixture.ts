import { randomBsn } from "@/demo/bsn";
import { ADULT_FIRST_NAMES, BOY_NAMES, GIRL_NAMES, SURNAMES } from "@/demo/names";
import { createRng } from "@/demo/random";

/**
 * The files a 2,000-pupil school brings on its first day, as its administration system exports them
 * (`;`-separated, Dutch headers, dd-mm-jjjj dates): pupils in classes of years 1–6, one or two guardians
 * each with a postal address, staff with their codes and mentor classes, and the clusters (keuzewerktijd,
 * options) of the upper years with their pupils' numbers for the timetable. Deterministic for a seed.
 */
export function buildSchoolExports({ pupils, seed, schoolYearStart }: { pupils: number; seed: number; schoolYearStart: number }) {
  const rng = createRng(seed);
  const classesPerYear = Math.max(1, Math.round(pupils / 6 / 25));
  const classes = [1, 2, 3, 4, 5, 6].flatMap((year) => Array.from({ length: classesPerYear }, (_, i) => ({ code: `${year}${"abcdefghijklmnopqrstuvwxyz"[i]}`, year })));
  const staffCount = Math.max(20, Math.round(pupils / 13));
  const staff = Array.from({ length: staffCount }, (_, i) => {
    const surname = rng.pick(SURNAMES);
    return { code: `D${String(i + 1).padStart(3, "0")}`, first: rng.pick(ADULT_FIRST_NAMES), infix: surname.infix ?? "", last: surname.lastName };
  });
  const bsns = new Set<string>();
  const pupilRows: string[] = ["Leerlingnummer;Roepnaam;Tussenvoegsel;Achternaam;Geboortedatum;BSN;Klas;Leerjaar;Opleiding;Inschrijfdatum"];
  const guardianRows: string[] = ["Leerlingnummer;Naam;Relatie;Gezag;E-mailadres;Telefoon;Straat;Huisnummer;Postcode;Plaats"];
  const upperYearPupils: string[] = [];
  for (let i = 0; i < pupils; i++) {
    const klass = classes[i % classes.length]!;
    const surname = rng.pick(SURNAMES);
    const number = String(200_001 + i);
    const birthYear = schoolYearStart - 11 - klass.year;
    const birth = `${String(rng.int(1, 28)).padStart(2, "0")}-${String(rng.int(1, 12)).padStart(2, "0")}-${birthYear}`;
    const programme = klass.year <= 2 ? "havo/vwo" : rng.chance(0.5) ? "havo" : "vwo";
    pupilRows.push([number, rng.pick(rng.chance(0.5) ? GIRL_NAMES : BOY_NAMES), surname.infix ?? "", surname.lastName, birth, randomBsn(rng, bsns), klass.code, klass.year, programme, `01-08-${schoolYearStart - klass.year + 1}`].join(";"));
    if (klass.year >= 4) upperYearPupils.push(number);
    const street = `${rng.pick(["Kerkstraat", "Dorpsstraat", "Molenweg", "Schoolstraat", "Lindelaan"])};${rng.int(1, 180)}`;
    const postcode = `${rng.int(1000, 9999)} ${rng.pick(["AB", "CD", "EF", "GH", "KL"])}`;
    const parents = rng.chance(0.75) ? 2 : 1;
    for (let p = 0; p < parents; p++) {
      const first = rng.pick(ADULT_FIRST_NAMES);
      guardianRows.push([number, `${first} ${surname.infix ? `${surname.infix} ` : ""}${surname.lastName}`, p === 0 ? "moeder" : "vader", "ja",
        `ouder${p + 1}.${number}@bench.test`, `06-${rng.int(10_000_000, 99_999_999)}`, street, postcode, "Utrecht"].join(";"));
    }
  }
  const staffRows = ["Docentcode;Voornaam;Tussenvoegsel;Achternaam;E-mail;Functie;Mentor van"];
  staff.forEach((s, i) => staffRows.push([s.code, s.first, s.infix, s.last, `${s.code.toLowerCase()}@bench.test`, "docent", classes[i]?.code ?? ""].join(";")));
  // Upper-year clusters of about 20 pupils: every upper-year pupil in 8 of them.
  const clusterCount = Math.max(1, Math.round((upperYearPupils.length * 8) / 20));
  const clusters = Array.from({ length: clusterCount }, (_, k) => ({ code: `clu-${k + 1}`, students: [] as string[] }));
  upperYearPupils.forEach((number, i) => {
    for (let c = 0; c < 8; c++) clusters[(i * 8 + c) % clusterCount]!.students.push(number);
  });
  return {
    pupilsCsv: pupilRows.join("\r\n") + "\r\n",
    guardiansCsv: guardianRows.join("\r\n") + "\r\n",
    staffCsv: staffRows.join("\r\n") + "\r\n",
    classes: classes.map((c) => c.code),
    teachers: staff.map((s) => s.code),
    clusters,
  };
}
