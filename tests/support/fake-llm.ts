import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One scripted answer of the fake endpoint: the chat message content, or a failure. */
export type FakeAnswer = { content: string; delayMs?: number } | { status: number } | { hangMs: number } | { rawBody: string };

export interface FakeLlm {
  url: string;
  /** Every request body received, parsed. */
  requests: { model?: string; messages: { role: string; content: string }[]; headers: IncomingMessage['headers'] }[];
  /** Answers given in order; the last one repeats. */
  answers: FakeAnswer[];
  close(): Promise<void>;
}

/**
 * A local OpenAI-compatible endpoint (POST /v1/chat/completions) for tests: the language model
 * is an edge we do not run, so it is faked here, at the HTTP boundary, and nowhere else.
 */
export async function startFakeLlm(answers: FakeAnswer[] = []): Promise<FakeLlm> {
  const fake: FakeLlm = { url: '', requests: [], answers, close: async () => undefined };
  let n = 0;
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      if (req.method !== 'POST' || req.url !== '/v1/chat/completions') {
        res.statusCode = 404;
        res.end();
        return;
      }
      const body = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}') as { model?: string; messages: { role: string; content: string }[] };
      fake.requests.push({ ...body, headers: req.headers });
      const answer = fake.answers[Math.min(n++, fake.answers.length - 1)] ?? { content: '{"kind":"none"}' };
      const reply = (status: number, body: string) => {
        res.statusCode = status;
        res.setHeader('content-type', 'application/json');
        res.end(body);
      };
      const send = () => {
        if ('status' in answer) return reply(answer.status, '{"error":{"message":"boom"}}');
        if ('rawBody' in answer) return reply(200, answer.rawBody);
        if ('hangMs' in answer) return;
        reply(200, JSON.stringify({ id: 'x', object: 'chat.completion', choices: [{ index: 0, message: { role: 'assistant', content: answer.content }, finish_reason: 'stop' }] }));
      };
      const delay = 'delayMs' in answer ? (answer.delayMs ?? 0) : 'hangMs' in answer ? answer.hangMs : 0;
      if ('hangMs' in answer) setTimeout(() => res.destroy(), answer.hangMs).unref();
      else setTimeout(send, delay);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  fake.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`;
  fake.close = () => new Promise<void>((resolve) => { server.closeAllConnections(); server.close(() => resolve()); });
  return fake;
}
