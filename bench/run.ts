import { benchReports } from './reports.ts';
import { benchReservations } from './reservations.ts';
import { benchSearch } from './search.ts';

const benches: Record<string, () => Promise<void>> = {
  reports: benchReports,
  reservations: benchReservations,
  search: benchSearch,
};

const names = process.argv.slice(2);
if (names.length === 0 || names.some((n) => !benches[n])) {
  console.error(`Usage: npm run bench -- <${Object.keys(benches).join('|')}>`);
  process.exit(2);
}
for (const name of names) await benches[name]!();
