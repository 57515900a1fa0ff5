import { describe, expect, it } from 'vitest';
import { htmlToText } from '../../src/text/html-to-text';

describe('htmlToText', () => {
  it.each([
    ['<p>RESOLVED: That the report be noted.</p>', 'RESOLVED: That the report be noted.'],
    ['<p>AGREED</p><p>1. That the CSP Terms of Reference be amended.</p><p>2. That delegated authority be given.</p>', 'AGREED\n1. That the CSP Terms of Reference be amended.\n2. That delegated authority be given.'],
    ['<div>line one<br>line two<br/>line three</div>', 'line one\nline two\nline three'],
    ['<at>Minutes</at>&nbsp;show agenda', 'Minutes show agenda'],
    ['Fish &amp; chips &lt;3 &#163;5 &#x1F600;', 'Fish & chips <3 £5 😀'],
    ['plain text, no markup', 'plain text, no markup'],
    ['<ul><li>first</li><li>second</li></ul>', '- first\n- second'],
    ['&bogus; &#0; &#99999999;', '&bogus; &#0; &#99999999;'],
    ['  \r\n  spaced \r\n\r\n\r\n\r\n out  ', 'spaced\n\nout'],
  ])('%j -> %j', (html, text) => {
    expect(htmlToText(html)).toBe(text);
  });

  it('keeps an e-mail address typed in angle brackets', () => {
    expect(htmlToText('officer: Rik Basra <rik.basra@example.org>')).toBe('officer: Rik Basra <rik.basra@example.org>');
    expect(htmlToText('<p>Rik Basra &lt;rik.basra@example.org&gt;</p>')).toBe('Rik Basra <rik.basra@example.org>');
  });

  it('keeps a lone < that is not a tag', () => {
    expect(htmlToText('crime down < 5%')).toBe('crime down < 5%');
  });
});
