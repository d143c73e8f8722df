import type { Catalogue } from '../catalogue';

export const tiers: Catalogue['tiers'] = {};
