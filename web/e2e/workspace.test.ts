import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startAppServer, type AppServer } from './support/app-server';
import { launchBrowser, newVisitor, screenshot } from './support/browser';

let server: AppServer;
let browser: Browser;

beforeAll(async () => {
  [server, browser] = await Promise.all([startAppServer(), launchBrowser()]);
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const photo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), 'fixtures/yellow-bricks.jpg');
const contractor = { email: 'contractor@demo.byg360.dk', password: 'byg360demo' };

const main = (page: Page) => page.getByRole('main');
const banner = (page: Page) => page.getByRole('banner');
const heading = (page: Page, name: string | RegExp) => page.getByRole('heading', { level: 1, name });

/** A day as the Danish page shows and takes it in a date field: 27-11-2026. */
const danishDate = (daysFromNow: number) => new Date(Date.now() + daysFromNow * 86_400_000).toISOString().slice(0, 10).split('-').reverse().join('-');

/** An inventory as a contractor would write it: Danish headers, semicolons, decimal commas; the last row is wrong twice. */
const badInventory = [
  'Titel;Kategori;Antal;Enhed;Stand;Pris',
  'Røde tegltagsten;Tegltagsten;120;m2;B;45,00',
  'Pløjede gulvbrædder;Plankegulv;35,5;m2;C;0',
  'Ukendt materiale;Findes ikke;12;stk;D;',
].join('\n');
const goodInventory = badInventory.split('\n').slice(0, 3).join('\n');

/** Confirmations pile up in a corner during a fast test; they would cover the screenshots. */
async function dismissNotifications(page: Page) {
  for (const close of await page.locator('.mantine-Notification-root').getByRole('button', { name: 'Luk' }).all()) {
    await close.click().catch(() => undefined);
  }
  await page.locator('.mantine-Notification-root').first().waitFor({ state: 'detached' }).catch(() => undefined);
}

