import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import ExcelJS from 'exceljs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startAppServer, type AppServer } from './support/app-server';
import { launchBrowser, newVisitor, screenshot, screenshotDir } from './support/browser';

let server: AppServer;
let browser: Browser;

beforeAll(async () => {
  [server, browser] = await Promise.all([startAppServer(), launchBrowser()]);
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const planner = { email: 'planner@demo.byg360.dk', password: 'byg360demo' };
const reportTitle = 'Udbud og efterspørgsel af byggematerialer';

const main = (page: Page) => page.getByRole('main');
const categoryChart = (page: Page) => main(page).locator('[data-chart="categories"]');
const periodChart = (page: Page) => main(page).locator('[data-chart="periods"]');
const reportTable = (page: Page) => main(page).locator('[data-report-table]');
const reportMap = (page: Page) => main(page).locator('.leaflet-container');

/** The category names on the chart's axis, once it has drawn bars. */
async function chartCategories(page: Page): Promise<string[]> {
  await categoryChart(page).locator('svg .recharts-bar-rectangle path').first().waitFor();
  return categoryChart(page).locator('.recharts-yAxis-tick-labels .recharts-cartesian-axis-tick-value').allTextContents();
}

/** The welcome message would cover the key figures in the screenshot. */
/** Opens the reports page, which asks for a login and comes back to the report after it. */
async function logInToReports(page: Page) {
  await page.goto('/reports');
  await page.getByRole('heading', { level: 1, name: 'Log ind' }).waitFor();
  await main(page).getByLabel('E-mail').fill(planner.email);
  await main(page).getByRole('textbox', { name: 'Adgangskode', exact: true }).fill(planner.password);
  await main(page).getByRole('button', { name: 'Log ind' }).click();
  await page.getByRole('heading', { level: 1, name: reportTitle }).waitFor();
}

async function dismissNotifications(page: Page) {
  for (const close of await page.locator('.mantine-Notification-root').getByRole('button', { name: 'Luk' }).all()) {
    await close.click().catch(() => undefined);
  }
  await page.locator('.mantine-Notification-root').first().waitFor({ state: 'detached' }).catch(() => undefined);
}

/** The document title Chromium writes into the PDF's Info dictionary (UTF-16BE hex, or a literal string). */
function pdfTitle(pdf: Buffer): string | null {
  const text = pdf.toString('latin1');
  const hex = /\/Title\s*<FEFF([0-9A-Fa-f]*)>/.exec(text);
  if (hex?.[1]) return Buffer.from(hex[1], 'hex').swap16().toString('utf16le');
  return /\/Title\s*\(([^)]*)\)/.exec(text)?.[1] ?? null;
}

describe('the planner’s report in the browser', () => {
  it('lets the demo planner filter the report, see chart and table follow, download XLSX and print a PDF', async () => {
    const context = await newVisitor(browser, server.url);
    const page = await context.newPage();
    const requested: string[] = [];
    page.on('request', (request) => {
      const url = new URL(request.url());
      requested.push(`${url.pathname}${url.search}`);
    });
    const clusterRequests = () => requested.filter((url) => url.startsWith('/api/map/clusters?'));

    // The report needs a login and comes back to it afterwards.
    await logInToReports(page);

    // All categories: one bar group per top-level category, and the table with groups, subcategories and a total.
    const before = await chartCategories(page);
    expect(before).toEqual(expect.arrayContaining(['Murværk', 'Natursten', 'Tag']));
    expect(await categoryChart(page).locator('svg .recharts-bar-rectangle').count()).toBeGreaterThan(5);
    expect(await reportTable(page).locator('tbody tr[data-level="group"]').count()).toBeGreaterThanOrEqual(5);
    await reportTable(page).locator('tbody tr[data-level="total"]').waitFor();
    await reportTable(page).locator('tr[data-category="tag-tegltagsten"]').waitFor();
    expect(await periodChart(page).locator('.recharts-xAxis-tick-labels .recharts-cartesian-axis-tick-value').allTextContents()).toContain('2026');

    // The map: postcode circles placed by the report's own positions, and the lots as the server's clusters for the view.
    await reportMap(page).locator('path.leaflet-interactive').first().waitFor();
    await main(page).locator('[data-map-lots]', { hasText: /\(\d[\d.]* i kortudsnittet\)/ }).waitFor();
    expect(clusterRequests().some((url) => /[?&]zoom=\d+/.test(url) && url.includes('municipality=0400'))).toBe(true);
    expect(await main(page).getByText('Uden placering på kortet').count()).toBe(0);
    await dismissNotifications(page);
    await screenshot(page, 'reports');

    // By quarter: the URL keeps the choice, the time series is drawn per quarter.
    await main(page).getByRole('radiogroup', { name: 'Tidsopdeling' }).getByText('Kvartal', { exact: true }).click();
    await page.waitForURL((url) => url.searchParams.get('granularity') === 'quarter');
    await main(page).getByRole('heading', { name: 'Udvikling pr. kvartal' }).waitFor();
    await periodChart(page).locator('.recharts-xAxis-tick-labels .recharts-cartesian-axis-tick-value', { hasText: 'kvt.' }).first().waitFor();

    // One category group: its subcategories become the bars, and the table keeps only that group.
    await main(page).getByLabel('Materialekategori').click();
    await page.getByRole('option', { name: 'Murværk (hele gruppen)' }).click();
    await page.waitForURL((url) => url.searchParams.get('category') === 'murvaerk');
    await reportTable(page).locator('tr[data-category="tag-tegltagsten"]').waitFor({ state: 'detached' });
    const after = await chartCategories(page);
    expect(after).toEqual(expect.arrayContaining(['Mursten', 'Hasle klinker']));
    expect(after).not.toContain('Tag');
    expect(await reportTable(page).locator('tbody tr[data-level="group"]').count()).toBe(1);
    await reportTable(page).locator('tr[data-category="murvaerk-mursten"]').waitFor();
    await main(page).getByText(/Murværk · pr\. kvartal/).waitFor();
    await expect.poll(() => clusterRequests().some((url) => url.includes('category=murvaerk'))).toBe(true);

    // XLSX, fetched with the session's token and saved through a download link.
    const [download] = await Promise.all([page.waitForEvent('download'), main(page).getByRole('button', { name: 'Hent XLSX' }).click()]);
    expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
    const xlsx = await readFile((await download.path())!);
    expect(xlsx.length).toBeGreaterThan(1000);
    expect(xlsx.subarray(0, 2).toString('latin1')).toBe('PK');
    const workbook = new ExcelJS.Workbook();
    // ExcelJS types its input as an ArrayBuffer (its own `Buffer`); JSZip reads either.
    await workbook.xlsx.load(xlsx.buffer.slice(xlsx.byteOffset, xlsx.byteOffset + xlsx.byteLength) as ArrayBuffer);
    const sheets = workbook.worksheets.map((sheet) => sheet.name);
    expect(sheets).toEqual(expect.arrayContaining(['Kategorier', 'Faktorer og kilder']));
    const slugs: string[] = [];
    workbook.getWorksheet('Kategorier')!.eachRow((row) => row.eachCell((cell) => slugs.push(cell.text)));
    expect(slugs).toContain('murvaerk-mursten');
    expect(slugs).not.toContain('tag-tegltagsten');
    // The confirmation appears in the corner, outside <main>.
    await page.getByText(/\.xlsx er hentet/).first().waitFor();

    // The print button hands over to the browser's print dialog.
    await page.evaluate(() => {
      (window as unknown as { printed: boolean }).printed = false;
      window.print = () => {
        (window as unknown as { printed: boolean }).printed = true;
      };
    });
    await main(page).getByRole('button', { name: 'Udskriv / gem som PDF' }).click();
    expect(await page.evaluate(() => (window as unknown as { printed: boolean }).printed)).toBe(true);

    // Printed, the report stands alone: no header, filters or buttons; the charts and the table stay.
    await page.emulateMedia({ media: 'print' });
    expect(await page.getByRole('banner').isVisible()).toBe(false);
    expect(await main(page).getByRole('button', { name: 'Hent XLSX' }).isVisible()).toBe(false);
    expect(await main(page).getByLabel('Materialekategori').isVisible()).toBe(false);
    expect(await categoryChart(page).locator('svg').isVisible()).toBe(true);
    expect(await reportTable(page).isVisible()).toBe(true);
    expect(await reportMap(page).isVisible()).toBe(true);
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.length).toBeGreaterThan(20_000);
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? [];
    expect(pages.length).toBeGreaterThanOrEqual(2);
    expect(pdfTitle(pdf)).toContain(reportTitle);

    // What the printed page looks like, at the paper's width (A4 landscape less margins).
    await page.setViewportSize({ width: 1032, height: 730 });
    await screenshot(page, 'reports-print');

    // The map never needed the lots export: only the GeoJSON download button asks for it.
    expect(requested.filter((url) => url.startsWith('/api/exports/lots.geojson'))).toEqual([]);
    await context.close();
  });

  it('shows and takes the period’s days in the page’s language, and from the keyboard', async () => {
    const context = await newVisitor(browser, server.url);
    const page = await context.newPage();
    await logInToReports(page);
    await page.goto('/reports?from=2026-01-01&to=2026-06-30');
    const calendar = page.locator('[data-dates-dropdown]');
    // The calendar fades in; the screenshots wait until it has.
    const calendarShown = () => expect.poll(() => calendar.evaluate((element) => getComputedStyle(element).opacity)).toBe('1');

    // Danish: day-month-year in figures, whatever the browser's language.
    const from = main(page).getByLabel('Fra dato');
    const to = main(page).getByLabel('Til dato');
    await expect.poll(() => from.inputValue()).toBe('01-01-2026');
    expect(await to.inputValue()).toBe('30-06-2026');

    // Typed as shown, the day goes into the URL as ISO.
    await from.fill('15-02-2026');
    await page.waitForURL((url) => url.searchParams.get('from') === '2026-02-15');
    await page.keyboard.press('Escape');
    await calendar.waitFor({ state: 'detached' });

    // The down arrow takes focus into the calendar; arrows move, Enter picks and returns to the field.
    await to.focus();
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('30 juni 2026');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('1 juli 2026');
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.searchParams.get('to') === '2026-07-01');
    await calendar.waitFor({ state: 'detached' });
    expect(await to.evaluate((input) => input === document.activeElement)).toBe(true);
    expect(await to.inputValue()).toBe('01-07-2026');
    await page.keyboard.press('ArrowDown');
    await calendar.waitFor();
    await page.keyboard.press('Escape');
    await calendar.waitFor({ state: 'detached' });
    expect(await to.evaluate((input) => input === document.activeElement)).toBe(true);

    // The calendar in Danish: month and weekdays, the week starting on Monday.
    await from.click();
    await calendar.getByText('februar 2026').waitFor();
    await calendarShown();
    expect((await calendar.locator('thead th').allTextContents()).slice(0, 2)).toEqual(['ma.', 'ti.']);
    await mkdir(screenshotDir, { recursive: true });
    await page.screenshot({ path: path.join(screenshotDir, 'reports-date-da.png') });
    await page.keyboard.press('Escape');

    // English: the same days with the month's name, and an English calendar.
    await page.getByRole('banner').locator('label').filter({ hasText: 'English' }).click();
    const fromEn = main(page).getByLabel('From date');
    await expect.poll(() => fromEn.inputValue()).toBe('15 Feb 2026');
    expect(await main(page).getByLabel('To date').inputValue()).toBe('1 Jul 2026');
    await fromEn.click();
    await calendar.getByText('February 2026').waitFor();
    await calendarShown();
    await page.screenshot({ path: path.join(screenshotDir, 'reports-date-en.png') });
    await context.close();
  });
});
