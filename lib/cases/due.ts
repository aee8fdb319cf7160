/** When a teaching case's answer is due. Pure. */

export const WEEKDAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

export interface AnswerSchedule {
  /** Hours after posting, when no answer day applies. */
  answerAfterHours: number;
  /** The weekly answer day (0 = Sunday), or null. */
  answerWeekday: number | null;
}

/**
 * The answer is due on the day the post names ("answer Friday"), else on the weekly answer day,
 * else `answerAfterHours` after posting; a named day is its next one after the posting day, at the
 * hour it was posted.
 */
export function answerDueAt(postedAt: number, schedule: AnswerSchedule, namedDay?: number): number {
  const day = namedDay ?? schedule.answerWeekday;
  if (day === null || day === undefined) return postedAt + schedule.answerAfterHours * HOUR;
  const posted = new Date(postedAt);
  const ahead = (day - posted.getDay() + 7) % 7 || 7;
  const due = new Date(posted);
  due.setDate(posted.getDate() + ahead);
  return due.getTime();
}

/** How a due answer reads in a list: "due in 2 days", "due in 5 h", "overdue by 3 h". */
export function dueLabel(answerDue: number, now: number): string {
  const late = now - answerDue;
  const span = (ms: number): string => {
    if (ms < HOUR) return `${Math.max(1, Math.round(ms / 60_000))} min`;
    if (ms < DAY) return `${Math.round(ms / HOUR)} h`;
    const days = Math.round(ms / DAY);
    return `${days} day${days === 1 ? '' : 's'}`;
  };
  return late >= 0 ? `overdue by ${span(late)}` : `due in ${span(-late)}`;
}