async function chooseOption(page: Page, label: string, option: string, { search }: { search?: string } = {}) {
  const input = main(page).getByLabel(label);
  if (search) await input.fill(search);
  else await input.click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

describe('the contractor workspace in the browser', () => {
  it('lets a contractor create a project, add a lot with a photo, import a spreadsheet and publish, and shows the lot to the public', async () => {
    const context = await newVisitor(browser, server.url);
    const page = await context.newPage();

    // The workspace needs a login and comes back afterwards.
    await page.goto('/workspace');
    await heading(page, 'Log ind').waitFor();
    expect(new URL(page.url()).searchParams.get('redirectTo')).toBe('/workspace');
    await main(page).getByLabel('E-mail').fill(contractor.email);
    await main(page).getByRole('textbox', { name: 'Adgangskode', exact: true }).fill(contractor.password);
    await main(page).getByRole('button', { name: 'Log ind' }).click();
    await heading(page, 'Mine projekter').waitFor();
    // The seeded projects, with their lot counts.
    await main(page).getByRole('link', { name: 'Selektiv nedrivning af landejendom ved Klemensker' }).waitFor();
    await screenshot(page, 'workspace-dashboard');

    // A new project, placed by clicking the map.
    await main(page).getByRole('link', { name: 'Nyt projekt' }).click();
    await heading(page, 'Nyt nedrivningsprojekt').waitFor();
    const projectTitle = `Stuehus i Hasle ${Date.now().toString(36)}`;
    await main(page).getByLabel('Projektets navn').fill(projectTitle);
    await main(page).getByLabel('Adresse').fill('Storegade 41');
    await main(page).getByLabel('Postnummer').fill('3790');
    await main(page).getByRole('textbox', { name: 'By', exact: true }).fill('Hasle');
    await main(page).getByRole('region', { name: 'Kort: Placering på kortet' }).click();
    await main(page).getByText(/^Valgt punkt: 55,/).waitFor();
    await chooseOption(page, 'Bygningens anvendelse', 'Enfamiliehus');
    await main(page).getByLabel('Opførelsesår').fill('1860');
    await main(page).getByLabel('Etageareal').fill('118');
    await main(page).getByLabel('Materialer kan hentes fra').fill(danishDate(0));
    await main(page).getByLabel('Materialer kan hentes til').fill(danishDate(60));
    // Typing opens the calendar; Escape puts it away, as a user would before reaching the button.
    await page.keyboard.press('Escape');
    await main(page).getByRole('button', { name: 'Opret projekt' }).click();
    await heading(page, projectTitle).waitFor();
    await main(page).getByText('Ingen partier endnu').waitFor();
    const projectPath = new URL(page.url()).pathname;

    // A lot with a live estimate of mass and CO2e, and a photo chosen before saving.
    await main(page).getByRole('link', { name: 'Tilføj parti' }).click();
    await heading(page, 'Nyt parti').waitFor();
    const lotTitle = 'Gule mursten, renset';
    await main(page).getByLabel('Titel').fill(lotTitle);
    await chooseOption(page, 'Kategori', 'Mursten', { search: 'Murs' });
    await main(page).getByLabel('Mængde').fill('1200');
    expect(await main(page).getByRole('radio', { name: 'stk.' }).isChecked()).toBe(true);
    await main(page).getByRole('radio', { name: 'B – brugbar' }).check();
    await main(page).getByLabel(/^Pris pr\. stk\./).fill('2,50');
    const estimate = main(page).getByTestId('lot-estimate');
    await estimate.getByText('≈ 2.400 kg').waitFor();
    await estimate.getByText('≈ 612,7 kg CO₂e').waitFor();
    await main(page).locator('input[type="file"]').setInputFiles(photo);
    await main(page).getByRole('img', { name: 'Forhåndsvisning af yellow-bricks.jpg' }).waitFor();
    await dismissNotifications(page);
    await screenshot(page, 'workspace-lot-form');
    await main(page).getByRole('button', { name: 'Gem som kladde' }).click();

    // The edit page uploads the chosen photo, which becomes the cover.
    await heading(page, `Ret ${lotTitle}`).waitFor();
    const lotId = new URL(page.url()).pathname.split('/')[3]!;
    const uploaded = main(page).getByRole('img', { name: `${lotTitle}, billede 1` });
    await uploaded.waitFor({ timeout: 30_000 });
    await main(page).getByText('Forside', { exact: true }).waitFor();
    expect(await uploaded.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);

    // The inventory import: a dry run shows the bad row and cells, nothing is created until the file is right.
    await main(page).getByRole('link', { name: /^← Tilbage til/ }).click();
    await heading(page, projectTitle).waitFor();
    await main(page).getByRole('link', { name: 'Indlæs regneark' }).click();
    await heading(page, 'Indlæs partier fra regneark').waitFor();
    // A file without the required columns is refused as a whole, in Danish.
    const withoutColumns = 'Titel;Kategori;Stand\nGule mursten;Mursten;B';
    await main(page).locator('input[type="file"]').setInputFiles({ name: 'uden-kolonner.csv', mimeType: 'text/csv', buffer: Buffer.from(withoutColumns) });
    await main(page).getByRole('button', { name: 'Tjek filen' }).click();
    await main(page).getByRole('alert').getByText('Filen mangler kolonnerne: Antal og Enhed.', { exact: false }).waitFor();
    await dismissNotifications(page);
    await screenshot(page, 'workspace-import-file-error');
    await main(page).locator('input[type="file"]').setInputFiles({ name: 'ressourcekortlaegning.csv', mimeType: 'text/csv', buffer: Buffer.from(badInventory) });
    await main(page).getByRole('button', { name: 'Tjek filen' }).click();
    await main(page).getByText('1 række har fejl').waitFor();
    const badRow = main(page).locator('tr[data-import-row="4"]');
    await badRow.locator('td[data-column="category"][data-invalid]').getByText(/Ukendt kategori “Findes ikke”/).waitFor();
    await badRow.locator('td[data-column="condition"][data-invalid]').waitFor();
    expect(await main(page).getByRole('button', { name: /^Importér/ }).isDisabled()).toBe(true);
    await main(page).locator('label').filter({ hasText: 'Alle (3)' }).click();
    await main(page).locator('tr[data-import-row="2"][data-ok="true"]').waitFor();
    await dismissNotifications(page);
    await screenshot(page, 'workspace-import-preview');

    await main(page).getByRole('button', { name: 'Vælg en anden fil' }).click();
    await main(page).locator('input[type="file"]').setInputFiles({ name: 'ressourcekortlaegning.csv', mimeType: 'text/csv', buffer: Buffer.from(goodInventory) });
    await main(page).getByRole('button', { name: 'Tjek filen' }).click();
    await main(page).getByText('2 partier er klar til import').waitFor();
    await main(page).getByRole('button', { name: 'Importér 2 partier' }).click();
    await main(page).getByText('2 partier er oprettet').waitFor();
    await main(page).getByRole('link', { name: 'Gå til projektet' }).click();

    // The project page lists all three lots; publish the one with the photo right in the table.
    await heading(page, projectTitle).waitFor();
    expect(new URL(page.url()).pathname).toBe(projectPath);
    const table = main(page).getByRole('table');
    await table.getByRole('link', { name: 'Røde tegltagsten' }).waitFor();
    await table.getByRole('link', { name: 'Pløjede gulvbrædder' }).waitFor();
    const lotRow = table.getByRole('row').filter({ has: page.getByRole('link', { name: lotTitle }) });
    await lotRow.getByRole('button', { name: `Udbyd ${lotTitle}` }).click();
    await lotRow.getByText('Udbudt', { exact: true }).waitFor();
    await main(page).getByRole('button', { name: 'Titel (sortér)' }).click();
    expect(new URL(page.url()).searchParams.get('sort')).toBe('title');
    await dismissNotifications(page);
    await screenshot(page, 'workspace-project');
    await context.close();

    // A visitor, not logged in, sees the published lot with its photo, price, savings and the contractor's organisation.
    const visitor = await newVisitor(browser, server.url);
    const publicPage = await visitor.newPage();
    await publicPage.goto(`/lots/${lotId}`);
    await heading(publicPage, lotTitle).waitFor();
    await banner(publicPage).getByRole('link', { name: 'Log ind' }).waitFor();
    const cover = main(publicPage).getByRole('img', { name: `${lotTitle}, billede 1 af 1` });
    await cover.waitFor();
    await expect.poll(() => cover.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
    await main(publicPage).getByTestId('lot-price').getByText('2,50 kr. pr. stk.').waitFor();
    await main(publicPage).getByText('≈ 612,7 kg').waitFor();
    await main(publicPage).getByText('Bornholms Nedrivning ApS', { exact: true }).waitFor();
    expect(await main(publicPage).getByText('contractor@demo.byg360.dk').count()).toBe(0);
    await screenshot(publicPage, 'lot-public');

    await publicPage.setViewportSize({ width: 390, height: 844 });
    await heading(publicPage, lotTitle).waitFor();
    expect(await publicPage.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await screenshot(publicPage, 'lot-public-phone');
    await visitor.close();
    // A whole working session in one test: more than the default minute on a busy machine.
  }, 180_000);

  it('says the workspace is for contractors to other roles, and that a lot that does not exist is not found', async () => {
    const context = await newVisitor(browser, server.url);
    const page = await context.newPage();
    await page.goto('/login?redirectTo=%2Fworkspace');
    await main(page).getByLabel('E-mail').fill('citizen@demo.byg360.dk');
    await main(page).getByRole('textbox', { name: 'Adgangskode', exact: true }).fill(contractor.password);
    await main(page).getByRole('button', { name: 'Log ind' }).click();
    await heading(page, 'Siderne er for entreprenører').waitFor();

    await page.goto('/lots/00000000-0000-4000-8000-000000000000');
    await heading(page, 'Partiet findes ikke').waitFor();
    await context.close();
  });
});
