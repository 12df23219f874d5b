import type { Role, User } from '@byg360/shared';
import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { ErrorState, LoadingState } from '../../components/query-state';
import { paths } from '../../config/paths';
import { useUser } from '../../features/auth/api/get-me';

interface RequireRoleProps {
  roles: readonly Role[];
  /** What a signed-in user of another role sees instead: who the pages are for. */
  refusal: (user: User) => ReactNode;
  children: (user: User) => ReactNode;
}

/** Pages for some roles: visitors go to the login page and come back; other roles get `refusal`. */
export function RequireRole({ roles, refusal, children }: RequireRoleProps) {
  const location = useLocation();
  const me = useUser();

  if (me.isPending) return <LoadingState />;
  if (me.isError) return <ErrorState error={me.error} onRetry={() => void me.refetch()} />;
  const user = me.data;
  if (!user) return <Navigate to={paths.auth.login.getHref(`${location.pathname}${location.search}`)} replace />;
  return roles.includes(user.role) ? children(user) : refusal(user);
}
