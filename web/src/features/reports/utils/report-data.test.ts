import type { ReportAreaRow, ReportMeasure, ReportRow, SupplyDemandReport } from '@byg360/shared';
import { reportMeasures } from '@byg360/shared';
import { describe, expect, it } from 'vitest';
import {
  areaFigures,
  categoryChartData,
  circleRadius,
  effectiveScale,
  isEmptyReport,
  logTicks,
  lotClustersQuery,
  periodChartData,
  periodLabel,
  postcodePlaces,
} from './report-data';

function row(level: ReportRow['level'], slug: string | null, t: Partial<Record<ReportMeasure, string>>, extra: Partial<ReportRow> = {}): ReportRow {
  return {
    level,
    categoryId: slug,
    categorySlug: slug,
    groupSlug: slug?.split('-')[0] ?? null,
    nameDa: slug ? `da:${slug}` : null,
    nameEn: slug ? `en:${slug}` : null,
    ewcCode: null,
    period: null,
    postcode: null,
    unit: null,
    measures: Object.fromEntries(reportMeasures.map((m) => [m, { quantity: null, t: t[m] ?? '0', tCo2e: t[m] ? String(Number(t[m]) / 10) : '0' }])) as ReportRow['measures'],
    reuseRate: null,
    lotsListed: 0,
    wantedPosts: 0,
    withoutMass: 0,
    ...extra,
  };
}

const areaRow = (postcode: string | null, position: ReportAreaRow['position'], t: Partial<Record<ReportMeasure, string>>): ReportAreaRow => ({
  ...row('total', null, t, { postcode }),
  position,
});

function report(partial: Partial<SupplyDemandReport>): SupplyDemandReport {
  return {
    generatedAt: '2026-11-27T04:00:00Z',
    filters: { from: '2026-01-01', to: '2027-12-31', granularity: 'year', municipality: '0400', postcode: null, category: null },
    periods: [],
    byCategory: [],
    byPeriod: [],
    byArea: [],
    factors: [],
    intensities: [],
    plannedDemolitions: { count: 0, withoutEstimate: 0 },
    definitions: {},
    ...partial,
  };
}

describe('chart data', () => {
  const byCategory = [
    row('group', 'murvaerk', { potential: '3673.662', listed: '31.6', unmet: '9.6' }),
    row('category', 'murvaerk-mursten', { potential: '3673.662', listed: '22' }),
    row('category', 'murvaerk-hasle', { listed: '9.6' }),
    row('group', 'tag', { listed: '7' }),
    row('category', 'tag-tegl', { listed: '7' }),
    row('total', null, { potential: '3673.662', listed: '38.6' }),
  ];

  it('draws the top-level categories, or the categories inside the chosen one', () => {
    const all = categoryChartData(report({ byCategory }), 't', 'da');
    expect(all.map((d) => d.label)).toEqual(['da:murvaerk', 'da:tag']);
    expect(all[0]).toMatchObject({ potential: 3673.662, listed: 31.6, unmet: 9.6, demand: 0 });

    const bricks = report({ byCategory: byCategory.filter((r) => r.groupSlug === 'murvaerk' || r.level === 'total'), filters: { ...report({}).filters, category: 'murvaerk' } });
    expect(categoryChartData(bricks, 'co2e', 'en').map((d) => [d.label, d.listed])).toEqual([
      ['en:murvaerk-mursten', 2.2],
      ['en:murvaerk-hasle', 0.96],
    ]);
  });

  it('has a point for every period, empty ones at zero', () => {
    const data = periodChartData(
      report({
        periods: [
          { key: '2026', start: '2026-01-01', end: '2026-12-31' },
          { key: '2027', start: '2027-01-01', end: '2027-12-31' },
        ],
        byPeriod: [row('category', 'tag-tegl', { listed: '7' }, { period: '2027' }), row('total', null, { listed: '7' }, { period: '2027' })],
      }),
      't',
      (key) => `P${key}`,
    );
    expect(data.map((d) => [d.label, d.listed])).toEqual([
      ['P2026', 0],
      ['P2027', 7],
    ]);
  });

  it('adds potential and listed into the supply of a postcode, placed where the server says', () => {
    const areas = areaFigures(report({ byArea: [areaRow('3700', { lat: 55.1, lon: 14.7 }, { potential: '100', listed: '5', unmet: '2' })] }), 't');
    expect(areas).toEqual([{ postcode: '3700', position: { lat: 55.1, lon: 14.7 }, potential: 100, listed: 5, demand: 0, unmet: 2, supply: 105 }]);
  });

  it('places a postcode the server does not know by the known points, and leaves the others unplaced', () => {
    const byArea = [
      areaRow('3700', { lat: 55.1, lon: 14.7 }, { potential: '1' }),
      areaRow('2960', null, { potential: '2' }),
      areaRow('2970', null, { potential: '3' }),
      areaRow(null, null, { demand: '4' }),
    ];
    const fallback = new Map([
      ['3700', { lat: 1, lon: 1 }],
      ['2960', { lat: 55.88, lon: 12.55 }],
    ]);
    expect(areaFigures(report({ byArea }), 't', fallback).map((a) => [a.postcode, a.position])).toEqual([
      ['3700', { lat: 55.1, lon: 14.7 }],
      ['2960', { lat: 55.88, lon: 12.55 }],
      ['2970', null],
      [null, null],
    ]);
  });

  it('calls a report without any figure empty', () => {
    expect(isEmptyReport(report({ byCategory: [row('total', null, {})] }))).toBe(true);
    expect(isEmptyReport(report({ byCategory }))).toBe(false);
  });
});

