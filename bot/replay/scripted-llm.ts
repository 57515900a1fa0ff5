import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A scenario's scripted language-model answers: the first entry whose `match` is in the message answers it. */
export interface ScriptedAnswer {
  match: string;
  /** The model's message: an object is sent as JSON, a string as it is (a bad answer). */
  answer: string | Record<string, unknown>;
}

/**
 * A local OpenAI-compatible endpoint (POST /v1/chat/completions) that answers from a scenario's
 * script, so a replay of a meeting that uses the optional language model needs no account and
 * gives the same answers every time. The model is the edge; this stands in for it.
 */
export async function startScriptedLlm(script: readonly ScriptedAnswer[]): Promise<{ url: string; asked: string[]; close: () => Promise<void> }> {
  const asked: string[] = [];
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      let message = '';
      try {
        const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { messages?: { content?: string }[] };
        message = (JSON.parse(body.messages?.at(-1)?.content ?? '{}') as { message?: string }).message ?? '';
      } catch {
        /* an unreadable request gets the "none" answer */
      }
      asked.push(message);
      const hit = script.find((s) => message.includes(s.match));
      const content = hit ? (typeof hit.answer === 'string' ? hit.answer : JSON.stringify(hit.answer)) : '{"kind":"none","reason":"not scripted"}';
      res.statusCode = 200;
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify({ object: 'chat.completion', choices: [{ index: 0, message: { role: 'assistant', content }, finish_reason: 'stop' }] }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`,
    asked,
    close: () => new Promise<void>((resolve) => { server.closeAllConnections(); server.close(() => resolve()); }),
  };
}
