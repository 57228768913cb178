import type { Cast } from './cast';
import { KINDS } from './entity-stats';
import { MARKER } from './entity-marks';
import type { Rng } from './rng';

/**
 * French and Spanish have no corpus in ../shared: a tiny hand-written phrase model (subject,
 * verb, object, time, attribution) gives them prose that language detection and the tokenizer
 * treat as such. Written for this generator; entity slots are the same markers as in English.
 */
interface PhraseBook {
  subjects: string[];
  verbs: string[];
  objects: string[];
  times: string[];
  tails: string[];
  /** Entity subjects: a person, an organisation, a country's government. */
  slots: [person: string, organization: string, country: string];
}

const BOOKS: Record<'fr' | 'es', PhraseBook> = {
  fr: {
    subjects: [
      'Le gouvernement',
      'La banque centrale',
      'Le ministre des finances',
      'Le syndicat',
      'La commission',
      'Un analyste',
      'La direction',
      'Le porte-parole',
      'La préfecture',
      'Le conseil municipal',
    ],
    verbs: [
      'a annoncé',
      'a confirmé',
      'a démenti',
      'prévoit',
      'a présenté',
      'a critiqué',
      'soutient',
      'a rejeté',
      'examine',
      'a signé',
    ],
    objects: [
      'un nouveau plan de relance',
      'la réforme des retraites',
      "une hausse des taux d'intérêt",
      'un accord commercial',
      'la baisse des exportations',
      "le budget de l'année prochaine",
      'une enquête sur la corruption',
      'la fermeture de deux usines',
      "un programme d'investissement",
      'les résultats du trimestre',
    ],
    times: [
      'mardi',
      'lundi',
      'mercredi soir',
      'jeudi',
      'vendredi matin',
      'ce week-end',
      'la semaine dernière',
      'en début de mois',
      'hier',
      'dimanche',
    ],
    tails: [
      'selon un communiqué',
      'selon des sources proches du dossier',
      "malgré les critiques de l'opposition",
      'après plusieurs semaines de négociations',
    ],
    slots: [MARKER.person, MARKER.organization, `Le gouvernement de ${MARKER.country}`],
  },
  es: {
    subjects: [
      'El gobierno',
      'El banco central',
      'El ministro de economía',
      'El sindicato',
      'La comisión',
      'Un analista',
      'La dirección',
      'El portavoz',
      'La fiscalía',
      'El ayuntamiento',
    ],
    verbs: [
      'anunció',
      'confirmó',
      'desmintió',
      'prevé',
      'presentó',
      'criticó',
      'apoya',
      'rechazó',
      'estudia',
      'firmó',
    ],
    objects: [
      'un nuevo plan de estímulo',
      'la reforma de las pensiones',
      'una subida de los tipos de interés',
      'un acuerdo comercial',
      'la caída de las exportaciones',
      'el presupuesto del próximo año',
      'una investigación sobre corrupción',
      'el cierre de dos fábricas',
      'un programa de inversiones',
      'los resultados del trimestre',
    ],
    times: [
      'el martes',
      'el lunes',
      'el miércoles por la noche',
      'el jueves',
      'el viernes por la mañana',
      'este fin de semana',
      'la semana pasada',
      'a principios de mes',
      'ayer',
      'el domingo',
    ],
    tails: [
      'según un comunicado',
      'según fuentes cercanas a las negociaciones',
      'pese a las críticas de la oposición',
      'tras varias semanas de negociaciones',
    ],
    slots: [MARKER.person, MARKER.organization, `El gobierno de ${MARKER.country}`],
  },
};

function sentence(book: PhraseBook, subject: string, rng: Rng): string {
  const tail = rng.next() < 0.5 ? `, ${rng.pick(book.tails)}` : '';
  return `${subject} ${rng.pick(book.verbs)} ${rng.pick(book.objects)} ${rng.pick(book.times)}${tail}.`;
}

/** A title and a body of about `target` words, one sentence per cast member first. */
export function romanceArticle(language: 'fr' | 'es', cast: Cast, target: number, rng: Rng) {
  const book = BOOKS[language];
  const sentences: string[] = [];
  const slotOf = { person: book.slots[0], organization: book.slots[1], country: book.slots[2] };
  for (const kind of KINDS)
    for (let i = 0; i < cast[kind].length; i++) sentences.push(sentence(book, slotOf[kind], rng));
  let words = sentences.join(' ').split(' ').length;
  while (words < target) {
    const s = sentence(book, rng.pick(book.subjects), rng);
    sentences.splice(rng.int(sentences.length + 1), 0, s);
    words += s.split(' ').length;
  }
  const paragraphs: string[] = [];
  for (let i = 0; i < sentences.length; i += 3)
    paragraphs.push(sentences.slice(i, i + 3).join(' '));
  const lead = cast.person.length
    ? book.slots[0]
    : cast.organization.length
      ? book.slots[1]
      : rng.pick(book.subjects);
  const title = `${lead} ${rng.pick(book.verbs)} ${rng.pick(book.objects)}`;
  return { title, body: paragraphs.join('\n\n') };
}
