/**
 * Writes N valid synthetic partner profiles, the same ones for the same seed:
 *
 *   npm run generate:partners -- --count 10000 --seed 1 --out /tmp/partners
 *
 * with their clients' reviews in /tmp/partners/reviews/. Then
 * `PARTNERS_DIR=/tmp/partners npm run build` builds the site with them.
 * Ids of tiers, regions, services and so on are read from content/, so the
 * files pass the build's reference checks.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { parse, stringify } from 'yaml';
import { DEFAULT_LOCALE } from '../src/lib/i18n/locales.ts';
import { slugify } from '../src/lib/slug.ts';

export interface Taxonomies {
  /** Labels of regions, services and industries by id, in each language, for the profiles' sentences. */
  labelsEn: Record<string, string>;
  labelsRu: Record<string, string>;
  /** The gazetteer: each city's id, region and name in either language. */
  cities: { id: string; region: string; en: string; ru: string }[];
  /** The client sizes of site settings, smallest first. */
  clientSizes: string[];
  tiers: string[];
  types: string[];
  regions: string[];
  services: string[];
  industries: string[];
  languages: string[];
}

export interface GeneratedPartner {
  slug: string;
  data: Record<string, unknown>;
  body: string;
}

/** Small, fast, seedable PRNG (mulberry32): the same seed gives the same partners everywhere. */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FIRST = [
  'Baikal',
  'Volga',
  'Sever',
  'Ural',
  'Amur',
  'Neva',
  'Taiga',
  'Altai',
  'Sibir',
  'Kama',
  'Onega',
  'Ladoga',
  'Pechora',
  'Yenisei',
  'Irtysh',
  'Tobol',
  'Selenga',
  'Vyatka',
  'Angara',
  'Lena',
  'Kolyma',
  'Khibiny',
  'Sayan',
  'Belukha',
  'Elbrus',
  'Kazbek',
  'Aragats',
  'Tengri',
  'Issyk',
  'Zeravshan',
  'Polesie',
  'Narach',
  'Svir',
  'Mezen',
  'Vetluga',
  'Sura',
  'Khoper',
  'Don',
  'Kuban',
  'Terek',
  'Samur',
  'Ob',
  'Ishim',
  'Biya',
  'Katun',
  'Chulym',
  'Tom',
  'Shilka',
  'Argun',
  'Zeya',
  'Bureya',
  'Ussuri',
  'Anadyr',
  'Indigirka',
  'Yana',
  'Olenyok',
  'Khatanga',
  'Taimyr',
  'Putorana',
  'Vilyuy',
  'Aldan',
  'Maya',
  'Uda',
  'Oka',
  'Desna',
  'Seim',
  'Vorskla',
  'Belaya',
  'Chusovaya',
];
const SECOND = [
  'Data',
  'Cloud',
  'Mail',
  'Soft',
  'Tech',
  'Net',
  'Logic',
  'Code',
  'Byte',
  'Link',
  'Grid',
  'Line',
  'Point',
  'Wave',
  'Core',
  'Stream',
  'Bridge',
  'Path',
  'Signal',
  'Vector',
  'Matrix',
  'Pixel',
  'Orbit',
  'Quantum',
  'Nova',
  'Prime',
  'Delta',
  'Sigma',
  'Alpha',
  'Omega',
  'Vertex',
  'Axis',
  'Focus',
  'Pulse',
  'Spark',
  'Atlas',
  'Compass',
  'Harbor',
];
const THIRD = [
  'Systems',
  'Solutions',
  'Consulting',
  'Integration',
  'Partners',
  'Lab',
  'Service',
  'IT',
  'Digital',
  'Office',
  'Group',
  'Works',
  'Studio',
  'Telecom',
  'Networks',
  'Support',
  'Technologies',
  'Bureau',
  'Center',
  'Team',
  'Engineering',
  'Infrastructure',
  'Associates',
  'Collective',
  'Foundry',
  'Crew',
  'Guild',
];
/** Names of partners that write in Russian, in Cyrillic. */
const FIRST_RU = [
  'Байкал',
  'Волга',
  'Север',
  'Урал',
  'Амур',
  'Нева',
  'Тайга',
  'Алтай',
  'Сибирь',
  'Кама',
  'Онега',
  'Ладога',
  'Печора',
  'Енисей',
  'Иртыш',
  'Тобол',
  'Селенга',
  'Вятка',
  'Ангара',
  'Лена',
  'Колыма',
  'Хибины',
  'Саяны',
  'Белуха',
  'Эльбрус',
  'Казбек',
  'Обь',
  'Ишим',
  'Бия',
  'Катунь',
  'Томь',
  'Шилка',
  'Зея',
  'Бурея',
  'Уссури',
  'Анадырь',
  'Индигирка',
  'Яна',
  'Таймыр',
  'Вилюй',
  'Алдан',
  'Ока',
  'Десна',
  'Белая',
  'Чусовая',
  'Свирь',
  'Мезень',
  'Ветлуга',
  'Сура',
  'Хопёр',
  'Дон',
  'Кубань',
  'Терек',
];
const SECOND_RU = [
  'Дата',
  'Облако',
  'Почта',
  'Софт',
  'Тех',
  'Нет',
  'Логик',
  'Код',
  'Байт',
  'Линк',
  'Лайн',
  'Волна',
  'Стрим',
  'Мост',
  'Сигнал',
  'Вектор',
  'Пиксель',
  'Орбита',
  'Квант',
  'Прайм',
  'Дельта',
  'Сигма',
  'Альфа',
  'Атлас',
  'Компас',
  'Гавань',
  'Искра',
  'Пульс',
  'Фокус',
  'Ось',
];
const THIRD_RU = [
  'Системы',
  'Решения',
  'Консалтинг',
  'Интеграция',
  'Партнёр',
  'Лаб',
  'Сервис',
  'ИТ',
  'Диджитал',
  'Офис',
  'Групп',
  'Студия',
  'Телеком',
  'Сети',
  'Технологии',
  'Бюро',
  'Центр',
  'Команда',
  'Инжиниринг',
  'Проект',
  'Альянс',
  'Мастерская',
  'Инфраструктура',
  'Эксперт',
  'Платформа',
  'Артель',
  'Цех',
];
/**
 * How often a city of the gazetteer is a partner's headquarters, against 1 for the others: partners gather where
 * the companies are.
 */
