import pg from 'pg';

/**
 * Generates lots spread over Bornholm and the rest of Denmark with Danish titles and descriptions,
 * written with a few large `INSERT … SELECT FROM unnest(…)` statements (the search triggers fill
 * lot_search as they go). Deterministic: the same seed gives the same data.
 */

interface Town {
  name: string;
  postcode: string;
  municipalityCode: string;
  lat: number;
  lon: number;
}

export const bornholm: Town[] = [
  { name: 'Rønne', postcode: '3700', municipalityCode: '0400', lat: 55.1, lon: 14.7 },
  { name: 'Hasle', postcode: '3790', municipalityCode: '0400', lat: 55.183, lon: 14.717 },
  { name: 'Klemensker', postcode: '3782', municipalityCode: '0400', lat: 55.167, lon: 14.817 },
  { name: 'Allinge', postcode: '3770', municipalityCode: '0400', lat: 55.278, lon: 14.801 },
  { name: 'Gudhjem', postcode: '3760', municipalityCode: '0400', lat: 55.217, lon: 14.983 },
  { name: 'Østermarie', postcode: '3751', municipalityCode: '0400', lat: 55.141, lon: 15.012 },
  { name: 'Svaneke', postcode: '3740', municipalityCode: '0400', lat: 55.136, lon: 15.141 },
  { name: 'Nexø', postcode: '3730', municipalityCode: '0400', lat: 55.067, lon: 15.15 },
  { name: 'Aakirkeby', postcode: '3720', municipalityCode: '0400', lat: 55.071, lon: 14.92 },
];

const denmark: Town[] = [
  { name: 'København', postcode: '1050', municipalityCode: '0101', lat: 55.676, lon: 12.568 },
  { name: 'Aarhus', postcode: '8000', municipalityCode: '0751', lat: 56.157, lon: 10.211 },
  { name: 'Odense', postcode: '5000', municipalityCode: '0461', lat: 55.403, lon: 10.402 },
  { name: 'Aalborg', postcode: '9000', municipalityCode: '0851', lat: 57.048, lon: 9.919 },
  { name: 'Esbjerg', postcode: '6700', municipalityCode: '0561', lat: 55.476, lon: 8.459 },
  { name: 'Randers', postcode: '8900', municipalityCode: '0730', lat: 56.461, lon: 10.036 },
  { name: 'Kolding', postcode: '6000', municipalityCode: '0621', lat: 55.491, lon: 9.472 },
  { name: 'Horsens', postcode: '8700', municipalityCode: '0615', lat: 55.861, lon: 9.85 },
  { name: 'Vejle', postcode: '7100', municipalityCode: '0630', lat: 55.709, lon: 9.536 },
  { name: 'Roskilde', postcode: '4000', municipalityCode: '0265', lat: 55.642, lon: 12.08 },
  { name: 'Herning', postcode: '7400', municipalityCode: '0657', lat: 56.139, lon: 8.973 },
  { name: 'Silkeborg', postcode: '8600', municipalityCode: '0740', lat: 56.17, lon: 9.545 },
  { name: 'Næstved', postcode: '4700', municipalityCode: '0370', lat: 55.23, lon: 11.761 },
  { name: 'Fredericia', postcode: '7000', municipalityCode: '0607', lat: 55.566, lon: 9.753 },
  { name: 'Viborg', postcode: '8800', municipalityCode: '0791', lat: 56.453, lon: 9.402 },
  { name: 'Køge', postcode: '4600', municipalityCode: '0259', lat: 55.458, lon: 12.182 },
  { name: 'Holstebro', postcode: '7500', municipalityCode: '0661', lat: 56.36, lon: 8.616 },
  { name: 'Helsingør', postcode: '3000', municipalityCode: '0217', lat: 56.036, lon: 12.611 },
  { name: 'Slagelse', postcode: '4200', municipalityCode: '0330', lat: 55.403, lon: 11.354 },
  { name: 'Hjørring', postcode: '9800', municipalityCode: '0860', lat: 57.464, lon: 9.982 },
  { name: 'Svendborg', postcode: '5700', municipalityCode: '0479', lat: 55.06, lon: 10.607 },
  { name: 'Sønderborg', postcode: '6400', municipalityCode: '0540', lat: 54.909, lon: 9.792 },
];

