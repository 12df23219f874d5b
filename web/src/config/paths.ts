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
  map: {
    path: '/map',
    getHref: (search = '') => `/map${search}`,
  },
  lot: {
    path: '/lots/:id',
    getHref: (id: string) => `/lots/${id}`,
  },
  wanted: {
    list: { path: '/wanted', getHref: () => '/wanted' },
    new: { path: '/wanted/new', getHref: () => '/wanted/new' },
  },
  workspace: {
    dashboard: { path: '/workspace', getHref: () => '/workspace' },
    newProject: { path: '/workspace/projects/new', getHref: () => '/workspace/projects/new' },
    project: { path: '/workspace/projects/:id', getHref: (id: string) => `/workspace/projects/${id}` },
    editProject: { path: '/workspace/projects/:id/edit', getHref: (id: string) => `/workspace/projects/${id}/edit` },
    newLot: { path: '/workspace/projects/:id/lots/new', getHref: (projectId: string) => `/workspace/projects/${projectId}/lots/new` },
    editLot: { path: '/workspace/lots/:id/edit', getHref: (id: string) => `/workspace/lots/${id}/edit` },
    importLots: { path: '/workspace/projects/:id/import', getHref: (projectId: string) => `/workspace/projects/${projectId}/import` },
    outcome: { path: '/workspace/projects/:id/outcome', getHref: (projectId: string) => `/workspace/projects/${projectId}/outcome` },
    inbox: { path: '/workspace/reservations', getHref: () => '/workspace/reservations' },
  },
  reservations: {
    mine: { path: '/reservations', getHref: () => '/reservations' },
  },
  notifications: {
    path: '/notifications',
    getHref: () => '/notifications',
  },
  reports: {
    supplyDemand: { path: '/reports', getHref: () => '/reports' },
    plannedDemolitions: { path: '/reports/planned-demolitions', getHref: () => '/reports/planned-demolitions' },
    learningCases: { path: '/learning-cases', getHref: () => '/learning-cases' },
    learningCase: { path: '/learning-cases/:id', getHref: (id: string) => `/learning-cases/${id}` },
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
