/** How the minutes refer to the body: "the Board", "the Partnership", "the Commission". */
export function bodyNoun(body: string | undefined): string {
  const words = (body ?? '').replace(/[^A-Za-z ]/g, ' ').trim().split(/\s+/).reverse();
  for (const w of words) {
    const lower = w.toLowerCase();
    const noun = NOUNS[lower];
    if (noun) return noun;
  }
  return 'Board';
}

const NOUNS: Record<string, string> = {
  board: 'Board', partnership: 'Partnership', commission: 'Commission', committee: 'Committee', panel: 'Panel',
  group: 'Group', csp: 'Partnership', forum: 'Forum', council: 'Council', cabinet: 'Cabinet', executive: 'Executive',
  jag: 'Group', pcsp: 'Partnership', network: 'Network',
};
