import type { LlmSettings } from '../src/config/load-config';
import { proposalRequest, readProposal, type ProposalResult } from '../src/llm/capture-proposal';
import type { Meeting, UnplacedMessage } from '../src/meeting/meeting-types';

/**
 * Asks an OpenAI-compatible endpoint (POST <LLM_URL>/chat/completions) what an unplaced message
 * records. What leaves the machine: the message, who sent it, the roster's names and roles, the
 * agenda's item numbers and titles, and the body's name. A slow, failing or malformed answer is
 * a reason the clerk sees, never an exception and never a capture.
 */
export async function askForProposal(llm: LlmSettings, meeting: Meeting, u: UnplacedMessage): Promise<ProposalResult> {
  const url = /\/chat\/completions\/?$/.test(llm.url) ? llm.url : `${llm.url.replace(/\/+$/, '')}/chat/completions`;
  let res: Response;
  try {
    res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(llm.apiKey ? { authorization: `Bearer ${llm.apiKey}` } : {}) },
      body: JSON.stringify({ model: llm.model, temperature: 0, response_format: { type: 'json_object' }, messages: proposalRequest(meeting, u) }),
      signal: AbortSignal.timeout(llm.timeoutMs),
    });
  } catch (error) {
    const name = (error as Error).name;
    return { ok: false, reason: name === 'TimeoutError' || name === 'AbortError' ? `it did not answer within ${Math.round(llm.timeoutMs / 100) / 10} s` : 'it could not be reached' };
  }
  if (!res.ok) {
    await res.arrayBuffer().catch(() => undefined);
    return { ok: false, reason: `it answered with an error (HTTP ${res.status})` };
  }
  let body: unknown;
  try {
    body = await res.json();
  } catch {
    return { ok: false, reason: 'its answer was not JSON' };
  }
  const content = (body as { choices?: { message?: { content?: unknown } }[] })?.choices?.[0]?.message?.content;
  if (typeof content !== 'string') return { ok: false, reason: 'its answer had no message' };
  return readProposal(meeting, u, content);
}
