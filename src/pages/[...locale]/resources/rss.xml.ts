import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getResources, getSettings } from '../../../content';
import { resourceTypeLabels } from '../../../schemas/resource';
import { pageLocale } from '../../../lib/i18n/locales';
import { everyLocale } from '../../../lib/i18n/routes';

export const getStaticPaths = everyLocale;

/** What is new in the enablement library, newest first. */
export const GET: APIRoute = async ({ site, currentLocale }) => {
  const locale = pageLocale(currentLocale);
  const [resources, settings] = await Promise.all([getResources(locale), getSettings(locale)]);
  return rss({
    title: `${settings.siteName}: enablement library`,
    description:
      'New and updated sales playbooks, training, certification guides, marketing kits and price lists for partners.',
    site: site ?? 'https://partners.polynya.example',
    items: resources.map(({ id, data }) => ({
      title: data.title,
      description: data.summary,
      link: `/resources/${id}/`,
      pubDate: data.updated ?? data.published,
      categories: [resourceTypeLabels[data.type], ...data.topics.map((topic) => topic.id)],
    })),
  });
};
