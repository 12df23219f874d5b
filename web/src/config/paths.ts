/** Every page URL of the web client. Build links with `getHref`, declare routes with `path`. */
export const paths = {
  home: {
    path: '/',
    getHref: () => '/',
  },
  auth: {
    login: {
      path: '/login',
      getHref: (redirectTo?: string | null) => withRedirect('/login', redirectTo),
    },
    register: {
      path: '/register',
      getHref: (redirectTo?: string | null) => withRedirect('/register', redirectTo),
    },
  },
} as const;

function withRedirect(path: string, redirectTo?: string | null): string {
  const target = safeRedirect(redirectTo);
  return target === paths.home.path ? path : `${path}?redirectTo=${encodeURIComponent(target)}`;
}

/** Only same-site paths: a `redirectTo` of "//evil.example" or "https://…" would leave the site. */
export function safeRedirect(redirectTo?: string | null): string {
  if (!redirectTo || !redirectTo.startsWith('/') || redirectTo.startsWith('//') || redirectTo.startsWith('/\\')) {
    return paths.home.path;
  }
  return redirectTo;
}
