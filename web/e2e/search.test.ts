import type { Browser, BrowserContext, BrowserContextOptions, Locator, Page } from 'playwright-core';
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

const password = 'byg360demo';
const citizen = { email: 'citizen@demo.byg360.dk', name: 'Sofie Selvbygger' };
const bricks = 'Gule blødstrøgne mursten, renset';

const main = (page: Page) => page.getByRole('main');
const results = (page: Page) => main(page).getByRole('region', { name: 'Resultater' });
const resultsHeading = (page: Page, name: string | RegExp) => results(page).getByRole('heading', { level: 2, name });
const searchBox = (page: Page) => main(page).getByRole('combobox', { name: 'Søg efter materialer' });
const lotLinks = (page: Page) => results(page).getByRole('listitem').getByRole('link');

/** A visitor whose map draws no tiles: the tests must not depend on (or wait for) openstreetmap.org. */
async function visitor(options: BrowserContextOptions = {}): Promise<BrowserContext> {
  const context = Object.keys(options).length
    ? await browser.newContext({ baseURL: server.url, locale: 'da-DK', viewport: { width: 1280, height: 860 }, ...options })
    : await newVisitor(browser, server.url);
  await context.route(/\.openstreetmap\.org\//, (route) => route.abort());
  return context;
}

async function titlesOf(page: Page): Promise<string[]> {
  return (await lotLinks(page).allTextContents()).map((title) => title.trim());
}

const lots = (count: number) => (count === 1 ? '1 parti' : `${count} partier`);

/** What the API answers for the page's URL: its parameters are the search's own. */
async function apiResult(page: Page): Promise<{ total: number; titles: string[] }> {
  const response = await fetch(`${server.url}/api/search${new URL(page.url()).search}`);
  expect(response.ok).toBe(true);
  const { total, hits } = (await response.json()) as { total: number; hits: { title: string }[] };
  return { total, titles: hits.map((hit) => hit.title) };
}

/**
 * The list shows what the URL asks for: the count (limited to the map's view, or to a radius) and
 * the same lots, in the same order, as the API gives for the URL's parameters.
 */
async function settled(page: Page, area = 'i kortudsnittet'): Promise<{ total: number; titles: string[] }> {
  await page.waitForURL((url) => url.searchParams.has('bbox') || url.searchParams.has('near'));
  const expected = await apiResult(page);
  await resultsHeading(page, `${lots(expected.total)} ${area}`).waitFor();
  await page.waitForFunction(() => !document.querySelector('[aria-busy="true"]'));
  expect(await titlesOf(page)).toEqual(expected.titles);
  return expected;
}

async function logIn(page: Page, email: string) {
  await page.goto('/login');
  await main(page).getByLabel('E-mail').fill(email);
  await main(page).getByRole('textbox', { name: 'Adgangskode', exact: true }).fill(password);
  await main(page).getByRole('button', { name: 'Log ind' }).click();
  await page.getByRole('banner').getByRole('button', { name: citizen.name }).waitFor();
}

function checkbox(page: Page, name: string): Locator {
  return main(page).getByRole('checkbox', { name: new RegExp(`^${name}`) });
}

describe('search and map in the browser', () => {
  it('searches on the map, filters, opens a lot, comes back, and a shared URL lands on the same view', async () => {
    const context = await visitor();
    const page = await context.newPage();

    // The home page's main call to action leads to the map, whose view goes into the URL.
    await page.goto('/');
    await main(page).getByRole('link', { name: 'Find materialer på kortet' }).click();
    await main(page).getByRole('heading', { level: 1, name: 'Find byggematerialer' }).waitFor();
    const everything = await settled(page);
    expect(everything.total).toBeGreaterThan(1);
    expect(new URL(page.url()).searchParams.get('bbox')).toMatch(/^[\d.]+,[\d.]+,[\d.]+,[\d.]+$/);
    // The map's clusters and single lots add up to the list's total.
    const markers = page.locator('.leaflet-marker-icon');
    await markers.first().waitFor();
    const onMap = (await markers.allTextContents()).reduce((sum, text) => sum + (Number(text) || 1), 0);
    expect(onMap).toBe(everything.total);

    // Search: suggestions appear while typing; Enter searches for the text.
    await searchBox(page).fill('mursten');
    await page.getByRole('option', { name: 'Søg efter »mursten«' }).waitFor();
    await searchBox(page).press('Enter');
    await page.waitForURL((url) => url.searchParams.get('q') === 'mursten');
    const found = await settled(page);
    expect(found.titles).toContain(bricks);

    // A facet filter narrows the list and the map.
    const brickFacet = checkbox(page, 'Mursten');
    expect(await brickFacet.isChecked()).toBe(false);
    // A click, not check(): the box is checked once the URL has changed, a moment later.
    await brickFacet.click();
    await page.waitForURL((url) => url.searchParams.get('category') === 'murvaerk-mursten');
    expect((await settled(page)).titles).toEqual([bricks]);
    expect(await checkbox(page, 'Mursten').isChecked()).toBe(true);
    await page.locator(`.leaflet-marker-icon[aria-label="${bricks}"]`).waitFor();
    await main(page).getByRole('group', { name: 'Valgte filtre' }).getByText('Mursten', { exact: true }).waitFor();
    await screenshot(page, 'search-map-filtered');
    const filteredUrl = page.url();

    // Open the lot from the list, and come back to the same search.
    await lotLinks(page).filter({ hasText: bricks }).click();
    await main(page).getByRole('heading', { level: 1, name: bricks }).waitFor();
    await page.goBack();
    expect((await settled(page)).titles).toEqual([bricks]);
    expect(page.url()).toBe(filteredUrl);
    expect(await searchBox(page).inputValue()).toBe('mursten');
    expect(await checkbox(page, 'Mursten').isChecked()).toBe(true);

    // The URL is the whole state: a new visitor who opens it sees the same search, filter and result.
    const other = await visitor();
    const shared = await other.newPage();
    await shared.goto(filteredUrl);
    expect((await settled(shared)).titles).toEqual([bricks]);
    expect(await searchBox(shared).inputValue()).toBe('mursten');
    expect(await checkbox(shared, 'Mursten').isChecked()).toBe(true);
    await shared.locator(`.leaflet-marker-icon[aria-label="${bricks}"]`).waitFor();
    // Landing on a shared view does not rewrite it.
    await shared.waitForTimeout(500);
    expect(shared.url()).toBe(filteredUrl);

    // Moving the map replaces the history entry rather than adding one; the list follows the view.
    const entries = await shared.evaluate(() => history.length);
    await shared.getByRole('region', { name: 'Kort over partier' }).focus();
    await shared.keyboard.press('Minus');
    await shared.waitForURL((url) => url.href !== filteredUrl);
    await settled(shared);
    expect(await shared.evaluate(() => history.length)).toBe(entries);
    await other.close();

    // Filter changes are history entries: back removes the category, and then the text.
    await page.goBack();
    expect((await settled(page)).titles).toEqual(found.titles);
    expect(await checkbox(page, 'Mursten').isChecked()).toBe(false);
    await page.goBack();
    expect((await settled(page)).total).toBe(everything.total);
    expect(await searchBox(page).inputValue()).toBe('');

    await context.close();
  });

  it('says so when nothing matches, and offers to widen the search', async () => {
    const context = await visitor();
    const page = await context.newPage();
    await page.goto('/map?q=mursten&condition=C');
    await resultsHeading(page, '0 partier i kortudsnittet').waitFor();
    await results(page).getByText('Ingen partier her').waitFor();
    await results(page).getByText('Prøv at zoome ud eller fjerne filtre.').waitFor();
    await results(page).getByRole('button', { name: 'Fjern filtre' }).click();
    await page.waitForURL((url) => !url.searchParams.has('q'));
    await settled(page);
    expect(new URL(page.url()).searchParams.get('condition')).toBeNull();
    await context.close();
  });

  it('finds lots near the visitor, and explains when the browser will not tell where that is', async () => {
    const located = await visitor({ geolocation: { latitude: 55.1709, longitude: 14.8301 }, permissions: ['geolocation'] });
    const page = await located.newPage();
    await page.goto('/map?q=mursten');
    await settled(page);
    await main(page).getByRole('button', { name: 'Nær mig' }).click();
    await page.waitForURL((url) => url.searchParams.get('near') === '55.171,14.83');
    const url = new URL(page.url());
    expect(url.searchParams.get('radiusKm')).toBe('10');
    expect(url.searchParams.get('sort')).toBe('nearest');
    expect(url.searchParams.get('q')).toBe('mursten');
    expect((await settled(page, 'inden for 10 km')).titles).toContain(bricks);
    await results(page).getByText(/0,\d km væk/).first().waitFor();
    await main(page).getByRole('combobox', { name: 'Afstand fra din placering' }).click();
    await page.getByRole('option', { name: 'Inden for 5 km' }).click();
    await page.waitForURL((u) => u.searchParams.get('radiusKm') === '5');
    await settled(page, 'inden for 5 km');
    await main(page).getByRole('button', { name: 'Fjern »nær mig«' }).click();
    await page.waitForURL((u) => !u.searchParams.has('near'));
    await settled(page);
    expect(new URL(page.url()).searchParams.get('near')).toBeNull();
    await located.close();

    const refused = await visitor({ permissions: [] });
    const refusedPage = await refused.newPage();
    await refusedPage.goto('/map');
    await settled(refusedPage);
    await main(refusedPage).getByRole('button', { name: 'Nær mig' }).click();
    await main(refusedPage).getByRole('alert').getByText(/Siden har ikke lov til at se din placering/).waitFor();
    expect(new URL(refusedPage.url()).searchParams.get('near')).toBeNull();
    await refused.close();
  });

  it('lets a logged-in citizen save the search as an alert and find it among their wanted posts', async () => {
    const context = await visitor();
    const page = await context.newPage();
    await logIn(page, citizen.email);
    await page.goto('/map?q=tagsten&free=1');
    expect((await settled(page)).total).toBeGreaterThan(0);

    await main(page).getByRole('button', { name: 'Gem søgning' }).click();
    const dialog = page.getByRole('dialog', { name: 'Gem søgningen' });
    await dialog.getByText('»tagsten«').waitFor();
    await dialog.getByText('Gratis').waitFor();
    expect(await dialog.getByLabel('Navn på søgningen (valgfrit)').inputValue()).toBe('tagsten');
    await dialog.getByLabel('Navn på søgningen (valgfrit)').fill('Gratis tagsten til udhuset');
    const saved = page.waitForResponse((r) => r.url().endsWith('/api/wanted') && r.request().method() === 'POST');
    await dialog.getByRole('button', { name: 'Gem søgning' }).click();
    const response = await saved;
    expect(response.status()).toBe(201);
    const body = (await response.json()) as { search: Record<string, unknown>; title: string | null };
    expect(body.search).toMatchObject({ q: 'tagsten', free: true });
    expect(body.search.bbox).toBeDefined();
    expect(body.title).toBe('Gratis tagsten til udhuset');
    await dialog.waitFor({ state: 'hidden' });

    await page.goto('/wanted?tab=mine');
    const post = main(page).getByRole('article').filter({ hasText: 'Gratis tagsten til udhuset' });
    await post.getByText('Gemt søgning').first().waitFor();
    await post.getByRole('link', { name: 'Vis søgningen på kortet' }).click();
    await settled(page);
    expect(await searchBox(page).inputValue()).toBe('tagsten');
    expect(await main(page).getByRole('radio', { name: /^Gratis/ }).isChecked()).toBe(true);

    // The author can close the post; it then leaves the public list.
    await page.goto('/wanted?tab=mine');
    await post.getByRole('button', { name: 'Luk »Gratis tagsten til udhuset«' }).click();
    await post.getByText('Lukket').waitFor();
    await context.close();
  });

  it('posts a wanted request with field errors from the server, and shows the map and filters on a phone', async () => {
    const context = await visitor();
    const page = await context.newPage();
    await logIn(page, citizen.email);

    await page.goto('/wanted');
    await main(page).getByRole('heading', { level: 1, name: 'Efterlyste materialer' }).waitFor();
    await main(page).getByRole('article').first().waitFor();
    await main(page).getByRole('link', { name: 'Efterlys materialer' }).click();
    await main(page).getByRole('heading', { level: 1, name: 'Efterlys materialer' }).waitFor();

    const form = main(page);
    await form.getByLabel('Hvad mangler du?').click();
    await page.getByRole('option', { name: 'Mursten', exact: true }).click();
    await form.getByLabel('Overskrift (valgfri)').fill('Gule mursten til havemur');
    await form.getByLabel('Mængde (valgfri)').fill('400');
    await form.getByRole('textbox', { name: 'Postnummer' }).fill('9999');
    await screenshot(page, 'wanted-form');
    await form.getByRole('button', { name: 'Opret efterlysning' }).click();
    // The server does not know the postcode: the message sits on the field.
    await form.getByText('Vi kender ikke det postnummer. Vælg stedet på kortet i stedet.').waitFor();
    await form.getByRole('textbox', { name: 'Postnummer' }).fill('3700');
    await form.getByRole('button', { name: 'Opret efterlysning' }).click();
    await page.waitForURL((url) => url.pathname === '/wanted' && url.searchParams.get('tab') === 'mine');
    await main(page).getByRole('article').filter({ hasText: 'Gule mursten til havemur' }).getByText('Åben').waitFor();
    await context.close();

    const phone = await visitor({ viewport: { width: 390, height: 844 } });
    const phonePage = await phone.newPage();
    await phonePage.goto('/map?q=mursten');
    // The phone shows the map first; the list is one tap away and follows the map's view.
    await phonePage.waitForURL((url) => url.searchParams.has('bbox'));
    await phonePage.locator('.leaflet-marker-icon').first().waitFor();
    await screenshot(phonePage, 'search-map-phone');
    await main(phonePage).getByText(/^Liste \(\d+\)$/).click();
    await settled(phonePage);
    await screenshot(phonePage, 'search-list-phone');
    await main(phonePage).getByRole('button', { name: 'Filtre' }).click();
    const drawer = phonePage.getByRole('dialog', { name: 'Filtre' });
    await drawer.getByRole('checkbox', { name: /^Mursten/ }).waitFor();
    // Let the drawer finish sliding in before the picture.
    await phonePage.waitForFunction(() => document.getAnimations().length === 0);
    // Not full-page: the drawer covers the viewport.
    await phonePage.screenshot({ path: `${screenshotDir}/search-filters-phone.png` });
    await phone.close();
  });
});
