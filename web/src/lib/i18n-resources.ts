import da from '../locales/da.json';
import daImportIssues from '../locales/da/import-issues.json';
import daReports from '../locales/da/reports.json';
import daReservations from '../locales/da/reservations.json';
import daSearch from '../locales/da/search.json';
import daWorkspace from '../locales/da/workspace.json';
import en from '../locales/en.json';
import enImportIssues from '../locales/en/import-issues.json';
import enReports from '../locales/en/reports.json';
import enReservations from '../locales/en/reservations.json';
import enSearch from '../locales/en/search.json';
import enWorkspace from '../locales/en/workspace.json';

// One namespace; each area of the app keeps its own catalogue file (top-level keys must not clash).
export const resources = {
  da: { translation: { ...da, ...daWorkspace, ...daReservations, ...daSearch, ...daReports, ...daImportIssues } },
  en: { translation: { ...en, ...enWorkspace, ...enReservations, ...enSearch, ...enReports, ...enImportIssues } },
} as const;
