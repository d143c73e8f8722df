import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getResources, getSettings } from '../../../content';
import { catalogue } from '../../../lib/i18n/catalogue';
import { localePath, pageLocale } from '../../../lib/i18n/locales';
import { everyLocale } from '../../../lib/i18n/routes';

export const getStaticPaths = everyLocale;

/** What is new in the enablement library, newest first: one feed per language, at /resources/rss.xml and /ru/resources/rss.xml. */
export const GET: APIRoute = async ({ site, currentLocale }) => {
  const locale = pageLocale(currentLocale);
  const t = catalogue(locale).library;
  const [resources, settings] = await Promise.all([getResources(locale), getSettings(locale)]);
  return rss({
    title: t.feed.title(settings.siteName),
    description: t.feed.description,
    site: site ?? 'https://partners.polynya.example',
    customData: `<language>${locale}</language>`,
    items: resources.map(({ id, data }) => ({
      title: data.title,
      description: data.summary,
      link: localePath(locale, `/resources/${id}/`),
      pubDate: data.updated ?? data.published,
      categories: [t.types[data.type], ...data.topics.map((topic) => topic.id)],
    })),
  });
};
