/** Review dates of guides and articles: a text not reviewed in the last 12 months may be out of date. */
import { addMonths, toIsoDate } from '../site/dates.ts';

const REVIEW_INTERVAL_MONTHS = 12;

/** True when `reviewed` lies more than 12 months before `today` (ISO dates). */
export function isReviewOverdue(reviewed: Date | string, today: string, months = REVIEW_INTERVAL_MONTHS): boolean {
  const reviewedIso = typeof reviewed === 'string' ? reviewed : toIsoDate(reviewed);
  return addMonths(reviewedIso, months) < today;
}
