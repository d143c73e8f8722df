export const partner = {};
