/** Sizes of a client company, in users: what a review says of its client, and what the forms offer. */
export const CLIENT_SIZES = ['1-10', '11-50', '51-250', '251-1000', '1001+'] as const;
export type ClientSize = (typeof CLIENT_SIZES)[number];
