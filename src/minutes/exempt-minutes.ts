import type { Meeting } from '../meeting/meeting-types';
import type { Paragraph } from './minutes-model';

/** Whether an item is to be minuted in private (the confidential annex only). */
export function isExempt(meeting: Meeting, item: string | undefined): boolean {
  return item !== undefined && meeting.exempt.some((x) => x.item === item);
}

/**
 * What the published minutes say of an exempt item: its heading (kept by the caller) and that it
 * was taken in private. Nothing of its business.
 */
export function exemptNotice(meeting: Meeting, item: string, noun: string): Paragraph[] {
  const exempt = meeting.exempt.find((x) => x.item === item);
  const paragraph = exempt?.paragraph;
  const grounds = paragraph
    ? ` as it involved the likely disclosure of exempt information as defined in paragraph${/,/.test(paragraph) ? 's' : ''} ${paragraph.replace(/, (?=[^,]*$)/, ' and ')} of Part 1 of Schedule 12A to the Local Government Act 1972`
    : ' as it involved the likely disclosure of exempt information';
  return [{ kind: 'text', text: `The ${noun} considered this item in private, the press and public having been excluded${grounds}. The minute of this item is recorded in a confidential annex.` }];
}