const CITY_WEIGHTS: Record<string, number> = {
  moscow: 14,
  'saint-petersburg': 7,
  novosibirsk: 3,
  yekaterinburg: 3,
  kazan: 3,
  'nizhny-novgorod': 2,
  krasnodar: 2,
  almaty: 2,
  minsk: 2,
  tashkent: 2,
};

/** Street names for the generated addresses, as each language writes them. */
const STREETS = {
  en: ['Lenin St', 'Mira Ave', 'Sovetskaya St', 'Gagarin St', 'Pushkin St', 'Naberezhnaya St', 'Central Ave'],
  ru: ['ул. Ленина', 'пр. Мира', 'ул. Советская', 'ул. Гагарина', 'ул. Пушкина', 'Набережная ул.', 'Центральный пр.'],
} as const;

/** Smallest projects partners state, in the site currency; 0 for none. */
const MIN_PROJECTS = [0, 0, 0, 30_000, 50_000, 100_000, 150_000, 300_000, 500_000, 1_000_000, 2_000_000];

const OPENINGS = [
  'helps {industry} companies in {city} move to Polynya Cloud',
  'runs {service} projects for {industry} clients across {region}',
  'looks after mail and collaboration for small businesses in {city}',
  'is a {city} team that brings {industry} firms onto Polynya Suite',
  'supports offices across {region}',
];
const CLOSINGS = [
  'with {service} and {service2}.',
  'from first audit to {service2}.',
  'and stays on for {service2} afterwards.',
  'in Russian and English, with {service2} on request.',
  'and keeps a help desk open on weekdays.',
];

/** Russian sentences name the city as «г. Казань» and labels in quotes, so no word needs declining. */
const OPENINGS_RU = [
  '— интегратор из г. {city}: переводим компании отрасли «{industry}» на Polynya Cloud',
  '— ведём проекты «{service}» для клиентов в регионе «{region}»',
  '— сопровождаем почту и совместную работу малого бизнеса, г. {city}',
  '— команда из г. {city}, переводим компании отрасли «{industry}» на Polynya Suite',
  '— поддерживаем офисы в регионе «{region}»: {service}',
];
const CLOSINGS_RU = [
  'Также {service2}.',
  'От первого аудита до этапа «{service2}».',
  'После запуска остаёмся на поддержке: {service2}.',
  'Работаем на русском и английском, {service2} по запросу.',
  'Служба поддержки работает по будням.',
];

