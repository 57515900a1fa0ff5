/** Kinds of interest as councils' codes of conduct name them. A closed vocabulary. */
export const INTEREST_CATEGORIES = [
  { code: 'disclosable-pecuniary', label: 'Disclosable pecuniary interest' },
  { code: 'other-registrable', label: 'Other registrable interest' },
  { code: 'non-registrable', label: 'Non-registrable interest' },
  { code: 'personal', label: 'Personal / non-pecuniary interest' },
  { code: 'openness', label: 'In the interests of openness and transparency' },
] as const;

export type InterestCategory = (typeof INTEREST_CATEGORIES)[number]['code'];
