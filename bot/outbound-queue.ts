/**
 * Sends to one conversation go out one at a time, at most `perSecond` in any second (Teams
 * throttles a bot at about 7 messages a second per conversation), and a send refused with 429 or
 * a 5xx is tried again after the connector's Retry-After, or else an exponential back-off. While a
 * conversation waits out a Retry-After, nothing else is sent to it. Other conversations are not
 * held up.
 */
export interface OutboundOptions {
  perSecond: number;
  /** Tries per send, the first included. */
  attempts: number;
  /** First back-off when the connector gives no Retry-After; doubles each time. */
  backoffMs: number;
  /** Longest single wait, whatever Retry-After says. */
  maxWaitMs: number;
}

const SWEEP_AT = 1000;

export const DEFAULT_OUTBOUND: OutboundOptions = { perSecond: 6, attempts: 5, backoffMs: 500, maxWaitMs: 30_000 };

interface Lane {
  tail: Promise<unknown>;
  pending: number;
  sentAt: number[];
  blockedUntil: number;
}

export class OutboundQueue {
  private readonly lanes = new Map<string, Lane>();

  constructor(
    private readonly options: OutboundOptions = DEFAULT_OUTBOUND,
    private readonly sleep: (ms: number) => Promise<void> = (ms) => new Promise((r) => setTimeout(r, ms)),
    private readonly now: () => number = Date.now,
  ) {}

  /** Runs `send` when its conversation's turn comes; resolves or rejects with the send's result. */
  run<T>(conversationId: string, send: () => Promise<T>): Promise<T> {
    if (this.lanes.size >= SWEEP_AT) this.sweep();
    const lane = this.lanes.get(conversationId) ?? { tail: Promise.resolve(), pending: 0, sentAt: [], blockedUntil: 0 };
    this.lanes.set(conversationId, lane);
    lane.pending++;
    const result = lane.tail.then(() => this.attempt(lane, send)).finally(() => lane.pending--);
    lane.tail = result.catch(() => undefined);
    return result;
  }

  /** Forgets conversations with nothing queued, nothing sent in the last second and no wait to honour. */
  private sweep(): void {
    const now = this.now();
    for (const [id, lane] of this.lanes) {
      if (lane.pending === 0 && lane.blockedUntil <= now && lane.sentAt.every((t) => t <= now - 1000)) this.lanes.delete(id);
    }
  }

  private async attempt<T>(lane: Lane, send: () => Promise<T>): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      await this.waitForRoom(lane);
      lane.sentAt.push(this.now());
      try {
        return await send();
      } catch (error) {
        const status = statusOf(error);
        const retriable = status === 429 || (status !== undefined && status >= 500) || isNetworkError(error);
        if (!retriable || attempt >= this.options.attempts) throw error;
        const wait = Math.min(this.options.maxWaitMs, retryAfterMs(error, this.now()) ?? this.options.backoffMs * 2 ** (attempt - 1));
        lane.blockedUntil = Math.max(lane.blockedUntil, this.now() + wait);
      }
    }
  }

  private async waitForRoom(lane: Lane): Promise<void> {
    for (;;) {
      const now = this.now();
      lane.sentAt = lane.sentAt.filter((t) => t > now - 1000);
      const untilBlockEnds = lane.blockedUntil - now;
      const untilWindowFrees = lane.sentAt.length >= this.options.perSecond ? lane.sentAt[0]! + 1000 - now : 0;
      const wait = Math.max(untilBlockEnds, untilWindowFrees);
      if (wait <= 0) return;
      await this.sleep(wait);
    }
  }
}

/** The HTTP status of a failed send, as botframework-connector (Azure core) reports it. */
function statusOf(error: unknown): number | undefined {
  const e = error as { statusCode?: unknown; status?: unknown; response?: { status?: unknown } } | undefined;
  const status = e?.statusCode ?? e?.status ?? e?.response?.status;
  return typeof status === 'number' ? status : undefined;
}

function isNetworkError(error: unknown): boolean {
  const code = (error as { code?: unknown } | undefined)?.code;
  return code === 'ECONNRESET' || code === 'ECONNREFUSED' || code === 'ETIMEDOUT' || code === 'EPIPE';
}

/** Retry-After in milliseconds: seconds, or an HTTP date. */
export function retryAfterMs(error: unknown, now: number): number | undefined {
  const headers = (error as { response?: { headers?: { get?: (name: string) => string | undefined | null } | Record<string, unknown> } } | undefined)?.response?.headers;
  if (!headers) return undefined;
  const raw = typeof (headers as { get?: unknown }).get === 'function'
    ? (headers as { get: (name: string) => string | undefined | null }).get('retry-after')
    : ((headers as Record<string, unknown>)['retry-after'] as string | undefined);
  if (!raw) return undefined;
  const seconds = Number(raw);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(raw);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}
