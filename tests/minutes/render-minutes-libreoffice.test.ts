import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { SAMPLE_MINUTES } from '../../src/minutes/minutes-model.sample';
import { renderMinutesDocx } from '../../src/minutes/render/render-minutes-docx';

/**
 * The Word document opens in a real word processor: LibreOffice converts it to PDF and poppler
 * draws page 1 as a PNG to look at (tests/output/minutes/sample-page1.png).
 * Needs the Debian packages libreoffice-writer, poppler-utils and fonts-liberation (Arial's metrics).
 * Skipped only when SKIP_LIBREOFFICE=1.
 */
const OUT = fileURLToPath(new URL('../output/minutes/', import.meta.url));

function which(...names: string[]): string | undefined {
  for (const name of names) {
    const found = spawnSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' });
    if (found.status === 0 && found.stdout.trim()) return found.stdout.trim();
  }
  return undefined;
}

describe.skipIf(process.env.SKIP_LIBREOFFICE === '1')('renderMinutesDocx in LibreOffice', () => {
  it('converts to a PDF of at least one page and renders page 1 to PNG', { timeout: 180_000 }, async () => {
    const office = which('libreoffice', 'soffice');
    const pdftoppm = which('pdftoppm');
    expect(office, 'LibreOffice is not installed: apt-get install -y libreoffice-writer (or set SKIP_LIBREOFFICE=1)').toBeDefined();
    expect(pdftoppm, 'pdftoppm is not installed: apt-get install -y poppler-utils (or set SKIP_LIBREOFFICE=1)').toBeDefined();

    mkdirSync(OUT, { recursive: true });
    const docx = join(OUT, 'sample.docx');
    const pdf = join(OUT, 'sample.pdf');
    const png = join(OUT, 'sample-page1.png');
    for (const file of [pdf, png]) rmSync(file, { force: true });
    writeFileSync(docx, await renderMinutesDocx(SAMPLE_MINUTES));

    // A private profile, so a running LibreOffice or another test run cannot lock this one out.
    const profile = mkdtempSync(join(tmpdir(), 'minutes-lo-profile-'));
    try {
      const started = Date.now();
      execFileSync(office!, [`-env:UserInstallation=${pathToFileURL(profile).href}`, '--headless', '--convert-to', 'pdf', '--outdir', OUT, docx], { stdio: 'pipe', timeout: 150_000 });
      console.info(`LibreOffice converted sample.docx to PDF in ${Date.now() - started} ms`);
    } finally {
      rmSync(profile, { recursive: true, force: true });
    }

    expect(existsSync(pdf)).toBe(true);
    const pdfBytes = readFileSync(pdf);
    expect(pdfBytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const pages = pageCount(pdf, pdfBytes);
    expect(pages).toBeGreaterThanOrEqual(1);

    execFileSync(pdftoppm!, ['-png', '-r', '80', '-f', '1', '-l', '1', '-singlefile', pdf, join(OUT, 'sample-page1')], { stdio: 'pipe', timeout: 60_000 });
    expect(existsSync(png)).toBe(true);
    const header = readFileSync(png).subarray(0, 8);
    expect(header.equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))).toBe(true);
    expect(statSync(png).size).toBeGreaterThan(10_000);
  });
});

/** Pages from pdfinfo (poppler-utils, installed with pdftoppm), else by counting page objects. */
function pageCount(pdf: string, bytes: Buffer): number {
  const info = which('pdfinfo') ? spawnSync('pdfinfo', [pdf], { encoding: 'utf8' }) : undefined;
  const fromInfo = /^Pages:\s+(\d+)/m.exec(info?.stdout ?? '')?.[1];
  if (fromInfo) return Number(fromInfo);
  return (bytes.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).length;
}
