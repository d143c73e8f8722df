import type { Catalogue } from '../catalogue';

export const faq: Catalogue['faq'] = {};
