import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { AppManifestUtils } from '@microsoft/app-manifest';

const manifest = JSON.parse(readFileSync(new URL('../../manifest/manifest.json', import.meta.url), 'utf8'));

function pngSize(file: string): { width: number; height: number; colourType: number } {
  const png = readFileSync(new URL(`../../manifest/${file}`, import.meta.url));
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20), colourType: png[25]! };
}

describe('Teams app manifest', () => {
  it('validates against the official schema of its version (bundled, offline)', async () => {
    const errors = await AppManifestUtils.validateAgainstSchema(manifest);
    expect(errors).toEqual([]);
  });

  it('is at schema 1.17 or later with the bot in personal, group chat and team scopes', () => {
    const [major, minor] = String(manifest.manifestVersion).split('.').map(Number);
    expect(major === 1 && minor! >= 17).toBe(true);
    expect(manifest.bots[0].scopes).toEqual(['personal', 'groupChat', 'team']);
  });

  it('asks for resource-specific consent to read the meeting chat and its events', () => {
    const names = manifest.authorization.permissions.resourceSpecific.map((p: { name: string }) => p.name);
    expect(names).toEqual(expect.arrayContaining(['ChatMessage.Read.Chat', 'OnlineMeeting.ReadBasic.Chat', 'OnlineMeetingParticipant.Read.Chat', 'ChannelMeeting.ReadBasic.Group']));
  });

  it('ships icons of the required sizes: colour 192x192, outline 32x32 with transparency', () => {
    expect(pngSize('color.png')).toMatchObject({ width: 192, height: 192 });
    expect(pngSize('outline.png')).toEqual({ width: 32, height: 32, colourType: 6 });
  });

  it('fails validation when a required field is broken (the check can fail)', async () => {
    const broken = { ...manifest, bots: [{ ...manifest.bots[0], scopes: ['groupchat'] }] };
    expect((await AppManifestUtils.validateAgainstSchema(broken)).length).toBeGreaterThan(0);
  });
});
