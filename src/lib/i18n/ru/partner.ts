import type { Catalogue } from '../catalogue';

export const partner: Catalogue['partner'] = {};
