import type { Catalogue } from '../catalogue';

export const apply: Catalogue['apply'] = {};