const pick = <T>(next: () => number, list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;

function pickSome<T>(next: () => number, list: readonly T[], min: number, max: number): T[] {
  const count = Math.min(list.length, min + Math.floor(next() * (max - min + 1)));
  const chosen = new Set<T>();
  while (chosen.size < count) chosen.add(pick(next, list));
  return [...chosen];
}

const label = (id: string) => id.replace(/-/g, ' ');

const NAME_LISTS = {
  en: [FIRST, SECOND, THIRD],
  ru: [FIRST_RU, SECOND_RU, THIRD_RU],
} as const;
const combinations = (lists: readonly (readonly string[])[]) => lists.reduce((total, list) => total * list.length, 1);

/**
 * Distinct company names with the language each partner writes in: a shuffled
 * walk over every combination of the three word lists of either language. A
 * Russian name whose slug is an English name's («Кама Атлас ИТ» and "Kama
 * Atlas IT") is left out, so every partner has a file of its own; up to 90 %
 * of the combinations are drawn, beyond which drawing would mostly miss.
 */
function names(count: number, next: () => number): { name: string; writtenIn: 'en' | 'ru' }[] {
  const inEnglish = combinations(NAME_LISTS.en);
  const total = inEnglish + combinations(NAME_LISTS.ru);
  const most = Math.floor(total * 0.9);
  if (count > most) throw new Error(`At most ${most} distinct names can be generated`);
  const seen = new Set<number>();
  const slugs = new Set<string>();
  const result: { name: string; writtenIn: 'en' | 'ru' }[] = [];
  while (result.length < count) {
    const n = Math.floor(next() * total);
    if (seen.has(n)) continue;
    seen.add(n);
    const writtenIn = n < inEnglish ? 'en' : 'ru';
    const [first, second, third] = NAME_LISTS[writtenIn];
    const i = writtenIn === 'en' ? n : n - inEnglish;
    const words = [
      first[i % first.length],
      second[Math.floor(i / first.length) % second.length],
      third[Math.floor(i / (first.length * second.length))],
    ];
    const name = words.join(' ');
    const slug = slugify(name);
    if (slugs.has(slug)) continue;
    slugs.add(slug);
    result.push({ name, writtenIn });
  }
  return result;
}

/** A text cut to at most `max` characters at a word boundary. */
function fitWords(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  return `${cut.slice(0, cut.lastIndexOf(' '))}…`;
}

/** A label as it reads inside a Russian sentence: lower case, unless it starts with an acronym (ИТ, CRM). */
const inSentence = (label: string) =>
  /^\p{Lu}\p{Lu}/u.test(label) ? label : label.charAt(0).toLowerCase() + label.slice(1);

export function generatePartners(
  count: number,
  seed: number,
  taxonomies: Taxonomies,
  today = new Date(),
): GeneratedPartner[] {
  const next = random(seed);
  const todayMs = Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate());
  const weighted = taxonomies.cities.flatMap((city) => Array.from({ length: CITY_WEIGHTS[city.id] ?? 1 }, () => city));
  return names(count, next).map(({ name, writtenIn }) => {
    const russian = writtenIn === 'ru';
    const headquarters = pick(next, weighted);
    const city = headquarters[writtenIn];
    // The headquarters' region first, then up to two more.
    const regions = [headquarters.region, ...pickSome(next, taxonomies.regions, 0, 2)].filter(
      (id, i, all) => all.indexOf(id) === i,
    );
    // About a third have more offices, in the cities of their regions.
    const nearby = taxonomies.cities.filter((other) => regions.includes(other.region) && other !== headquarters);
    const branches = next() < 0.35 && nearby.length > 0 ? pickSome(next, nearby, 1, 4) : [];
    const street = (language: 'en' | 'ru') => `${pick(next, STREETS[language])} ${1 + Math.floor(next() * 120)}`;
    const offices = [headquarters, ...branches].map((office, at) => ({
      city: office.id,
      ...(at === 0 && next() < 0.5 ? { address: street(writtenIn) } : {}),
    }));
    const smallest = Math.floor(next() * taxonomies.clientSizes.length);
    const clientSizes = taxonomies.clientSizes.slice(smallest, smallest + 1 + Math.floor(next() * 3));
    const minProject = pick(next, MIN_PROJECTS);
    const services = pickSome(next, taxonomies.services, 1, 4);
    const industries = pickSome(next, taxonomies.industries, 0, 3);
    // Services and industries are common nouns inside a Russian sentence; regions are names and keep their capitals.
    const labels = russian ? taxonomies.labelsRu : taxonomies.labelsEn;
    const word = (id: string) => inSentence(labels[id] ?? label(id));
    const place = (id: string) => labels[id] ?? label(id);
    const fill = (template: string) =>
      template
        .replace('{industry}', industries[0] ? word(industries[0]) : russian ? 'разные' : 'growing')
        .replace('{city}', city)
        .replace('{region}', regions[0] ? place(regions[0]) : 'the region')
        .replace('{service}', services[0] ? word(services[0]) : 'implementation')
        .replace('{service2}', word(services[1] ?? services[0] ?? 'support'));
    const [openings, closings] = russian ? [OPENINGS_RU, CLOSINGS_RU] : [OPENINGS, CLOSINGS];
    const summary = fitWords(
      `${name} ${fill(pick(next, openings))}${russian ? '. ' : ' '}${fill(pick(next, closings))}`,
      200,
    );
    // Most profiles verified within the last year, about one in six older than that.
    const ageDays = Math.floor(next() < 0.84 ? next() * 360 : 370 + next() * 500);
    const domain = slugify(name);
    const data: Record<string, unknown> = {
      name,
      tier: pick(next, taxonomies.tiers),
      types: pickSome(next, taxonomies.types, 1, 2),
      regions,
      services,
      languages: ['russian', ...pickSome(next, taxonomies.languages, 0, 2)].filter(
        (id, i, all) => all.indexOf(id) === i && taxonomies.languages.includes(id),
      ),
      summary,
      ...(russian ? { writtenIn } : {}),
      verified: new Date(todayMs - ageDays * 86_400_000).toISOString().slice(0, 10),
      offices,
      ...(next() < 0.2 ? { remote: true } : {}),
      ...(next() < 0.12 ? { acceptingClients: false } : {}),
      clientSizes,
      ...(minProject > 0 ? { minProject } : {}),
    };
    if (industries.length > 0) data.industries = industries;
    if (next() < 0.8) data.website = `https://${domain}.example`;
    if (next() < 0.6) data.email = `hello@${domain}.example`;
    if (next() < 0.5)
      data.phone = `+7 ${900 + Math.floor(next() * 99)} ${100 + Math.floor(next() * 899)}-${10 + Math.floor(next() * 89)}-${10 + Math.floor(next() * 89)}`;
    if (next() < 0.6) data.certifiedStaff = Math.floor(next() * 12);
    if (next() < 0.7) data.since = 2016 + Math.floor(next() * (today.getUTCFullYear() - 2016 + 1));
    const body = russian
      ? `${name} работает с клиентами в г. ${city} и в регионах: ${regions.map(place).join(', ')}. Услуги: ${services.map(word).join(', ')}.`
      : `${name} works with clients in ${city} and ${regions.map(place).join(', ')}. The team offers ${services.map(word).join(', ')}.`;
    return { slug: domain, data, body };
  });
}

