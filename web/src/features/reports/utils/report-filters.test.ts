import { describe, expect, it } from 'vitest';
import { filtersFromSearch, reportQuery, viewFromSearch, withParams } from './report-filters';

describe('report filters in the URL', () => {
  it('reads a shared link', () => {
    const params = new URLSearchParams('from=2026-01-01&to=2027-12-31&granularity=quarter&postcode=3700&category=murvaerk-mursten&unit=co2e&scale=log');
    expect(filtersFromSearch(params)).toEqual({
      from: '2026-01-01',
      to: '2027-12-31',
      granularity: 'quarter',
      municipality: null,
      postcode: '3700',
      category: 'murvaerk-mursten',
    });
    expect(viewFromSearch(params)).toEqual({ unit: 'co2e', scale: 'log' });
  });

  it('ignores what is malformed instead of sending it to the server', () => {
    const params = new URLSearchParams('from=yesterday&granularity=week&postcode=37&category=Mur%20v%C3%A6rk&municipality=400&unit=kg&scale=cubic');
    expect(filtersFromSearch(params)).toEqual({ from: null, to: null, granularity: 'year', municipality: null, postcode: null, category: null });
    expect(viewFromSearch(params)).toEqual({ unit: 't', scale: null });
  });

  it('drops empty values and defaults from the URL and keeps the rest', () => {
    const params = new URLSearchParams('category=tag&postcode=3700');
    expect(withParams(params, { postcode: null, granularity: 'year', unit: 't' }).toString()).toBe('category=tag');
    expect(withParams(params, { granularity: 'month', category: '' }).toString()).toBe('postcode=3700&granularity=month');
  });

  it('sends only the filters that are set', () => {
    expect(reportQuery({ from: null, to: '2030-12-31', granularity: 'year', municipality: null, postcode: '3760', category: null })).toEqual({
      to: '2030-12-31',
      granularity: 'year',
      postcode: '3760',
    });
  });
});
