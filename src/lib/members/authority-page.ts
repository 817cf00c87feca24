/** What /leden/<id>/ shows about one authority. */
import type { Agreement } from '../../schemas/agreement.ts';
import type { Authority } from '../../schemas/authority.ts';
import type { Municipality } from '../../schemas/municipality.ts';
import type { Dataset } from './dataset.ts';
import { isActiveOn } from './participation.ts';

export interface AuthorityDetails {
  authority: Authority;
  /** The municipalities it covers, in the order of the data. */
  municipalities: Municipality[];
  /** All its agreements, oldest first. */
  agreements: Agreement[];
  /** Whether any agreement is active on the as-of date. */
  active: boolean;
}

export function authorityDetails(data: Dataset, authority: Authority): AuthorityDetails {
  const places = new Map(data.municipalities.map((m) => [m.nis, m]));
  const agreements = data.agreements
    .filter((agreement) => agreement.authority === authority.id)
    .sort((a, b) => a.start.localeCompare(b.start) || a.service.localeCompare(b.service));
  return {
    authority,
    municipalities: authority.municipalities.map((nis) => places.get(nis)!),
    agreements,
    active: agreements.some((agreement) => isActiveOn(agreement, data.asOf)),
  };
}
