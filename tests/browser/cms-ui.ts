/** What an editor does in the admin app, for the tests that drive it. */
import type { Browser, Page } from 'playwright-core';

/** Opens the admin app at `origin`, logged in through the local backend; collects console errors. */
export async function openAdminAt(
  browser: Browser,
  origin: string,
  hash = '',
): Promise<{ page: Page; errors: string[] }> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (message) => {
    const where = message.location().url;
    // The backend answers 404 when asked for the draft of an entry that has none: Decap's protocol, not a failure.
    const noDraft = where.endsWith('/api/v1') && message.text().includes('404');
    if (message.type() === 'error' && !noDraft) errors.push(`${message.text()} ${where}`);
  });
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('dialog', (dialog) => void dialog.accept());
  await page.goto(`${origin}/admin/`);
  await page.getByRole('button', { name: 'Login' }).click();
  await page.getByRole('heading', { name: 'Collections' }).waitFor();
  if (hash) await page.goto(`${origin}/admin/#${hash}`);
  return { page, errors };
}

/**
 * A field of a translated entry in English or Russian. Decap shows the two
 * languages side by side, English first; a field that is not words exists in
 * the Russian pane too, hidden.
 */
export const inEnglish = (page: Page, label: string) => page.getByLabel(label, { exact: true }).first();
export const inRussian = (page: Page, label: string) => page.getByLabel(label, { exact: true }).nth(1);

/** Picks an entry in a relation field by its label. */
export async function choose(page: Page, label: string, option: string): Promise<void> {
  await page.getByLabel(label, { exact: true }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

/** Saves the entry, then moves it through review to ready and publishes it. */
export async function saveAndPublish(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Save' }).click();
  await page.getByText('Entry saved').waitFor();
  for (const status of ['In review', 'Ready']) {
    await page.getByRole('button', { name: /^(Status|Set status)/ }).click();
    await page.getByRole('menuitem', { name: status }).click();
    // The status shows once it is saved; the notice of the previous step may still be on screen.
    await page.getByRole('button', { name: `Status: ${status}` }).waitFor();
  }
  await page.getByRole('button', { name: 'Publish', exact: true }).click();
  await page.getByRole('menuitem', { name: 'Publish now' }).click();
  await page.getByText('Entry published').waitFor();
}

/** Fills the fields every new partner needs, picking one entry in each relation. */
export async function fillNewPartner(
  page: Page,
  partner: { name: string; tier: string; type: string; summary: string; verified: string },
): Promise<void> {
  await page.getByLabel('Name', { exact: true }).fill(partner.name);
  await choose(page, 'Tier', partner.tier);
  await choose(page, 'Types', partner.type);
  await choose(page, 'Regions', 'Siberia');
  await choose(page, 'Services', 'Mail migration');
  await choose(page, 'Languages', 'Russian');
  await page.getByLabel('Summary', { exact: true }).fill(partner.summary);
  await page.getByLabel('Verified', { exact: true }).fill(partner.verified);
  await page.getByRole('button', { name: 'Add office' }).click();
  await choose(page, 'City', 'Novosibirsk');
  await choose(page, 'Client sizes (users)', '11–50 users');
}

/**
 * Slugs in the order Decap's list sorts the entries by name: as JavaScript compares strings (lodash's `orderBy`),
 * not by a collator.
 */
export const inDecapNameOrder = (entries: readonly { slug: string; name: string }[]): string[] =>
  [...entries].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)).map((entry) => entry.slug);

/** Picks `item` from one of the list's view menus ("Sort by", "Filter by", "Group by") and closes the menu. */
export async function pickView(page: Page, menu: string, item: string): Promise<void> {
  await page.getByText(menu, { exact: true }).click();
  await page.getByRole('menuitem', { name: item }).click();
  await page.keyboard.press('Escape');
}
