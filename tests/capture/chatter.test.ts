import { describe, expect, it } from 'vitest';
import { extractOwnedTasks } from '../../src/capture/extract-owned-tasks';
import { readers } from './all-recognisers';

/** Every chat line in the four shared scenarios that records nothing, copied as typed. */
const SCENARIO_CHATTER = [
  // seed-charnwood-2023-01
  'Joining on Teams today – can the room hear me?',
  'Yes, loud and clear Karey',
  "Before we start: this is Alan's last meeting as he is leaving the Council – thank you Alan for everything you've done for the CSP. And a warm welcome to Andy Thomas, our Interim Head of Regulatory and Community Safety.",
  'Thank you Alan, all the best!',
  "I'm happy to pick this up and look at a better way of logging actions outside the meeting.",
  "I'll drop Gurjit a line after the meeting.",
  'Thanks everyone – and good luck Alan',
  // seed-leicester-nssc-2022-08
  'Evening all',
  'Good evening and welcome everyone.',
  "Sorry, my mic isn't working – typing my question: are fines linked to income?",
  'My residents are still waiting weeks for bulky waste collections',
  'Thank you Chair',
  // seed-lscsb-2022-03
  "Morning – I'm on my phone today so camera off",
  'On 39(ii), the Charnwood figure for 2021/22 should be 8, not 6 – we checked after the meeting.',
  'Thanks – can everyone see my slides?',
  'Multi-year settlements will make a real difference for planning – thank you',
  'Happy to come back once the review is out.',
  'Thank you all',
  // seed-lscsb-2023-09
  'Morning all – can everyone hear me OK? My headset is playing up.',
  'Small correction on 11(iii) – the whole family relationship service is being provided by Family Lives, not the Teen Health Service.',
  'Thanks Chair, sharing my screen now.',
  "agreed – crime doesn't stop at the county boundary",
  'Is Phoenix just for young people or can older adults be referred too?',
  "It's open to older adults – 12 to 65 – though the cohort causing the most harm is 18–25.",
  "+1 from Charnwood on the bidding paperwork – it's a lot for the size of the pot",
  'The new website is live: https://www.teenhealth.org.uk/',
  'Thanks all, have a good weekend',
];

/** Chat that looks like a capture but is not one (from the chat conventions and the briefs). */
const LOOKALIKE_CHATTER = [
  // navigation look-alikes
  'I have a question on item 7',
  'Small correction on 11(iii) – the figure should be 8',
  'see item 4 of the report',
  'Is item 9 next?',
  'Item 9 next?',
  "What's the next item?",
  'Total crime was up 11.3% on last year',
  'item 11.3% is the wrong figure',
  'Item 7 is really interesting',
  'Can we have a change to the order of business?',
  'I think the change to the order of business worked well',
  // decision look-alikes
  'I agree with Cllr Smith',
  'Agreed!',
  'agreed 👍',
  'Agreed, thanks',
  "Agreed that's fine",
  'Agreed that is a good point',
  'Resolved my mic issue',
  'AGREED',
  'RESOLVED:',
  '+1',
  // note look-alikes
  'Noted, thanks',
  'Noted.',
  'noted 👍',
  'Noted – thanks',
  'Note to self: chase the slides',
  // action look-alikes
  'Action log is on the screen',
  'Action Fraud reported an increase in scams',
  'Actions: none',
  'I can action that',
  // apology look-alikes
  'Apologies for the late start',
  'apologies, my mic was muted',
  "sorry I'm late",
  "Sorry, my mic isn't working – typing my question: are fines linked to income?",
  'Apologies for interrupting',
  'sorry, can you repeat that?',
  'Sorry all, running 5 minutes late',
  "Apologies, I'll be 10 minutes late",
  'My apologies for the confusion',
  'Apologies for the delay to the meeting',
  "I can't make the slides work",
  "I can't hear you",
  'Are you able to attend tomorrow?',
  "Can't make Thursday?",
  'Apologies from everyone for the late start',
  // declaration look-alikes
  'I declare the meeting open',
  "I'd like to declare my support for this",
  'Declarations of interest – does anyone have anything to declare?',
  // next-meeting look-alikes
  'Is the next meeting on 4 October?',
  'Next meeting: TBC',
  'I look forward to the next meeting',
];

/** Chat lines in tests/scenarios/*.scenario.json that look like captures but record nothing. */
const OWN_SCENARIO_CHATTER = [
  'next item?',
  "Items 8 to 11 are procedural – I'll take them together.",
  "I'll leave now for item 8 – Rhodri, over to you.",
  'Handing over to the Vice-Chair for item 7.',
  'I need to step out for ten minutes – Kathryn, could you take item 6 please?',
  'I have a question on item 6 – will the licensing team be at the next meeting?',
  'I have a question on item 7 – who decides where the redeployable cameras go?',
  "Cllr Fonseka, can you hold that for the budget item please? We'll come to it shortly.",
  'Item 8 slides are here too, for later: https://cabinet.leicester.gov.uk/documents/s141212/CCTV%20and%20fly-tipping.pdf',
  'Please withdraw that last resolution – wrong item, it belongs to item 8.',
  'Good evening – apologies for the late start, the webcast needed resetting.',
  'Good afternoon everyone and apologies for the late start, we had a problem with the room microphones.',
  'Apologies, I have to leave at 6.45 for a ward meeting',
  'Apologies – I need to leave at 11 for a strategy meeting',
  'Apologies, I need to leave at 2pm for a school governors meeting',
  'apologies, I was on mute – morning all',
  'Apologies for joining late – stuck on the M1',
  'Apologies for being late – traffic on the A45',
  "Sorry, I'll be 15 minutes late – stuck on the A6",
  'Sorry – I managed to move things and can join for the rest of the meeting',
  'Fire – we have two new on-call firefighters at Retford 🚒',
  'Agreed – good point Sue',
  'resolved my audio issue – can everyone hear me now?',
];

describe('chatter', () => {
  it.each(OWN_SCENARIO_CHATTER)('no recogniser reads own-scenario chat %j', (text) => {
    expect(readers(text)).toEqual([]);
  });

  it.each(SCENARIO_CHATTER)('no recogniser reads scenario chat %j', (text) => {
    expect(readers(text)).toEqual([]);
    expect(extractOwnedTasks(text)).toEqual([]);
  });

  it.each(LOOKALIKE_CHATTER)('no recogniser reads look-alike chat %j', (text) => {
    expect(readers(text)).toEqual([]);
  });

  it.each(['', '   ', '\n\n', '\u200b', '👍', '?', '-', ':', '()', '(a)', '1.'])('no recogniser reads %j', (text) => {
    expect(readers(text)).toEqual([]);
    expect(extractOwnedTasks(text)).toEqual([]);
  });
});
