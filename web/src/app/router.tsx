import { createBrowserRouter } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import { paths } from '../config/paths';
import { AppLayout } from './layout/app-layout';
import { ErrorRoute } from './routes/error';
import { HomeRoute } from './routes/home';
import { LoginRoute } from './routes/login';
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
          { path: '*', element: <NotFoundRoute /> },
        ],
      },
    ],
  },
]);

export function AppRouter() {
  return <RouterProvider router={router} />;
}
