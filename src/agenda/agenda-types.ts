/** An agenda as a clerk pasted it, parsed into its parts. Pure data: no Teams types. */
export interface AgendaItem {
  /** The item number exactly as printed ("7", "7a", "10.1"). */
  number: string;
  /** The item title as printed, without its number, page references, presenter or duration. */
  title: string;
  /** Who presents it: from "This report will be presented by X, Role" or "(Insp Dave Stokes)". */
  presenter?: string;
  /** The presenter's role/organisation when printed after the name ("Community Safety Coordinator, Leicestershire County Council"). */
  presenterRole?: string;
  /** "report" | "presentation" | "update" when the agenda says which. */
  kind?: 'report' | 'presentation' | 'update';
  /** Allotted minutes: "15 mins" -> 15, "5-10 mins" -> 10 (upper bound). */
  durationMinutes?: number;
  /** Papers: "Pages 3 - 12", "Appendix B", "page 9". */
  papers: string[];
  /** Other lines printed under the item (description). */
  description?: string;
}

export interface ParsedAgenda {
  /** Body / committee name from the header, e.g. "Leicestershire Safer Communities Strategy Board". */
  body?: string;
  /** Meeting date from the header, ISO local date "YYYY-MM-DD". */
  date?: string;
  /** Start time from the header, 24h "HH:MM". */
  time?: string;
  /** Place from the header. */
  place?: string;
  items: AgendaItem[];
  /**
   * Local date-times "YYYY-MM-DDTHH:MM" from "Upcoming meetings" lines or a "next meeting ... scheduled to take place on" sentence.
   * A date printed without a time takes the header's start time; with no time anywhere it is "YYYY-MM-DD".
   */
  upcoming: string[];
  /** Non-empty lines the parser could not place (boilerplate it skipped on purpose is not listed). */
  unplaced: string[];
}
