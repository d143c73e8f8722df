export const tiers = {};
