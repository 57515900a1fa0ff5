const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** "2023-09-29" -> "Friday, 29 September 2023" (the minutes' title style). */
export function minutesDate(local: string): string {
  const [y, m, d] = local.slice(0, 10).split('-').map(Number) as [number, number, number];
  const weekday = WEEKDAYS[new Date(Date.UTC(y, m - 1, d)).getUTCDay()];
  return `${weekday}, ${d} ${MONTHS[m - 1]} ${y}`;
}

/** "2023-09-29" -> "29 September 2023". */
export function plainDate(local: string): string {
  const [y, m, d] = local.slice(0, 10).split('-').map(Number) as [number, number, number];
  return `${d} ${MONTHS[m - 1]} ${y}`;
}

/** "2023-09-29" -> "29/09/2023" (action log). */
export function shortDate(local: string): string {
  return `${local.slice(8, 10)}/${local.slice(5, 7)}/${local.slice(0, 4)}`;
}

function clock(local: string): { text: string; half: 'am' | 'pm' } {
  const h = Number(local.slice(11, 13));
  const m = local.slice(14, 16);
  const h12 = h % 12 === 0 ? 12 : h % 12;
  return { text: `${h12}.${m}`, half: h < 12 ? 'am' : 'pm' };
}

/** The closing line: "10.00 - 11.25 am, 29 September 2023" or "10.00 am - 12.05 pm, ...". */
export function closingLine(startLocal: string, endLocal: string | undefined): string {
  const start = clock(startLocal);
  if (!endLocal) return `${start.text} ${start.half}, ${plainDate(startLocal)}`;
  const end = clock(endLocal);
  const times = start.half === end.half ? `${start.text} - ${end.text} ${end.half}` : `${start.text} ${start.half} - ${end.text} ${end.half}`;
  return `${times}, ${plainDate(startLocal)}`;
}
