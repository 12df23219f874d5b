import type { Role } from '@byg360/shared';
import type da from '../locales/da.json';
import { paths } from './paths';

export interface NavigationItem {
  to: string;
  labelKey: `nav.${keyof (typeof da)['nav'] & string}`;
  end?: boolean;
  /** Shown only to these roles; without it the entry is for everyone. */
  roles?: readonly Role[];
}

/** The main navigation, in order; the header and the mobile menu show the entries the user may use. */
export const mainNavigation: readonly NavigationItem[] = [
  { to: paths.home.getHref(), labelKey: 'nav.home', end: true },
  { to: paths.map.getHref(), labelKey: 'nav.map' },
  { to: paths.wanted.list.getHref(), labelKey: 'nav.wanted' },
  { to: paths.reservations.mine.getHref(), labelKey: 'nav.reservations', roles: ['citizen', 'maker', 'contractor'] },
  { to: paths.workspace.dashboard.getHref(), labelKey: 'nav.workspace', roles: ['contractor', 'admin'] },
  { to: paths.reports.supplyDemand.getHref(), labelKey: 'nav.reports', roles: ['planner', 'admin'] },
  { to: paths.reports.learningCases.getHref(), labelKey: 'nav.learningCases' },
];

export const visibleNavigation = (role: Role | null) => mainNavigation.filter((item) => !item.roles || (role !== null && item.roles.includes(role)));
