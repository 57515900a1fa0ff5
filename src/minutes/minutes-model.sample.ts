import type { MinutesModel } from './minutes-model';

/** A small but complete model, from the LSCSB meeting of 29 September 2023 (seed 004): for renderer tests and previews. */
export const SAMPLE_MINUTES: MinutesModel = {
  body: 'Leicestershire Safer Communities Strategy Board',
  title: 'Minutes of a meeting of the Leicestershire Safer Communities Strategy Board held via Microsoft Teams video conferencing on Friday, 29 September 2023.',
  draft: true,
  present: {
    chair: { name: 'Mrs D. Taylor CC', note: '(in the Chair)' },
    members: [
      { name: 'Cllr. L. Phillimore', detail: 'Community Safety Partnership Strategy Group Chair – Blaby District Council' },
      { name: 'Joshna Mavji', detail: 'Public Health, Leicestershire County Council' },
    ],
    officers: [
      { name: 'Rik Basra', detail: 'Leicestershire County Council' },
      { name: 'Euan Walters', detail: 'Leicestershire County Council' },
    ],
    others: [{ name: 'Millicent Gant', detail: 'Violence Reduction Network' }],
  },
  apologies: [
    { name: 'Cllr. M. Wyatt', detail: 'North West Leicestershire District Council' },
    { name: 'Grace Strong', detail: 'Violence Reduction Network', note: 'Millicent Gant attended as substitute' },
  ],
  minutes: [
    { number: 16, title: 'Introductions', paragraphs: [{ kind: 'text', text: 'The Chairman welcomed everyone to the meeting and the list of apologies was noted.' }] },
    {
      number: 19,
      title: 'LSCSB Action Log.',
      paragraphs: [
        { kind: 'text', text: "The Board considered the LSCSB Action Log, a copy of which, marked 'Agenda Item 4', is filed with these minutes." },
        { kind: 'resolution', word: 'RESOLVED', parts: [{ text: 'That the status of the Action Log be noted.' }] },
      ],
    },
    { number: 20, title: 'Declarations of interest', paragraphs: [{ kind: 'text', text: 'The Chairman invited members who wished to do so to declare any interests in respect of items on the agenda for the meeting.' }, { kind: 'text', text: 'No declarations were made.' }] },
    {
      number: 21,
      title: 'Rutland Council membership of the Leicestershire Safer Communities Strategy Board.',
      paragraphs: [
        { kind: 'text', text: "The Board considered a report of Rik Basra, Community Safety Coordinator, Leicestershire County Council. A copy of the report, marked 'Agenda Item 6', is filed with these minutes." },
        { kind: 'points', intro: 'Arising from discussions the following points were noted:', points: ['Rutland would also be added to the performance dashboard.', 'Members welcomed the proposals & voiced their support <for> greater partnership working.'] },
        {
          kind: 'resolution',
          word: 'RESOLVED',
          parts: [
            { label: 'a', text: "That Rutland County Council's membership of the Board be approved;" },
            { label: 'b', text: 'That the proposed new Terms of Reference as set out in Appendix 1 be approved.' },
          ],
        },
      ],
    },
    { number: 22, title: 'Change to the Order of Business.', paragraphs: [{ kind: 'text', text: 'The Chairman sought and obtained the consent of the Board to vary the order of business from that set out on the agenda for the meeting.' }] },
  ],
  closing: '10.00 - 11.25 am, 29 September 2023',
  programme: [],
  actionLog: [
    { number: 1, date: '29/09/2023', action: 'Circulate further information regarding the Phoenix Programme to Board members', responsible: 'Millicent Gant', comments: '', status: 'Amber' },
    { number: 2, date: '29/09/2023', action: 'Circulate details of the Domestic Homicide Review training to CSPs', responsible: 'Rik Basra', comments: 'Dates to follow', status: 'Green', due: '15/12/2023' },
  ],
};
