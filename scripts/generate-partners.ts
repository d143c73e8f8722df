/**
 * Writes N valid synthetic partner profiles, the same ones for the same seed:
 *
 *   npm run generate:partners -- --count 10000 --seed 1 --out /tmp/partners
 *
 * Then `PARTNERS_DIR=/tmp/partners npm run build` builds the site with them.
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
  /** Russian labels of regions, services and industries by id, for the profiles written in Russian. */
  labelsRu: Record<string, string>;
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
];
const CITIES = [
  'Moscow',
  'Saint Petersburg',
  'Novosibirsk',
  'Yekaterinburg',
  'Kazan',
  'Nizhny Novgorod',
  'Samara',
  'Krasnoyarsk',
  'Vladivostok',
  'Krasnodar',
  'Rostov-on-Don',
  'Perm',
  'Tomsk',
  'Irkutsk',
  'Khabarovsk',
  'Omsk',
  'Ufa',
  'Voronezh',
  'Kaliningrad',
  'Murmansk',
  'Almaty',
  'Astana',
  'Minsk',
  'Tashkent',
  'Yerevan',
  'Bishkek',
  'Tbilisi',
  'Tyumen',
  'Barnaul',
  'Yaroslavl',
  'Tula',
  'Chelyabinsk',
  'Volgograd',
  'Saratov',
  'Izhevsk',
  'Kemerovo',
  'Surgut',
  'Sochi',
];
/** The same cities as Russian-writing partners name them, in the same order. */
const CITIES_RU = [
  'Москва',
  'Санкт-Петербург',
  'Новосибирск',
  'Екатеринбург',
  'Казань',
  'Нижний Новгород',
  'Самара',
  'Красноярск',
  'Владивосток',
  'Краснодар',
  'Ростов-на-Дону',
  'Пермь',
  'Томск',
  'Иркутск',
  'Хабаровск',
  'Омск',
  'Уфа',
  'Воронеж',
  'Калининград',
  'Мурманск',
  'Алматы',
  'Астана',
  'Минск',
  'Ташкент',
  'Ереван',
  'Бишкек',
  'Тбилиси',
  'Тюмень',
  'Барнаул',
  'Ярославль',
  'Тула',
  'Челябинск',
  'Волгоград',
  'Саратов',
  'Ижевск',
  'Кемерово',
  'Сургут',
  'Сочи',
];
const OPENINGS = [
  'helps {industry} companies in {city} move to Polynya Cloud',
  'runs {service} projects for {industry} clients across {region}',
  'looks after mail and collaboration for small businesses in {city}',
  'is a {city} team that brings {industry} firms onto Polynya Suite',
  'supports offices across {region} with {service}',
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
 * walk over every combination of the three word lists of either language.
 */
function names(count: number, next: () => number): { name: string; writtenIn: 'en' | 'ru' }[] {
  const inEnglish = combinations(NAME_LISTS.en);
  const total = inEnglish + combinations(NAME_LISTS.ru);
  if (count > total) throw new Error(`At most ${total} distinct names can be generated`);
  const seen = new Set<number>();
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
    result.push({ name: words.join(' '), writtenIn });
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
  return names(count, next).map(({ name, writtenIn }) => {
    const cityIndex = Math.floor(next() * CITIES.length);
    const russian = writtenIn === 'ru';
    const city = (russian ? CITIES_RU : CITIES)[cityIndex] as string;
    const regions = pickSome(next, taxonomies.regions, 1, 3);
    const services = pickSome(next, taxonomies.services, 1, 4);
    const industries = pickSome(next, taxonomies.industries, 0, 3);
    // Services and industries are common nouns inside a Russian sentence; regions are names and keep their capitals.
    const word = (id: string) => (russian ? inSentence(taxonomies.labelsRu[id] ?? label(id)) : label(id));
    const place = (id: string) => (russian ? (taxonomies.labelsRu[id] ?? label(id)) : label(id));
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
      city,
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
      : `${name} works with clients in ${city} and ${regions.map(label).join(', ')}. The team offers ${services.map(label).join(', ')}.`;
    return { slug: domain, data, body };
  });
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
  const labelsRu = Object.fromEntries(
    ['regions', 'services', 'industries'].flatMap((folder) =>
      ids(folder).map((id) => {
        const { label } = parse(readFileSync(join(root, folder, 'ru', `${id}.yaml`), 'utf8')) as { label: string };
        return [id, label];
      }),
    ),
  );
  return {
    labelsRu,
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
  rmSync(values.out, { recursive: true, force: true });
  mkdirSync(values.out, { recursive: true });
  for (const partner of generatePartners(count, seed, readTaxonomies())) {
    writeFileSync(join(values.out, `${partner.slug}.md`), toMarkdown(partner));
  }
  console.log(`Wrote ${count} partners to ${values.out} (seed ${seed})`);
}

if (import.meta.url === `file://${process.argv[1]}`) main();
