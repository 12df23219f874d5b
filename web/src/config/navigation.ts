import { paths } from './paths';

/**
 * The main navigation, in order. Later pages (map, wanted, reports…) add an entry here and the
 * header and the mobile menu pick it up.
 */
export const mainNavigation = [
  { to: paths.home.getHref(), labelKey: 'nav.home', end: true },
] as const satisfies readonly { to: string; labelKey: `nav.${string}`; end?: boolean }[];
