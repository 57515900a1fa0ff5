import { describe, expect, it } from 'vitest';
import { escapeHtml } from '../../src/minutes/render/escape-html';
import { escapeMarkdown, escapeMarkdownTableCell } from '../../src/minutes/render/escape-markdown';
import { lowerRoman, partLabel } from '../../src/minutes/render/minutes-text';
import { stripControlChars } from '../../src/minutes/render/strip-control-chars';
import { xmlProblems } from './support/xml-well-formed';

describe('stripControlChars', () => {
  it('removes what XML 1.0 forbids and keeps tab, newline, emoji and RTL text', () => {
    expect(stripControlChars('a\u0000b\u0001c\u0008d\u000be\u000cf\u001fg\u007fh\uFFFEi\uFFFFj')).toBe('abcdefghij');
    expect(stripControlChars('tab\tnew\nline')).toBe('tab\tnew\nline');
    expect(stripControlChars('crlf\r\nand\rcr')).toBe('crlf\nand\ncr');
    expect(stripControlChars('😀 مرحبا שלום')).toBe('😀 مرحبا שלום');
  });

  it('drops unpaired surrogates but keeps pairs', () => {
    expect(stripControlChars('a\uD83Db\uDE00c\uD83D\uDE00')).toBe('abc😀');
  });

  it('leaves nothing the XML checker rejects', () => {
    const all = Array.from({ length: 0x80 }, (_, i) => String.fromCharCode(i)).join('');
    const text = stripControlChars(all).replace(/[&<>]/g, '');
    expect(xmlProblems(`<t>${text}</t>`)).toEqual([]);
    expect(xmlProblems(`<t>${all.replace(/[&<>]/g, '')}</t>`)).not.toEqual([]);
  });
});

describe('escapeHtml', () => {
  it('escapes & < > " \' and strips control characters', () => {
    expect(escapeHtml(`<a href="x" title='y'>&amp;\u0000</a>`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;amp;&lt;/a&gt;');
  });
});

describe('escapeMarkdown', () => {
  it.each([
    ['**bold** _it_ `code` ~~s~~', '\\*\\*bold\\*\\* \\_it\\_ \\`code\\` \\~\\~s\\~\\~'],
    ['[link](http://evil) ![img](x)', '\\[link\\](http\\://evil) !\\[img\\](x)'],
    ['<b>&amp;</b>', '&lt;b&gt;&amp;amp;&lt;/b&gt;'],
    ['back\\slash', 'back\\\\slash'],
    ['# heading', '\\# heading'],
    ['1. item', '1\\. item'],
    ['12) item', '12\\) item'],
    ['10.00 - 11.25 am', '10.00 - 11.25 am'],
    ['- item', '\\- item'],
    ['+ item', '\\+ item'],
    ['---', '\\---'],
    ['===', '\\==='],
    ['> quote', '&gt; quote'],
    ['    code', 'code'],
    ['www.evil.example', 'www\\.evil.example'],
    ['a\n# b\n2. c', 'a\n\\# b\n2\\. c'],
    ['(in the Chair) Cllr. D. Taylor; 5 + 3 - 1 = 7!', '(in the Chair) Cllr. D. Taylor; 5 + 3 - 1 = 7!'],
  ])('%j -> %j', (text, markdown) => {
    expect(escapeMarkdown(text)).toBe(markdown);
  });

  it('puts a table cell on one line with its pipes escaped', () => {
    expect(escapeMarkdownTableCell('a | b\n\n| c')).toBe('a \\| b \\| c');
  });
});

describe('labels', () => {
  it('counts in lower-case roman numerals', () => {
    expect([1, 2, 3, 4, 5, 9, 10, 14, 19, 40, 49, 90, 400, 1994].map(lowerRoman)).toEqual(['i', 'ii', 'iii', 'iv', 'v', 'ix', 'x', 'xiv', 'xix', 'xl', 'xlix', 'xc', 'cd', 'mcmxciv']);
  });

  it('prints resolution part labels as (a) or 1.', () => {
    expect(['a', '(b)', 'c)', ' d ', '1', '2.', '(3)', '', undefined].map(partLabel)).toEqual(['(a)', '(b)', '(c)', '(d)', '1.', '2.', '3.', undefined, undefined]);
  });
});
