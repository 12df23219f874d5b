import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { visibleNavigation } from '../../config/navigation';
import { useUser } from '../../features/auth/api/get-me';
import classes from './main-nav.module.css';

interface MainNavProps {
  orientation?: 'horizontal' | 'vertical';
  /** Called when a link is followed, also to the current page (the mobile menu closes then). */
  onNavigate?: () => void;
}

export function MainNav({ orientation = 'horizontal', onNavigate }: MainNavProps) {
  const { t } = useTranslation();
  const { data: user } = useUser();
  return (
    <nav aria-label={t('nav.label')}>
      <ul className={classes.list} data-orientation={orientation}>
        {visibleNavigation(user?.role ?? null).map((item) => (
          <li key={item.to}>
            <NavLink to={item.to} end={item.end} className={classes.link} onClick={onNavigate}>
              {t(item.labelKey)}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
