import type { MinutesModel } from '../../src/minutes/minutes-model';

/** What people type into Teams, at its worst: every text of the model carries something a renderer could mistake for markup. */
export const HOSTILE = {
  script: '<script>alert(1)</script>',
  bold: '**bold**',
  link: '[link](http://evil)',
  pipe: '| pipe |',
  ordered: '1. not a list',
  heading: '# not a heading',
  bullet: '- not a bullet',
  entity: '&amp;',
  emoji: '😀👍🏽🇬🇧',
  arabic: 'مرحبا بالعالم',
  hebrew: 'שלום עולם',
  nul: 'nul\u0000here',
  controls: 'bell\u0007esc\u001bvt\u000bff\u000cdel\u007f',
} as const;

const H = HOSTILE;

export const HOSTILE_MINUTES: MinutesModel = {
  body: `Board ${H.script} ${H.bold}`,
  title: `Minutes of a meeting ${H.link} ${H.entity} ${H.nul} held on Friday, 29 September 2023.`,
  draft: true,
  present: {
    chair: { name: `${H.bold} ${H.script}`, note: '(in the Chair)' },
    members: [
      { name: H.pipe, detail: H.link },
      { name: `${H.ordered}`, detail: `${H.heading} ${H.emoji}` },
      { name: H.arabic, detail: H.hebrew, note: H.controls },
    ],
    officers: [{ name: `${H.bullet}`, detail: `${H.entity} <b>bold</b>` }],
    others: [{ name: `\`code\` _under_ ~~strike~~`, detail: '<img src=x onerror=alert(1)>' }],
  },
  apologies: [{ name: H.heading, detail: H.script, note: `${H.ordered}\n${H.heading}` }],
  minutes: [
    {
      number: 30,
      title: H.script,
      paragraphs: [
        { kind: 'text', text: H.ordered },
        { kind: 'text', text: `${H.heading}\n${H.ordered}\n${H.bullet}\n    indented code\n+ plus\n> quote\n===\n2) paren list` },
        { kind: 'text', text: `${H.emoji} ${H.arabic} ${H.hebrew} ${H.nul}` },
      ],
    },
    {
      number: 31,
      title: `${H.heading} ${H.pipe}`,
      paragraphs: [
        { kind: 'points', intro: H.bold, points: [H.ordered, H.link, `${H.script} ${H.entity}`, `${H.heading}\n${H.bullet}`] },
        {
          kind: 'resolution',
          word: 'RESOLVED',
          parts: [
            { label: 'a', text: H.ordered },
            { label: '<b>', text: `${H.script} ${H.pipe}` },
          ],
        },
      ],
    },
    {
      number: 32,
      title: `${H.link} ${H.emoji}`,
      paragraphs: [{ kind: 'resolution', word: 'AGREED', parts: [{ label: '1', text: H.heading }, { label: '2', text: `${H.bold} www.evil.example` }] }],
    },
  ],
  closing: `10.00 - 11.25 am ${H.script}`,
  programme: [],
  actionLog: [
    { number: 1, date: H.pipe, action: `${H.script} ${H.pipe}`, responsible: H.link, comments: `line one\nline two ${H.pipe}`, status: 'Red' },
    { number: 2, date: '29/09/2023', action: `${H.ordered}\n${H.heading}`, responsible: H.arabic, comments: H.nul, status: 'Complete', due: `${H.pipe}` },
    { number: 3, date: '29/09/2023', action: H.bold, responsible: H.hebrew, comments: H.emoji, status: 'Amber' },
  ],
};
