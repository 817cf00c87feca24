import { describe, expect, it } from 'vitest';
import { PAGE_KINDS, pageKind } from '../../scripts/lib/page-kind.ts';

describe('pageKind', () => {
  it.each([
    ['/', 'home'],
    ['/diensten/', 'dienst'],
    ['/diensten/gis-coordinator/', 'dienst'],
    ['/leden/', 'leden'],
    ['/leden/gent/', 'bestuur'],
    ['/informatieveiligheid/', 'gids'],
    ['/informatieveiligheid/wachtwoorden-en-mfa/', 'gids'],
    ['/informatieveiligheid/zelfevaluatie/', 'zelfevaluatie'],
    ['/gis/', 'gis-artikel'],
    ['/gis/grb/', 'gis-artikel'],
    ['/gis/begrippen/', 'begrippen'],
    ['/gis/netwerk/', 'netwerk'],
    ['/nieuws/', 'nieuws'],
    ['/nieuws/2015-02-19-piva-egov-groeit/', 'nieuws'],
    ['/zoeken/', 'zoeken'],
    ['/open-data/', 'open-data'],
    ['/over/', 'pagina'],
    ['/toegankelijkheid/', 'pagina'],
    ['/404.html', '404'],
    ['/404/', '404'],
  ] as const)('%s is a %s page', (path, kind) => {
    expect(pageKind(path)).toBe(kind);
  });

  it('gives every path one of the known kinds', () => {
    for (const path of ['/iets-nieuws/', '/a/b/c/', '/gis/netwerk/2025/']) expect(PAGE_KINDS).toContain(pageKind(path));
  });
});
