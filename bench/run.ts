import { benchReservations } from './reservations.ts';

const benches: Record<string, () => Promise<void>> = {
  reservations: benchReservations,
};

const names = process.argv.slice(2);
if (names.length === 0 || names.some((n) => !benches[n])) {
  console.error(`Usage: npm run bench -- <${Object.keys(benches).join('|')}>`);
  process.exit(2);
}
for (const name of names) await benches[name]!();
