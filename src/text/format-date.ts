const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "2023-09-29T10:00" (a local date-time) -> "Friday 29 September 2023, 10:00". */
export function formatLocalDateTime(local: string): string {
  const date = formatLocalDate(local.slice(0, 10));
  const time = local.slice(11, 16);
  return time ? `${date}, ${time}` : date;
}

/** "2023-09-29" -> "Friday 29 September 2023". */
export function formatLocalDate(isoDate: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(isoDate);
  if (!m) return isoDate;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const weekday = WEEKDAYS[new Date(Date.UTC(y, mo - 1, d)).getUTCDay()];
  return `${weekday} ${d} ${MONTHS[mo - 1]} ${y}`;
}