/** Materials: category slug, unit, title nouns and the words that go with them. */
const materials: { slug: string; unit: string; nouns: string[]; details: string[] }[] = [
  { slug: 'murvaerk-mursten', unit: 'pcs', nouns: ['mursten', 'gamle mursten', 'håndstrøgne mursten', 'blødstrøgne mursten', 'maskinsten'], details: ['fra 1920\'erne', 'renset for mørtel', 'på paller', 'gule', 'røde', 'fra gavl'] },
  { slug: 'murvaerk-facadesten', unit: 'pcs', nouns: ['facadesten', 'blankmursten'], details: ['røde', 'brune', 'sorte', 'fra facade'] },
  { slug: 'murvaerk-klinker', unit: 'pcs', nouns: ['klinker', 'hårdtbrændte klinker'], details: ['fra kælder', 'brune', 'glaserede'] },
  { slug: 'tag-tegltagsten', unit: 'm2', nouns: ['tagsten', 'vingetegl', 'tegltagsten', 'falstagsten'], details: ['røde', 'sortglaserede', 'med mos', 'fra stuehus', 'hele'] },
  { slug: 'tag-betontagsten', unit: 'm2', nouns: ['betontagsten'], details: ['grå', 'sorte', 'fra garage'] },
  { slug: 'tag-skifer', unit: 'm2', nouns: ['skifer', 'naturskifer'], details: ['fra tag', 'sorte'] },
  { slug: 'konstruktionstrae-bjaelker', unit: 'm3', nouns: ['bjælker', 'loftsbjælker', 'egebjælker', 'limtræsbjælker'], details: ['i fyr', 'i eg', 'tørre', 'med søm'] },
  { slug: 'konstruktionstrae-spaer', unit: 'm3', nouns: ['spær', 'spærtræ'], details: ['45x195', 'fra lade', 'i gran'] },
  { slug: 'konstruktionstrae-laegter-braedder', unit: 'm3', nouns: ['lægter', 'brædder', 'forskalling'], details: ['25x50', 'høvlede', 'uhøvlede'] },
  { slug: 'gulve-plankegulv', unit: 'm2', nouns: ['plankegulv', 'gulvbrædder', 'gulvplanker'], details: ['i fyr', 'malede', 'slebne', 'fra stuen'] },
  { slug: 'gulve-parket', unit: 'm2', nouns: ['parket', 'egeparket', 'stavparket'], details: ['14 mm', 'lakeret', 'olieret'] },
  { slug: 'gulve-fliser', unit: 'm2', nouns: ['fliser', 'gulvfliser', 'terrazzofliser'], details: ['30x30', 'fra badeværelse', 'grå'] },
  { slug: 'doere-indvendige', unit: 'pcs', nouns: ['indvendige døre', 'fyldningsdøre', 'glatte døre'], details: ['hvide', 'med karm', '80 cm'] },
  { slug: 'doere-yderdoere', unit: 'pcs', nouns: ['yderdør', 'hoveddør', 'terrassedør'], details: ['i teak', 'med glas', 'i eg'] },
  { slug: 'vinduer-trae', unit: 'pcs', nouns: ['vinduer', 'trævinduer', 'sprossevinduer', 'dannebrogsvinduer'], details: ['koblede', 'hvide', '120x140'] },
  { slug: 'vinduer-termoruder', unit: 'm2', nouns: ['termoruder', 'energiruder'], details: ['2-lags', '3-lags', 'hele'] },
  { slug: 'staal-bjaelker', unit: 'm', nouns: ['stålbjælker', 'HE-bjælker', 'IPE-bjælker'], details: ['HEB 200', 'galvaniserede', 'rustne'] },
  { slug: 'belaegning-chaussesten', unit: 'm2', nouns: ['brosten', 'chaussésten', 'kløvet granit'], details: ['grå', 'fra gårdsplads'] },
  { slug: 'belaegning-betonfliser', unit: 'm2', nouns: ['betonfliser', 'havefliser'], details: ['50x50', 'grå'] },
  { slug: 'sanitet-toiletter-haandvaske', unit: 'pcs', nouns: ['toiletter', 'håndvaske'], details: ['hvide', 'væghængte'] },
  { slug: 'koekken-elementer', unit: 'pcs', nouns: ['køkkenelementer', 'overskabe', 'underskabe'], details: ['hvide', 'med låger'] },
  { slug: 'radiatorer-vvs-radiatorer', unit: 'pcs', nouns: ['radiatorer', 'støbejernsradiatorer', 'panelradiatorer'], details: ['ribberadiator', 'hvide', 'med ventil'] },
  { slug: 'isolering-mineraluld', unit: 'm3', nouns: ['mineraluld', 'isoleringsbatts'], details: ['100 mm', 'tør', 'ubrugt'] },
  { slug: 'plader-gips', unit: 'm2', nouns: ['gipsplader', 'gips'], details: ['13 mm', 'hele plader'] },
  { slug: 'natursten-granit', unit: 't', nouns: ['granit', 'granitkvadre', 'kampesten'], details: ['bornholmsk', 'fra sokkel'] },
];

