// Dutch names for demo people. Common names (CBS / Meertens top lists), so
// that no demo person stands out; all combinations are made up.

export const GIRL_NAMES = [
  "Emma", "Julia", "Mila", "Tess", "Sophie", "Zoë", "Sara", "Nora", "Yara", "Eva", "Liv", "Lotte", "Evi", "Saar",
  "Anna", "Noor", "Lauren", "Fleur", "Sanne", "Lisa", "Fenna", "Isa", "Olivia", "Roos", "Esmee", "Femke", "Maud",
  "Jasmijn", "Lieke", "Anouk", "Iris", "Nina", "Amira", "Fatima", "Hanna", "Jade", "Lina", "Vera", "Floor", "Merel",
  "Elif", "Ilse", "Naomi", "Demi", "Romy", "Sophia", "Ayla", "Kiki", "Puck", "Elin",
] as const;

export const BOY_NAMES = [
  "Noah", "Sem", "Liam", "Lucas", "Daan", "Finn", "Levi", "Luuk", "Mees", "James", "Milan", "Sam", "Noud", "Bram",
  "Thijs", "Jesse", "Lars", "Ruben", "Thomas", "Tim", "Stijn", "Max", "Gijs", "Jayden", "Siem", "Teun", "Jens",
  "Julian", "Mohammed", "Adam", "Hugo", "Olivier", "Floris", "Ryan", "Mats", "Sven", "Niels", "Joep", "Koen",
  "Rayan", "Yusuf", "Dex", "Tygo", "Morris", "Boaz", "Jurre", "Owen", "Hidde", "Ilias", "Pim",
] as const;

export const WOMEN_FIRST_NAMES = [
  "Marieke", "Sandra", "Linda", "Monique", "Esther", "Karin", "Petra", "Inge", "Wendy", "Marloes", "Mirjam", "Ingrid",
  "Annemieke", "Judith", "Saskia", "Nadia", "Samira", "Hatice", "Kim", "Ellen",
] as const;

export const MEN_FIRST_NAMES = [
  "Jeroen", "Mark", "Dennis", "Bas", "Erik", "Martijn", "Paul", "Rob", "Sander", "Michiel", "Wouter", "Arjen",
  "Hans", "Marco", "Frank", "Ahmed", "Mustafa", "Vincent", "Robert", "Edwin",
] as const;

export const ADULT_FIRST_NAMES = [...WOMEN_FIRST_NAMES, ...MEN_FIRST_NAMES] as const;

export interface Surname {
  infix: string | null;
  lastName: string;
}

const RAW_SURNAMES = [
  "de Jong", "Jansen", "de Vries", "van den Berg", "van Dijk", "Bakker", "Janssen", "Visser", "Smit", "Meijer",
  "de Boer", "Mulder", "de Groot", "Bos", "Vos", "Peters", "Hendriks", "van Leeuwen", "Dekker", "Brouwer",
  "de Wit", "Dijkstra", "Smits", "de Graaf", "van der Meer", "van der Linden", "Kok", "Jacobs", "de Haan", "Vermeulen",
  "van den Heuvel", "van der Veen", "van den Broek", "de Bruijn", "de Bruin", "van der Heijden", "Schouten", "van Beek",
  "Willems", "van Vliet", "van de Ven", "Hoekstra", "Maas", "Verhoeven", "Koster", "van Dam", "van der Wal", "Prins",
  "Blom", "Huisman", "Peeters", "de Lange", "Kuipers", "van Wijk", "Postma", "Kramer", "van den Bosch", "Veenstra",
  "Yilmaz", "El Amrani", "Kaya", "Bouzid", "Nguyen", "Ramdin", "Öztürk", "Wijaya", "Martens", "Timmermans",
] as const;

const INFIXES = ["van der", "van den", "van de", "van", "de"] as const;

export const SURNAMES: readonly Surname[] = RAW_SURNAMES.map((full) => {
  const infix = INFIXES.find((candidate) => full.startsWith(`${candidate} `));
  return infix ? { infix, lastName: full.slice(infix.length + 1) } : { infix: null, lastName: full };
});

export const CITIES_BY_REGION = {
  NORTH: ["Zwolle", "Alkmaar", "Groningen", "Leeuwarden"],
  MIDDLE: ["Amersfoort", "Utrecht", "Gouda", "Apeldoorn"],
  SOUTH: ["Tilburg", "Breda", "Eindhoven", "Venlo"],
} as const;

/** "Jan van der Berg" */
export function fullName(first: string, surname: Surname): string {
  return [first, surname.infix, surname.lastName].filter(Boolean).join(" ");
}

/** "jan.vanderberg": e-mail local parts without accents or spaces. */
export function emailSlug(...parts: (string | null)[]): string {
  return parts
    .filter((p): p is string => Boolean(p))
    .map((p) => p.normalize("NFD").replace(/[^A-Za-z]/g, "").toLowerCase())
    .join(".");
}