export interface GeneratedReview {
  /** File name without extension, under reviews/. */
  id: string;
  data: Record<string, unknown>;
}

const REVIEW_WORDS = {
  en: {
    titles: {
      5: ['Smooth move, no lost mail', 'Weekend cut-over, quiet Monday', 'They knew our setup better than we did'],
      4: ['Good work, a few loose ends', 'Solid migration, slow first week', 'Reliable and patient'],
      3: ['Done in the end, late', 'Fine once we chased them'],
      2: ['Missed the agreed date', 'Answers took days'],
      1: ['Had to finish it ourselves'],
    },
    texts: {
      5: 'They moved {mailboxes} mailboxes over one weekend and our staff noticed nothing on Monday. {service} was planned step by step, and every question got an answer the same day.',
      4: 'The {service} went well overall: {mailboxes} mailboxes moved without losing mail. A couple of shared calendars needed fixing in the first week, which they did once we asked.',
      3: 'They finished the {service}, but two weeks later than promised, and we had to remind them about the shared mailboxes twice.',
      2: 'The cut-over date slipped twice and answers took days. The {service} works now, but it cost us more of our own time than planned.',
      1: 'After the first stage we heard nothing for a month. Our own administrator finished the {service} with the vendor’s support team.',
    },
    response:
      'Thank you for the frank review. We have since put a named project lead on every migration and confirm the cut-over date in writing a week ahead.',
    people: ['Irina Volkova', 'Pavel Orlov', 'Anna Kim', 'Dmitry Belov', 'Olga Sharipova', 'Timur Aliev'],
    roles: ['IT manager', 'Office manager', 'Chief financial officer', 'Owner', 'Head of operations'],
    companies: ['Angara Freight', 'North Pier Logistics', 'Cedar Yard Hotels', 'Steppe Grain Traders', 'Polar Bakery'],
  },
  ru: {
    titles: {
      5: ['Переезд без потерь', 'Перенесли почту за выходные', 'Знают своё дело'],
      4: ['Хорошо, но с мелкими недочётами', 'Надёжно, хотя первая неделя была сложной', 'Терпеливые и аккуратные'],
      3: ['Сделали, но с опозданием', 'Пришлось напоминать'],
      2: ['Сорвали согласованный срок', 'Ответов приходилось ждать днями'],
      1: ['Доделывали сами'],
    },
    texts: {
      5: 'Перенесли {mailboxes} почтовых ящиков за одни выходные, в понедельник сотрудники ничего не заметили. {service} спланировали по шагам, на вопросы отвечали в тот же день.',
      4: '{service} в целом прошла хорошо: {mailboxes} ящиков перенесли без потери писем. Пару общих календарей пришлось поправить в первую неделю, сделали сразу после нашей просьбы.',
      3: '{service} закончили, но на две недели позже обещанного, и про общие ящики пришлось напоминать дважды.',
      2: 'Дату переключения дважды переносили, ответов ждали по нескольку дней. Сейчас всё работает, но своего времени мы потратили больше, чем планировали.',
      1: 'После первого этапа месяц не было никаких новостей. {service} наш администратор заканчивал сам вместе с поддержкой вендора.',
    },
    response:
      'Спасибо за честный отзыв. Теперь у каждого проекта миграции есть ответственный руководитель, а дату переключения мы письменно подтверждаем за неделю.',
    people: ['Ирина Волкова', 'Павел Орлов', 'Анна Ким', 'Дмитрий Белов', 'Ольга Шарипова', 'Тимур Алиев'],
    roles: ['ИТ-менеджер', 'Офис-менеджер', 'Финансовый директор', 'Владелец', 'Системный администратор'],
    companies: [
      'Ангара Логистик',
      'Кедровый двор',
      'Северная пекарня',
      'Степной элеватор',
      'Тобольская мебельная фабрика',
    ],
  },
} as const;

