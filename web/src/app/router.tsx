import { createBrowserRouter } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import { paths } from '../config/paths';
import { AppLayout } from './layout/app-layout';
import { ErrorRoute } from './routes/error';
import { HomeRoute } from './routes/home';
import { LoginRoute } from './routes/login';
import { MapRoute } from './routes/map';
import { LotRoute } from './routes/lot';
import { WantedListRoute } from './routes/wanted-list';
import { WantedNewRoute } from './routes/wanted-new';
import { WorkspaceDashboardRoute } from './routes/workspace-dashboard';
import { WorkspaceProjectNewRoute } from './routes/workspace-project-new';
import { WorkspaceProjectRoute } from './routes/workspace-project';
import { WorkspaceProjectEditRoute } from './routes/workspace-project-edit';
import { WorkspaceLotNewRoute } from './routes/workspace-lot-new';
import { WorkspaceLotEditRoute } from './routes/workspace-lot-edit';
import { WorkspaceImportRoute } from './routes/workspace-import';
import { WorkspaceOutcomeRoute } from './routes/workspace-outcome';
import { WorkspaceInboxRoute } from './routes/workspace-inbox';
import { MyReservationsRoute } from './routes/my-reservations';
import { NotificationsRoute } from './routes/notifications';
import { ReportsRoute } from './routes/reports';
import { PlannedDemolitionsRoute } from './routes/planned-demolitions';
import { LearningCasesRoute } from './routes/learning-cases';
import { LearningCaseRoute } from './routes/learning-case';
import { NotFoundRoute } from './routes/not-found';
import { RegisterRoute } from './routes/register';

const router = createBrowserRouter([
  {
    element: <AppLayout />,
    children: [
      {
        // Inside the layout, so that the header stays usable when a page fails.
        errorElement: <ErrorRoute />,
        children: [
          { path: paths.home.path, element: <HomeRoute /> },
          { path: paths.auth.login.path, element: <LoginRoute /> },
          { path: paths.auth.register.path, element: <RegisterRoute /> },
          { path: paths.map.path, element: <MapRoute /> },
          { path: paths.lot.path, element: <LotRoute /> },
          { path: paths.wanted.list.path, element: <WantedListRoute /> },
          { path: paths.wanted.new.path, element: <WantedNewRoute /> },
          { path: paths.workspace.dashboard.path, element: <WorkspaceDashboardRoute /> },
          { path: paths.workspace.newProject.path, element: <WorkspaceProjectNewRoute /> },
          { path: paths.workspace.project.path, element: <WorkspaceProjectRoute /> },
          { path: paths.workspace.editProject.path, element: <WorkspaceProjectEditRoute /> },
          { path: paths.workspace.newLot.path, element: <WorkspaceLotNewRoute /> },
          { path: paths.workspace.editLot.path, element: <WorkspaceLotEditRoute /> },
          { path: paths.workspace.importLots.path, element: <WorkspaceImportRoute /> },
          { path: paths.workspace.outcome.path, element: <WorkspaceOutcomeRoute /> },
          { path: paths.workspace.inbox.path, element: <WorkspaceInboxRoute /> },
          { path: paths.reservations.mine.path, element: <MyReservationsRoute /> },
          { path: paths.notifications.path, element: <NotificationsRoute /> },
          { path: paths.reports.supplyDemand.path, element: <ReportsRoute /> },
          { path: paths.reports.plannedDemolitions.path, element: <PlannedDemolitionsRoute /> },
          { path: paths.reports.learningCases.path, element: <LearningCasesRoute /> },
          { path: paths.reports.learningCase.path, element: <LearningCaseRoute /> },
          { path: '*', element: <NotFoundRoute /> },
        ],
      },
    ],
  },
]);

export function AppRouter() {
  return <RouterProvider router={router} />;
}
