/** The data bound into cards/agenda.json. */
export interface AgendaCardData {
  meetingId: string;
  body: string;
  when: string;
  place: string;
  status: string;
  statusColor: 'Default' | 'Accent' | 'Good' | 'Attention' | 'Warning';
  /** What the bot says to the person who pressed a button on the card (shown in their copy only). */
  notice: string;
  noticeColor: 'Good' | 'Attention';
  /** The current item when the card was made ('' before the meeting started): stale presses of Next item are refused. */
  shownItem: string;
  canStart: boolean;
  canMoveOn: boolean;
  items: { line: string; detail: string; style: 'default' | 'emphasis' }[];
  itemChoices: { title: string; value: string }[];
  categoryChoices: { title: string; value: string }[];
}

export interface AdaptiveCard {
  type: 'AdaptiveCard';
  version: string;
  body: unknown[];
  actions?: unknown[];
  [key: string]: unknown;
}