/** One realistic typo in the longest word of a name: a dropped, doubled, swapped or replaced letter. */
export function withTypo(name: string, next: () => number): string {
  const words = name.split(' ');
  const longest = words.reduce((best, word, i) => (word.length > (words[best]?.length ?? 0) ? i : best), 0);
  const word = words[longest] ?? '';
  const at = 1 + Math.floor(next() * (word.length - 2));
  const kind = Math.floor(next() * 4);
  const letters = [...word];
  if (kind === 0) letters.splice(at, 1);
  else if (kind === 1) letters.splice(at, 0, letters[at] ?? '');
  else if (kind === 2) [letters[at], letters[at + 1]] = [letters[at + 1] ?? '', letters[at] ?? ''];
  else if (/[а-яё]/i.test(letters[at] ?? '')) letters[at] = letters[at] === 'е' ? 'а' : 'е';
  else letters[at] = letters[at] === 'e' ? 'a' : 'e';
  words[longest] = letters.join('');
  return words.join(' ');
}

/**
 * Reviews of generated partners, uneven as in life: about half have none, a
 * few have many; mostly four and five stars, some critical ones with the
 * partner's response; one in ten not verified yet. Each review is in its
 * partner's language. A separate random stream, so adding reviews leaves the
 * partners as they were.
 */
