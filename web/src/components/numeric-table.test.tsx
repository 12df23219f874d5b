import { MantineProvider } from '@mantine/core';
import { createInstance } from 'i18next';
import type { ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { resources } from '../lib/i18n-resources';
import { NumericTable, type NumericColumn } from './numeric-table';

// The app's i18n module writes the language onto the document; the server renderer has none.
const i18n = createInstance({ lng: 'da', resources, initAsync: false });
void i18n.init();

interface Fraction {
  slug: string;
  name: string;
  tonnes: number;
}

const columns: NumericColumn<Fraction>[] = [
  { key: 'name', header: 'Kategori', rowHeader: true, cell: (row) => row.name, total: 'ignored' },
  { key: 'tonnes', header: 'Tons', align: 'number', cell: (row) => row.tonnes.toFixed(1), total: '15.9' },
];
const rows: Fraction[] = [
  { slug: 'mursten', name: 'Mursten', tonnes: 10.6 },
  { slug: 'klinker', name: 'Hasle klinker', tonnes: 5.3 },
];

/** The table as static HTML, in Danish. */
function render(element: ReactElement) {
  return renderToStaticMarkup(
    <I18nextProvider i18n={i18n}>
      <MantineProvider>{element}</MantineProvider>
    </I18nextProvider>,
  );
}

/** The text of each header cell with the given scope. */
const headers = (html: string, scope: 'col' | 'row') => [...html.matchAll(new RegExp(`<th[^>]*scope="${scope}"[^>]*>(.*?)</th>`, 'g'))].map((m) => m[1]);

describe('NumericTable', () => {
  it('names the table with a caption, its columns and rows with scoped headers', () => {
    const html = render(<NumericTable columns={columns} rows={rows} rowKey={(row) => row.slug} caption="Genbrugt pr. kategori" />);
    expect(html).toMatch(/<caption[^>]*>Genbrugt pr. kategori<\/caption>/);
    expect(headers(html, 'col')).toEqual(['Kategori', 'Tons']);
    expect(headers(html, 'row')).toEqual(['Mursten', 'Hasle klinker']);
    expect(html).not.toContain('<tfoot');
  });

  it('right-aligns numbers, in the header and in every body cell, and leaves text columns alone', () => {
    const html = render(<NumericTable columns={columns} rows={rows} rowKey={(row) => row.slug} caption="Tons" />);
    const tonnesHeader = /<th[^>]*scope="col"[^>]*>Tons<\/th>/.exec(html)![0];
    const nameHeader = /<th[^>]*scope="col"[^>]*>Kategori<\/th>/.exec(html)![0];
    const numClass = /class="[^"]*?(\S*num\S*)[^"]*"/.exec(tonnesHeader)?.[1];
    expect(numClass).toBeTruthy();
    expect(nameHeader).not.toContain(numClass!);
    expect(html.match(new RegExp(`<td[^>]*${numClass}[^>]*>`, 'g'))).toHaveLength(2);
  });

  it('keeps a caption for screen readers only when asked, and passes data attributes to the table', () => {
    const html = render(<NumericTable columns={columns} rows={rows} rowKey={(row) => row.slug} caption="Skjult" hideCaption data-fate-table />);
    expect(html).toMatch(/<caption[^>]*class="[^"]*hiddenCaption[^"]*"[^>]*>Skjult<\/caption>/);
    expect(html).toMatch(/<table[^>]*data-fate-table="true"/);
  });

  it('adds a total row at the foot, labelled in the row-header column', () => {
    const html = render(<NumericTable columns={columns} rows={rows} rowKey={(row) => row.slug} caption="Tons" totalLabel="I alt" />);
    const foot = /<tfoot[^>]*>(.*)<\/tfoot>/.exec(html)![1]!;
    expect(foot).toMatch(/<th[^>]*scope="row"[^>]*>I alt<\/th>/);
    expect(foot).toMatch(/<td[^>]*>15.9<\/td>/);
    expect(foot).not.toContain('ignored');
  });

  it('gives a body row its own class and data attributes, and draws a body total like the foot', () => {
    const html = render(
      <NumericTable
        columns={columns}
        rows={rows}
        rowKey={(row) => row.slug}
        rowProps={(row) => ({ className: 'group', total: row.slug === 'klinker', 'data-category': row.slug })}
        caption="Tons"
      />,
    );
    expect(html).not.toContain('<tfoot');
    const [first, second] = [...html.matchAll(/<tr[^>]*data-category="[^"]*"[^>]*>/g)].map((m) => m[0]);
    expect(first).toMatch(/data-category="mursten"/);
    expect(first).toMatch(/class="[^"]*\bgroup\b/);
    expect(first).not.toMatch(/class="[^"]*total/);
    expect(second).toMatch(/class="[^"]*total[^"]*\bgroup\b/);
  });

  it('says there is nothing to show instead of drawing an empty table', () => {
    const html = render(<NumericTable columns={columns} rows={[]} rowKey={(row) => row.slug} caption="Tons" />);
    expect(html).not.toContain('<table');
    expect(html).toContain('Ingen tal at vise.');
    expect(render(<NumericTable columns={columns} rows={[]} rowKey={(row) => row.slug} caption="Tons" empty="Ingen faktorer" />)).toContain('Ingen faktorer');
  });
});
