/**
 * npm run package — builds the Teams app package (manifest/build/app-package.zip) from
 * manifest/manifest.json with the app ID and the bot's address filled from the environment
 * (MICROSOFT_APP_ID, PUBLIC_BASE_URL), validated against the official schema first.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { zipSync } from 'fflate';
import { AppManifestUtils } from '@microsoft/app-manifest';

export interface PackageOptions {
  appId: string;
  baseUrl: string;
  version?: string;
  outFile?: string;
}

const ROOT = path.resolve(import.meta.dirname, '..');
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export async function buildAppPackage(options: PackageOptions): Promise<{ file: string; manifest: Record<string, unknown> }> {
  if (!GUID.test(options.appId)) throw new Error(`MICROSOFT_APP_ID must be the bot's application (client) id, a GUID (got "${options.appId}")`);
  const base = new URL(options.baseUrl);
  if (base.protocol !== 'https:') throw new Error(`PUBLIC_BASE_URL must be the https address Teams reaches the bot at (got "${options.baseUrl}")`);
  const template = JSON.parse(readFileSync(path.join(ROOT, 'manifest/manifest.json'), 'utf8')) as Record<string, any>;
  const manifest = {
    ...template,
    id: options.appId,
    ...(options.version ? { version: options.version } : {}),
    bots: template.bots.map((b: Record<string, unknown>) => ({ ...b, botId: options.appId })),
    validDomains: [base.host],
    webApplicationInfo: { id: options.appId, resource: `api://${base.host}/${options.appId}` },
  };
  const errors = await AppManifestUtils.validateAgainstSchema(manifest as never);
  if (errors.length) throw new Error(`the manifest does not validate:\n${errors.join('\n')}`);
  const zip = zipSync({
    'manifest.json': new TextEncoder().encode(`${JSON.stringify(manifest, null, 2)}\n`),
    'color.png': readFileSync(path.join(ROOT, 'manifest/color.png')),
    'outline.png': readFileSync(path.join(ROOT, 'manifest/outline.png')),
  });
  const file = options.outFile ?? path.join(ROOT, 'manifest/build/app-package.zip');
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, zip);
  return { file, manifest };
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  const appId = process.env.MICROSOFT_APP_ID ?? '';
  const baseUrl = process.env.PUBLIC_BASE_URL ?? '';
  buildAppPackage({ appId, baseUrl, ...(process.env.APP_VERSION ? { version: process.env.APP_VERSION } : {}) }).then(
    ({ file }) => console.log(`Teams app package: ${path.relative(process.cwd(), file)} (upload it in Teams admin center or Teams > Apps > Manage your apps > Upload an app)`),
    (error: Error) => {
      console.error(error.message);
      process.exit(1);
    },
  );
}