describe('axes and circles', () => {
  it('switches to a logarithmic axis when small bars would vanish beside large ones', () => {
    const datum = (potential: number, listed: number) => ({ key: 'x', label: 'x', potential, listed, reserved: 0, collected: 0, reused: 0, demand: 0, unmet: 0 });
    expect(effectiveScale(null, [datum(3673, 31)])).toBe('log');
    expect(effectiveScale(null, [datum(40, 31)])).toBe('linear');
    expect(effectiveScale('linear', [datum(3673, 31)])).toBe('linear');
    expect(effectiveScale(null, [])).toBe('linear');
  });

  it('puts ticks at powers of ten up to the largest value', () => {
    expect(logTicks(3673)).toEqual([0, 1, 10, 100, 1000, 10000]);
    expect(logTicks(0.5)).toEqual([0, 0.1, 1]);
    expect(logTicks(0)).toEqual([0]);
  });

  it('sizes circles by area, with a visible minimum', () => {
    expect(circleRadius(100, 100)).toBe(30);
    expect(circleRadius(25, 100)).toBe(15);
    expect(circleRadius(0.01, 100)).toBe(5);
    expect(circleRadius(0, 100)).toBe(0);
  });

  it('asks for the clusters of the view, rounded outwards and clamped, with the report’s filters', () => {
    const view = { bbox: { minLon: 14.67891, minLat: 55.00001, maxLon: 15.21119, maxLat: 55.31 }, zoom: 10.4 };
    expect(lotClustersQuery(view, { municipality: '0400', postcode: null, category: 'murvaerk' })).toEqual({
      bbox: '14.6789,55,15.2112,55.31',
      zoom: 10,
      municipality: '0400',
      postcode: null,
      category: 'murvaerk',
    });
    const world = { bbox: { minLon: -250, minLat: -95, maxLon: 250, maxLat: 95 }, zoom: -1 };
    expect(lotClustersQuery(world, { municipality: null, postcode: '3700', category: null })).toMatchObject({ bbox: '-180,-90,180,90', zoom: 0, postcode: '3700' });
  });

  it('places a postcode at the mean of its known points', () => {
    const places = postcodePlaces([
      { postcode: '3700', lat: 55.1, lon: 14.7 },
      { postcode: '3700', lat: 55.12, lon: 14.72 },
      { postcode: null, lat: 55, lon: 15 },
    ]);
    expect(places.size).toBe(1);
    expect(places.get('3700')!.lat).toBeCloseTo(55.11);
    expect(places.get('3700')!.lon).toBeCloseTo(14.71);
  });
});

describe('period labels', () => {
  const quarter = (q: number, year: string) => `${q}. kvt. ${year}`;
  it('reads as a person would write the period', () => {
    expect(periodLabel('2026', 'year', 'da', quarter)).toBe('2026');
    expect(periodLabel('2026-Q2', 'quarter', 'da', quarter)).toBe('2. kvt. 2026');
    expect(periodLabel('2026-03', 'month', 'en', quarter)).toBe('Mar 2026');
  });
});
