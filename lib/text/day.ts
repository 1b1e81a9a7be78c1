// Dinner Table has two notions of a day, each for one job:
// - What is stored or derived from stored rows is cut at UTC midnight (here): the one-visit-a-day key
//   and the distinct days of talk behind the `friend` stage. A key is a row's identity and a stage
//   is recomputed by migrations and imports, so neither may depend on the time zone of the machine
//   that happens to run them (a trip, a daylight-saving change, an export opened abroad).
// - What the user is shown (today's handful, the week, the balance chart) follows the local
//   calendar: localDate and startOfLocalDay in lib/relationships/handful.

const DAY_MS = 86_400_000;

/** Days since 1970-01-01 UTC. */
export const utcDayNumber = (at: number): number => Math.floor(at / DAY_MS);

/** The UTC day of a time, YYYY-MM-DD. */
export const utcDate = (at: number): string => new Date(at).toISOString().slice(0, 10);
