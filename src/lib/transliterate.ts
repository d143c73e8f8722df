/**
 * Cyrillic in Latin letters, by a fixed table close to the one Russian
 * businesses use for their Latin names and web addresses (Новосибирск →
 * novosibirsk, Хабаровск → khabarovsk), with the letters of Kazakh, Uzbek,
 * Tatar and Belarusian names. Lower-case letters only: callers fold case first.
 */
const LATIN: Record<string, string> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  д: 'd',
  е: 'e',
  ж: 'zh',
  з: 'z',
  и: 'i',
  й: 'y',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  х: 'kh',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'shch',
  ъ: '',
  ы: 'y',
  ь: '',
  э: 'e',
  ю: 'yu',
  я: 'ya',
  // Kazakh, Uzbek, Tatar and Belarusian letters partners' names may hold.
  і: 'i',
  ў: 'u',
  қ: 'k',
  ғ: 'g',
  ң: 'n',
  ө: 'o',
  ұ: 'u',
  ү: 'u',
  һ: 'h',
  ә: 'a',
  җ: 'zh',
};

/** A lower-case text with its Cyrillic letters in Latin; every other character stays. */
export function transliterate(text: string): string {
  let latin = '';
  for (const letter of text) latin += LATIN[letter] ?? letter;
  return latin;
}
