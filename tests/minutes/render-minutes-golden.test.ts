import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { SAMPLE_MINUTES } from '../../src/minutes/minutes-model.sample';
import { renderMinutesHtml } from '../../src/minutes/render/render-minutes-html';
import { renderMinutesMarkdown } from '../../src/minutes/render/render-minutes-markdown';

/**
 * The sample minutes rendered to Markdown and HTML must match the checked-in golden files exactly.
 * After an intended change, look at the new output and rewrite them with UPDATE_GOLDEN=1.
 */
const golden = (name: string) => fileURLToPath(new URL(`./golden/${name}`, import.meta.url));

function expectGolden(name: string, actual: string) {
  if (process.env.UPDATE_GOLDEN === '1') writeFileSync(golden(name), actual);
  expect(actual).toBe(readFileSync(golden(name), 'utf8'));
}

describe('golden renderings of SAMPLE_MINUTES', () => {
  it('Markdown matches golden/sample.md', () => {
    expectGolden('sample.md', renderMinutesMarkdown(SAMPLE_MINUTES));
  });

  it('HTML matches golden/sample.html', () => {
    expectGolden('sample.html', renderMinutesHtml(SAMPLE_MINUTES));
  });

  it('renders the same input to the same output every time', () => {
    expect(renderMinutesMarkdown(SAMPLE_MINUTES)).toBe(renderMinutesMarkdown(structuredClone(SAMPLE_MINUTES)));
    expect(renderMinutesHtml(SAMPLE_MINUTES)).toBe(renderMinutesHtml(structuredClone(SAMPLE_MINUTES)));
  });
});
