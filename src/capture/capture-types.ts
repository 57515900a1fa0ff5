/**
 * What a chat message says, as the recognisers read it: pure text analysis, no meeting state.
 * The meeting layer (src/meeting/decide-*.ts) resolves items, people, dates and permissions.
 * Every recogniser takes plain text (HTML already stripped) and returns undefined when the
 * message is not of its kind. None of them throws, and all run in linear time.
 */

/** "Item 7", "Moving to item 7 – ...", "Agenda item 6 – ...", "Next item", "Back to item 4". */
export type NavigationIntent =
  | { kind: 'take-item'; item: string; back: boolean }
  | { kind: 'next-item' }
  /** "Change to the order of business: item 11 will be taken next", "agenda variance: item 10 will be taken next". */
  /** `now`: the item named is taken at once ("item 8 will be taken next"). */
  | { kind: 'order-change'; item?: string; now?: boolean }
  /** "Item 14 deferred to a future meeting", "DEFERRED: ...". `item` absent = the current item. */
  | { kind: 'defer'; item?: string; text: string };

/** RESOLVED / AGREED (any case; colon, dash or "that"; "It was AGREED that"). */
export interface DecisionIntent {
  kind: 'decision';
  /** The body's word as typed, upper-cased: RESOLVED or AGREED. */
  word: 'RESOLVED' | 'AGREED';
  /** "RESOLVED (item 6): ..." names the item; otherwise the current one. */
  item?: string;
  /** One entry per part: "(a) ...", "1. ...", or one per line; a single-part decision has one. Labels removed. */
  parts: string[];
  /** The labels as typed ("a", "b" or "1", "2"), parallel to parts; empty when single-part. */
  labels: string[];
}

/** NOTED: ... / "Noted that ..." */
export interface NoteIntent {
  kind: 'note';
  item?: string;
  text: string;
}

/** An action with an owner written somewhere: explicit ACTION lines, or inside decisions and notes. */
export interface OwnedTask {
  /** The owner as written ("Andy Thomas", "Gary Bee/Rik Basra", "PC Arnold"), or the @mention's text. */
  owner: string;
  /** The task, starting with its verb ("contact Gurjit Samra-Rai about ..."), without the due words. */
  task: string;
  /** Due date words as written ("30 June", "the next meeting", "within two weeks"), if any. */
  due?: string;
  /**
   * The word that introduced `due` ("by 30 June" -> 'by', "within two weeks" -> 'within',
   * "before the December Board" -> 'before'); `due` then holds only the words after it
   * ("30 June", "two weeks", "the December Board"). Present exactly when `due` is.
   */
  dueKind?: 'by' | 'within' | 'before';
}

/** "ACTION: Andy Thomas to contact ... by 30 June", "ACTION @Rik Basra – circulate ...". */
export interface ActionIntent extends OwnedTask {
  kind: 'action';
}

/**
 * Apologies: "Apologies", "Please send my apologies", "Sorry, I can't make Thursday's meeting",
 * "Apologies from me – Sarah Lewis will attend as my substitute" (self), "Apologies for absence
 * received from Cllr Wise, Mr Bannister and Wendy Hope" (on others' behalf), "I can make it after
 * all" / "withdraw my apologies" (withdrawal).
 */
export interface ApologyIntent {
  kind: 'apology';
  /** True when the sender gives their own apologies (or withdraws their own). */
  self: boolean;
  /** Names given on others' behalf, as written (titles kept); empty when self. */
  names: string[];
  /** "X will attend as my substitute" / "X is substituting for me" (self apologies). */
  substitute?: string;
  /**
   * Substitutes the clerk names for others, per name: "Apologies received from Insp Carl Webb –
   * PS Anita Dhillon is attending in his place", "Apologies received from Dr Hannah Cole (Dr Tunde
   * Afolabi attending on her behalf) and Graham Tranter". Each `name` is one of `names`; absent when none.
   */
  substitutes?: { name: string; substitute: string }[];
  withdraw: boolean;
}

export type InterestCategoryCode = 'disclosable-pecuniary' | 'other-registrable' | 'non-registrable' | 'personal' | 'openness';

/** "I declare a non-pecuniary interest in item 7 as ...", "Declaration: item 8 – DPI – ...; I will leave", "No declarations". */
export type DeclarationIntent =
  | {
      kind: 'declaration';
      /** The item declared on; the first one when several are named. */
      item?: string;
      /** Every item named, in order, when there are several ("for items 5 and 6", "items 8 to 11"); absent for one or none. */
      items?: string[];
      category?: InterestCategoryCode;
      nature: string;
      leaving: boolean;
      /** Who declared, as written, when the clerk types it for others ("Cllr Palmer declared ..."); absent = the sender. */
      names?: string[];
      /** Others declaring with the sender ("Peter and I declare ..."). */
      alsoFor?: string[];
    }
  | { kind: 'no-declarations' }
  /** The clerk's list: "The following declarations were made: Cllr Bradshaw – Chair of Way out West; Cllr Varney – ...". */
  | { kind: 'declaration-list'; entries: { names?: string[]; nature: string; category?: InterestCategoryCode; item?: string; leaving: boolean }[] };

/** "Next meeting: Friday 15 December 2023 at 10.00am", "Upcoming meetings: 13th July 2023 at 10am, 12th October 2023 at 10am", "RESOLVED: That the next meeting ... take place on ...". */
export interface NextMeetingIntent {
  kind: 'next-meeting';
  /** Each date-and-time as written, in order ("Friday 15 December 2023 at 10.00am"). */
  dates: string[];
}
