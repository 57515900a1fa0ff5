import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { AppManifestUtils } from '@microsoft/app-manifest';
import { buildAppPackage } from '../../scripts/package-app';

const APP_ID = '3f2504e0-4f89-41d3-9a0c-0305e82c3301';

describe('npm run package', () => {
  it('zips a manifest with the app id and bot address filled in, that validates, with both icons', async () => {
    const outFile = path.join(mkdtempSync(path.join(tmpdir(), 'pmb-pkg-')), 'app.zip');
    await buildAppPackage({ appId: APP_ID, baseUrl: 'https://minutes.example.org', version: '1.2.3', outFile });
    const files = unzipSync(new Uint8Array(readFileSync(outFile)));
    expect(Object.keys(files).sort()).toEqual(['color.png', 'manifest.json', 'outline.png']);
    const manifest = JSON.parse(new TextDecoder().decode(files['manifest.json']));
    expect(manifest).toMatchObject({ id: APP_ID, version: '1.2.3', validDomains: ['minutes.example.org'], webApplicationInfo: { id: APP_ID } });
    expect(manifest.bots[0].botId).toBe(APP_ID);
    expect(await AppManifestUtils.validateAgainstSchema(manifest)).toEqual([]);
  });

  it('refuses a missing app id or a non-https address, saying which', async () => {
    await expect(buildAppPackage({ appId: '', baseUrl: 'https://x.example.org' })).rejects.toThrow(/MICROSOFT_APP_ID must be/);
    await expect(buildAppPackage({ appId: APP_ID, baseUrl: 'http://x.example.org' })).rejects.toThrow(/PUBLIC_BASE_URL must be the https address/);
  });
});
