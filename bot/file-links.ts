import { randomBytes } from 'node:crypto';
import type { KeyValue } from '../src/store/store-port';
import { FILE_KINDS, PUBLIC_FILE_KINDS, type FileKind } from '../src/minutes/meeting-files';

/** A download link's grant: one meeting, one kind of file. Stored under an unguessable token with an expiry. */
export interface FileGrant {
  conversationId: string;
  kind: FileKind;
}

/** How long download links work. */
const LINK_TTL_MS = 30 * 24 * 60 * 60 * 1000;

/**
 * Fresh links (192-bit random tokens) to a meeting's files: the published ones unless `kinds`
 * says otherwise (the confidential annex is granted only for the clerk's own card).
 */
export async function grantFileLinks(values: KeyValue, conversationId: string, baseUrl: string, ttlMs = LINK_TTL_MS, kinds: readonly FileKind[] = PUBLIC_FILE_KINDS): Promise<Partial<Record<FileKind, string>> & Record<(typeof PUBLIC_FILE_KINDS)[number], string>> {
  const links = {} as Partial<Record<FileKind, string>> & Record<(typeof PUBLIC_FILE_KINDS)[number], string>;
  for (const kind of kinds.filter((k) => FILE_KINDS.includes(k))) {
    const token = randomBytes(24).toString('base64url');
    await values.set<FileGrant>(`file:${token}`, { conversationId, kind }, ttlMs);
    links[kind] = `${baseUrl.replace(/\/+$/, '')}/files/${token}/${kind}`;
  }
  return links;
}

export async function lookUpGrant(values: KeyValue, token: string, name: string): Promise<FileGrant | undefined> {
  if (!/^[A-Za-z0-9_-]{32}$/.test(token)) return undefined;
  const grant = await values.get<FileGrant>(`file:${token}`);
  return grant && grant.kind === name ? grant : undefined;
}
