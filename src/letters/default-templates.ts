import type { LetterKind } from "@/db/generated/prisma/enums";

export interface TTemplateText {
  name: string;
  subject: string;
  body: string;
}

/**
 * The wording every school starts with, created the first time a school
 * uses its letters; the school edits it to its own voice. Calm and factual:
 * what happened, why it matters, what the school will do, whom to contact.
 * The signature (name and function of the sender) is added to every letter.
 */
export const DEFAULT_TEMPLATES: Record<LetterKind, TTemplateText> = {
  ABSENCE_LETTER: {
    name: "Verzuimbrief",
    subject: "Ongeoorloofd verzuim van {{leerling.naam}}",
    body: `{{aanhef}},

Uit onze registratie blijkt dat {{leerling.naam}} (klas {{leerling.klas}}) {{uren}} uur zonder geldige reden afwezig is geweest in de periode {{periode}}.

Regelmatig naar school gaan is belangrijk: wie lessen mist, loopt achterstand op. Daarom willen wij graag met u in gesprek over de reden van deze afwezigheid en over wat er nodig is om verder verzuim te voorkomen. De mentor neemt hiervoor binnenkort contact met u op.

Is er een reden voor de afwezigheid die wij nog niet kennen? Laat het ons dan zo snel mogelijk weten, zodat wij onze registratie kunnen aanpassen.

Scholen zijn wettelijk verplicht ongeoorloofd verzuim van 16 uur of meer binnen vier opeenvolgende lesweken te melden bij DUO, dat de melding doorstuurt naar de leerplichtambtenaar van de gemeente. Wij hopen dat het zover niet hoeft te komen en rekenen daarbij op uw medewerking.`,
  },
  LATE_WARNING: {
    name: "Waarschuwing te laat komen",
    subject: "{{leerling.naam}} komt vaak te laat",
    body: `{{aanhef}},

{{leerling.naam}} (klas {{leerling.klas}}) is dit schooljaar {{aantal_keer_te_laat}} keer zonder geldige reden te laat in de les gekomen.

Te laat komen verstoort de les voor de hele klas, en {{leerling.voornaam}} mist zo telkens een deel van de uitleg. Wij vragen u dit thuis te bespreken en ervoor te zorgen dat {{leerling.voornaam}} voortaan op tijd op school is.

Komt {{leerling.voornaam}} opnieuw te laat, dan nodigen wij u en {{leerling.voornaam}} uit voor een gesprek op school. Blijft het te laat komen daarna doorgaan, dan zijn wij verplicht dit als verzuim te melden bij de leerplichtambtenaar.

Heeft u vragen of wilt u iets toelichten? Neem dan contact op met de mentor.`,
  },
  DUO_NOTIFICATION: {
    name: "Melding verzuim aan ouders en leerling",
    subject: "Melding van het verzuim van {{leerling.naam}}",
    body: `{{aanhef}},

Met deze brief laten wij u weten dat wij op {{melding.datum}} het verzuim van {{leerling.naam}} (klas {{leerling.klas}}) hebben gemeld bij het verzuimloket van DUO. Het gaat om {{melding.soort}} in de periode {{periode}}. Scholen zijn wettelijk verplicht dit verzuim te melden.

DUO stuurt de melding door naar de gemeente waar {{leerling.voornaam}} woont. Een leerplichtambtenaar van de gemeente kan contact met u opnemen om te bespreken wat er aan de hand is en wat er nodig is zodat {{leerling.voornaam}} weer regelmatig naar school gaat.

Ook wij blijven graag met u in gesprek. Wilt u een afspraak maken of heeft u vragen over deze melding? Neem dan contact op met de mentor of de verzuimcoördinator.`,
  },
  LEAVE_DECISION: {
    name: "Besluit op een verlofaanvraag",
    subject: "Besluit op uw verlofaanvraag voor {{leerling.naam}}",
    body: `{{aanhef}},

U heeft verlof aangevraagd voor {{leerling.naam}} (klas {{leerling.klas}}): {{verlof.soort}}, {{verlof.periode}} ({{verlof.schooldagen}} schooldagen). Als reden gaf u op: {{verlof.reden}}

Wij hebben uw aanvraag {{verlof.besluit}}.

Toelichting: {{verlof.toelichting}}

Is het verlof toegekend, dan is {{leerling.voornaam}} in deze periode met verlof en hoeft u {{leerling.voornaam}} niet ziek of afwezig te melden. Is het verlof afgewezen en blijft {{leerling.voornaam}} toch weg, dan is dat ongeoorloofd verzuim. De school is dan wettelijk verplicht dit te melden bij de leerplichtambtenaar, die een proces-verbaal kan opmaken.

Bent u het niet eens met dit besluit? Dan kunt u binnen zes weken na de datum van deze brief schriftelijk bezwaar maken bij de directeur van de school (Algemene wet bestuursrecht, artikel 6:7). Vermeld in uw bezwaarschrift uw naam en adres, de datum, dit besluit en waarom u het er niet mee eens bent, en onderteken het. Bij spoed kunt u daarnaast de voorzieningenrechter van de rechtbank vragen om een voorlopige voorziening.`,
  },
  LEAVE_REFERRAL: {
    name: "Verlofaanvraag naar de leerplichtambtenaar",
    subject: "Verlofaanvraag van meer dan 10 schooldagen voor {{leerling.naam}}",
    body: `Geachte leerplichtambtenaar,

Voor {{leerling.naam}} (geboren {{leerling.geboortedatum}}, klas {{leerling.klas}}) is verlof aangevraagd wegens {{verlof.soort}}, {{verlof.periode}}. Dat zijn {{verlof.schooldagen}} schooldagen. Omdat het om meer dan 10 schooldagen gaat, beslist u over deze aanvraag (Leerplichtwet 1969, artikel 14 lid 3).

De reden die de aanvrager opgaf: {{verlof.reden}}

Het advies van de school: {{verlof.toelichting}}

Wij ontvangen uw besluit graag, zodat wij het kunnen vastleggen en de ouders/verzorgers kunnen informeren.`,
  },
};
