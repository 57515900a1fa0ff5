/**
 * Corrections and withdrawals typed in the chat, as clerks make them:
 *   "Correction: RESOLVED: ...", "*RESOLVED: ...", "Sorry, typo – ACTION: ..." (re-send: the new
 *   text replaces the sender's last capture of that kind), and
 *   "Please withdraw that last resolution – wrong item", "scrap that last action" (withdraw).
 */
export type CorrectionIntent =
  | { kind: 'resend'; text: string }
  | { kind: 'withdraw-last'; what: 'decision' | 'note' | 'action' | 'any' };

const RESEND = /^(?:\*\s*|(?:correction|corrected|amended|amendment|typo|sorry,?\s*typo|sorry\s*[-–—]\s*typo|sorry,?\s+correction)\s*[:\-–—]\s*)(?=\S)/i;

const WITHDRAW = /^(?:please\s+)?(?:withdraw|delete|remove|scrap|ignore|disregard|cancel|strike)\s+(?:that|the|my)?\s*(?:last|previous)?\s*(resolution|decision|action|note|point|one|message|capture)?\b/i;

export function recogniseCorrection(text: string): CorrectionIntent | undefined {
  const t = text.trim();
  const resend = RESEND.exec(t);
  if (resend) {
    const rest = t.slice(resend[0].length).trim();
    return rest ? { kind: 'resend', text: rest } : undefined;
  }
  const withdraw = WITHDRAW.exec(t);
  if (withdraw && /\b(last|previous|that)\b/i.test(t.slice(0, 80)) && !/\bapolog/i.test(t)) {
    const word = (withdraw[1] ?? '').toLowerCase();
    const what = word === 'resolution' || word === 'decision' ? 'decision' : word === 'action' ? 'action' : word === 'note' || word === 'point' ? 'note' : 'any';
    return { kind: 'withdraw-last', what };
  }
  return undefined;
}