const descriptions = [
  'Nedtaget ved selektiv nedrivning og sorteret.',
  'Kan afhentes på pladsen efter aftale. Medbring selv trailer.',
  'Screenet for PCB og asbest uden fund.',
  'Stablet på paller under tag.',
  'God stand, enkelte med skader. Sælges samlet eller i mindre partier.',
  'Fra et ældre stuehus; materialet er tørt og rengjort.',
];

/** A small deterministic pseudo-random generator (mulberry32). */
export function random(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface GeneratedData {
  lots: number;
  projects: number;
  /** How many lots lie on Bornholm. */
  bornholmLots: number;
  ms: number;
}

const LOTS_PER_PROJECT = 40;
const CHUNK = 5_000;
const WRITERS = 2;

export async function generateLots(databaseUrl: string, count: number, seed = 42): Promise<GeneratedData> {
  const started = Date.now();
  const rnd = random(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)]!;
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const categories = new Map((await client.query<{ slug: string; id: string }>('SELECT slug, id FROM material_categories')).rows.map((r) => [r.slug, r.id]));
    const orgs = (
      await client.query<{ id: string }>(`
        INSERT INTO organisations (name, kind, municipality_code, verified, verified_at)
        SELECT 'Bench ' || k || ' ' || i, k::organisation_kind, '0400', i % 10 <> 0, now()
        FROM generate_series(1, 40) i, unnest(ARRAY['contractor', 'recycling_station']) k
        RETURNING id`)
    ).rows.map((r) => r.id);

    const projectCount = Math.ceil(count / LOTS_PER_PROJECT);
    const p = { org: [] as string[], title: [] as string[], address: [] as string[], postcode: [] as string[], city: [] as string[], muni: [] as string[], lat: [] as number[], lon: [] as number[], screened: [] as boolean[] };
    for (let i = 0; i < projectCount; i++) {
      // A quarter of the projects on Bornholm, the rest around Danish towns.
      const onBornholm = rnd() < 0.25;
      const town = onBornholm ? pick(bornholm) : pick(denmark);
      const spread = onBornholm ? 0.05 : 0.25;
      p.org.push(pick(orgs));
      p.title.push(`Nedrivning ${town.name} ${i}`);
      p.address.push(`Vejen ${1 + Math.floor(rnd() * 200)}`);
      p.postcode.push(town.postcode);
      p.city.push(town.name);
      p.muni.push(town.municipalityCode);
      p.lat.push(town.lat + (rnd() - 0.5) * spread);
      p.lon.push(town.lon + (rnd() - 0.5) * spread * 1.7);
      p.screened.push(rnd() < 0.7);
    }
    const projectIds = (
      await client.query<{ id: string }>(
        `INSERT INTO projects (organisation_id, title, address, postcode, city, municipality_code, lat, lon, building_use, status, screening_done)
         SELECT o, t, a, pc, c, m, la, lo, 'single_family', 'active', s
         FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::float8[], $8::float8[], $9::boolean[]) AS x(o, t, a, pc, c, m, la, lo, s)
         RETURNING id`,
        [p.org, p.title, p.address, p.postcode, p.city, p.muni, p.lat, p.lon, p.screened],
      )
    ).rows.map((r) => r.id);
    const onBornholm = new Set(projectIds.filter((_, i) => bornholm.some((t) => t.name === p.city[i])));

    let bornholmLots = 0;
    const today = Date.now();
    const day = (offset: number) => new Date(today + offset * 86_400_000).toISOString().slice(0, 10);
    // Rows are generated here, in order (deterministic); the INSERTs run on WRITERS connections at once,
    // because the search triggers' work (Danish stemming of every lot) is what takes the time.
    const chunks: unknown[][] = [];
    for (let start = 0; start < count; start += CHUNK) {
      const n = Math.min(CHUNK, count - start);
      const l = { project: [] as string[], category: [] as string[], title: [] as string[], description: [] as string[], quantity: [] as string[], unit: [] as string[], condition: [] as string[], price: [] as string[], from: [] as (string | null)[], by: [] as (string | null)[], status: [] as string[], published: [] as (string | null)[] };
      for (let i = 0; i < n; i++) {
        const project = projectIds[Math.floor((start + i) / LOTS_PER_PROJECT)]!;
        if (onBornholm.has(project)) bornholmLots++;
        const m = pick(materials);
        const noun = pick(m.nouns);
        const title = `${noun[0]!.toUpperCase()}${noun.slice(1)} ${pick(m.details)}`;
        const priceRoll = rnd();
        l.project.push(project);
        l.category.push(categories.get(m.slug)!);
        l.title.push(title);
        l.description.push(`${pick(descriptions)} ${pick(descriptions)} ${pick(m.nouns)} ${pick(m.details)}.`);
        l.quantity.push(String(1 + Math.floor(rnd() * (m.unit === 'pcs' ? 3000 : 80))));
        l.unit.push(m.unit);
        l.condition.push(pick(['A', 'B', 'B', 'C']));
        l.price.push(priceRoll < 0.35 ? '0' : priceRoll < 0.7 ? (1 + rnd() * 99).toFixed(2) : priceRoll < 0.92 ? (100 + rnd() * 900).toFixed(0) : (1000 + rnd() * 9000).toFixed(0));
        const from = -Math.floor(rnd() * 30);
        l.from.push(rnd() < 0.8 ? day(from) : null);
        l.by.push(rnd() < 0.85 ? day(from + 10 + Math.floor(rnd() * 90)) : null);
        const published = rnd() < 0.95;
        l.status.push(published ? 'published' : 'draft');
        l.published.push(published ? new Date(today - rnd() * 60 * 86_400_000).toISOString() : null);
      }
      chunks.push([l.project, l.category, l.title, l.description, l.quantity, l.unit, l.condition, l.price, l.from, l.by, l.status, l.published]);
    }
    const insertLots = `INSERT INTO lots (project_id, category_id, title, description, quantity, unit, condition, price_dkk, available_from, pick_up_by, status, published_at)
      SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::text[], $5::numeric[], $6::unit[], $7::condition[], $8::numeric[], $9::date[], $10::date[], $11::lot_status[], $12::timestamptz[])`;
    let next = 0;
    await Promise.all(
      Array.from({ length: WRITERS }, async () => {
        const writer = new pg.Client({ connectionString: databaseUrl });
        await writer.connect();
        try {
          while (next < chunks.length) await writer.query(insertLots, chunks[next++]);
        } finally {
          await writer.end();
        }
      }),
    );
    await client.query('VACUUM ANALYZE');
    return { lots: count, projects: projectIds.length, bornholmLots, ms: Date.now() - started };
  } finally {
    await client.end();
  }
}