export function generateReviews(
  partners: readonly GeneratedPartner[],
  seed: number,
  taxonomies: Taxonomies,
  today = new Date(),
): GeneratedReview[] {
  const next = random(seed ^ 0x5eed);
  const todayMs = Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate());
  const day = (daysAgo: number) => new Date(todayMs - daysAgo * 86_400_000).toISOString().slice(0, 10);
  const reviews: GeneratedReview[] = [];
  for (const partner of partners) {
    if (next() < 0.5) continue;
    const count = Math.min(15, 1 + Math.floor(-Math.log(1 - next()) * 2.5));
    // Some partners are better than others: a per-partner lean shifts its ratings.
    const lean = next() < 0.15 ? -1.2 : next() * 0.6;
    const language = partner.data.writtenIn === 'ru' ? 'ru' : 'en';
    const words = REVIEW_WORDS[language];
    const services = (partner.data.services as string[] | undefined) ?? [];
    for (let n = 0; n < count; n += 1) {
      const roll = next() + lean * 0.25;
      const rating = roll > 0.5 ? 5 : roll > 0.2 ? 4 : roll > 0.1 ? 3 : roll > 0.04 ? 2 : 1;
      const service = pick(next, services.length > 0 ? services : taxonomies.services);
      const serviceWord = language === 'ru' ? (taxonomies.labelsRu[service] ?? label(service)) : label(service);
      const ended = 20 + Math.floor(next() * 700);
      const text = words.texts[rating as 1 | 2 | 3 | 4 | 5]
        .replace('{mailboxes}', String(10 + Math.floor(next() * 400)))
        .replace('{service}', serviceWord.charAt(0).toUpperCase() + serviceWord.slice(1));
      reviews.push({
        id: `${partner.slug}-${n + 1}`,
        data: {
          partner: partner.slug,
          rating,
          title: pick(next, words.titles[rating as 1 | 2 | 3 | 4 | 5]),
          text,
          reviewerName: pick(next, words.people),
          reviewerRole: pick(next, words.roles),
          company: pick(next, words.companies),
          companySize: pick(next, taxonomies.clientSizes),
          services: [service],
          projectEnded: day(ended),
          published: day(Math.max(0, ended - 5 - Math.floor(next() * 40))),
          verified: next() < 0.9,
          ...(rating <= 3 || next() < 0.1 ? { response: words.response } : {}),
          ...(language === 'ru' ? { writtenIn: 'ru' } : {}),
        },
      });
    }
  }
  return reviews;
}

/** Partners as Markdown files in `dir`, their reviews as YAML files in `dir`/reviews/, as the build reads them. */
export function writePartners(dir: string, partners: readonly GeneratedPartner[], reviews: readonly GeneratedReview[]) {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'reviews'), { recursive: true });
  for (const partner of partners) writeFileSync(join(dir, `${partner.slug}.md`), toMarkdown(partner));
  for (const review of reviews) writeFileSync(join(dir, 'reviews', `${review.id}.yaml`), stringify(review.data));
}

export function toMarkdown(partner: GeneratedPartner): string {
  return `---\n${stringify(partner.data)}---\n${partner.body}\n`;
}

export function readTaxonomies(root = 'content'): Taxonomies {
  const ids = (folder: string) =>
    readdirSync(join(root, folder, DEFAULT_LOCALE))
      .filter((file) => /\.(md|ya?ml)$/.test(file))
      .map((file) => file.replace(/\.(md|ya?ml)$/, ''))
      .sort();
  const read = (folder: string, language: string, id: string) =>
    parse(readFileSync(join(root, folder, language, `${id}.yaml`), 'utf8')) as Record<string, unknown>;
  const labelsIn = (language: string) =>
    Object.fromEntries(
      ['regions', 'services', 'industries'].flatMap((folder) =>
        ids(folder).map((id) => [id, String(read(folder, language, id).label)]),
      ),
    );
  const cities = ids('cities').map((id) => {
    const city = read('cities', DEFAULT_LOCALE, id);
    return { id, region: String(city.region), en: String(city.name), ru: String(read('cities', 'ru', id).name) };
  });
  const settings = parse(readFileSync(join(root, 'settings', DEFAULT_LOCALE, 'site.yaml'), 'utf8')) as {
    clientSizes: { id: string }[];
  };
  return {
    clientSizes: settings.clientSizes.map((size) => size.id),
    labelsEn: labelsIn(DEFAULT_LOCALE),
    labelsRu: labelsIn('ru'),
    cities,
    tiers: ids('tiers'),
    types: ids('partner-types'),
    regions: ids('regions'),
    services: ids('services'),
    industries: ids('industries'),
    languages: ids('languages'),
  };
}

function main(): void {
  const { values } = parseArgs({
    options: {
      count: { type: 'string', default: '1000' },
      seed: { type: 'string', default: '1' },
      out: { type: 'string' },
    },
  });
  const count = Number(values.count);
  const seed = Number(values.seed);
  if (!Number.isInteger(count) || count < 1) throw new Error('--count must be a whole number of at least 1');
  if (!Number.isInteger(seed)) throw new Error('--seed must be a whole number');
  if (!values.out) throw new Error('--out DIR is required');
  const taxonomies = readTaxonomies();
  const partners = generatePartners(count, seed, taxonomies);
  const reviews = generateReviews(partners, seed, taxonomies);
  writePartners(values.out, partners, reviews);
  console.log(`Wrote ${count} partners and ${reviews.length} reviews to ${values.out} (seed ${seed})`);
}

if (import.meta.url === `file://${process.argv[1]}`) main();
