import { describe, expect, it } from 'vitest';
import { paths, safeRedirect } from './paths';

describe('paths', () => {
  it('carries the page to return to after logging in', () => {
    expect(paths.auth.login.getHref('/kort?q=mursten')).toBe('/login?redirectTo=%2Fkort%3Fq%3Dmursten');
    expect(paths.auth.login.getHref('/')).toBe('/login');
  });

  it('refuses redirects that would leave the site', () => {
    for (const target of ['//evil.example', 'https://evil.example', '/\\evil.example', 'kort', null]) {
      expect(safeRedirect(target)).toBe('/');
    }
    expect(safeRedirect('/kort')).toBe('/kort');
  });
});
