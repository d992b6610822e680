/**
 * Exclusions, evidence validity and evaluations are judged by calendar day, in UTC, so every
 * replica agrees on what "today" is.
 */
export const todayUtc = (now = new Date()) => now.toISOString().slice(0, 10)
