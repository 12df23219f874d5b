import type { Lot, Project, Reservation, SessionResponse } from '@byg360/shared';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startAppServer, type AppServer } from './support/app-server';
import { launchBrowser, newVisitor, screenshot, screenshotDir } from './support/browser';

let server: AppServer;
let browser: Browser;

beforeAll(async () => {
  // The demo lots were published a few days ago; without an early-access window they are open to everyone.
  [server, browser] = await Promise.all([startAppServer({ env: { EARLY_ACCESS_HOURS: '0' } }), launchBrowser()]);
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const password = 'byg360demo';
const citizen = { email: 'citizen@demo.byg360.dk', name: 'Sofie Selvbygger' };
const contractor = { email: 'contractor@demo.byg360.dk', name: 'Jens Nedriver' };
const maker = { email: 'maker@demo.byg360.dk', name: 'Mette fra MaterialeVærket' };

const banner = (page: Page) => page.getByRole('banner');
const main = (page: Page) => page.getByRole('main');

async function apiJson<T>(path: string, init: RequestInit = {}): Promise<T> {
  const response = await fetch(`${server.url}${path}`, init);
  expect(response.ok, `${init.method ?? 'GET'} ${path} → ${response.status}`).toBe(true);
  return (await response.json()) as T;
}

async function apiToken(email: string): Promise<string> {
  const session = await apiJson<SessionResponse>('/api/auth/login', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  return session.accessToken;
}

/** The published lots of the first demo project, the farm at Klemensker. */
async function klemenskerLots(): Promise<Lot[]> {
  const { projects } = await apiJson<{ projects: Project[] }>('/api/projects');
  const project = projects.find((p) => p.title === 'Selektiv nedrivning af landejendom ved Klemensker');
  expect(project).toBeDefined();
  const { lots } = await apiJson<{ lots: Lot[] }>(`/api/projects/${project!.id}/lots`);
  return lots.filter((lot) => lot.status === 'published');
}

/** The window as the user sees it, with the dialog or popover over the page; welcome toasts dismissed first. */
async function viewportShot(page: Page, name: string) {
  const toasts = page.locator('.mantine-Notifications-root').getByRole('button', { name: 'Luk' });
  for (const close of await toasts.all()) await close.click().catch(() => undefined);
  await expect.poll(() => toasts.count()).toBe(0);
  await page.screenshot({ path: path.join(screenshotDir, `${name}.png`) });
}

async function logIn(page: Page, email: string, redirectTo: string) {
  await page.goto(`/login?redirectTo=${encodeURIComponent(redirectTo)}`);
  await main(page).getByLabel('E-mail').fill(email);
  await main(page).getByRole('textbox', { name: 'Adgangskode', exact: true }).fill(password);
  await main(page).getByRole('button', { name: 'Log ind' }).click();
  await page.waitForURL((url) => url.pathname === redirectTo);
}

describe('reservations in the browser', () => {
  it('lets a citizen reserve, the contractor answer (also in bulk), and the citizen see the contact and the notification', async () => {
    const lots = await klemenskerLots();
    const bricks = lots.find((lot) => lot.unit === 'pcs');
    const others = lots.filter((lot) => lot !== bricks).slice(0, 2);
    expect(bricks).toBeDefined();
    expect(others).toHaveLength(2);

    // --- The citizen reserves part of the bricks on the public lot page.
    const citizenContext = await newVisitor(browser, server.url);
    const citizenPage = await citizenContext.newPage();
    await citizenPage.goto(`/lots/${bricks!.id}`);
    await main(citizenPage).getByRole('heading', { level: 1, name: bricks!.title }).waitFor();
    const panel = main(citizenPage).getByRole('region', { name: 'Reservation' });
    await panel.getByRole('link', { name: 'Log ind for at reservere' }).click();
    await main(citizenPage).getByLabel('E-mail').fill(citizen.email);
    await main(citizenPage).getByRole('textbox', { name: 'Adgangskode', exact: true }).fill(password);
    await main(citizenPage).getByRole('button', { name: 'Log ind' }).click();
    await citizenPage.waitForURL((url) => url.pathname === `/lots/${bricks!.id}`);

    await panel.getByText('4.800 stk. tilbage').waitFor();
    await panel.getByRole('button', { name: 'Reservér' }).click();
    const dialog = citizenPage.getByRole('dialog', { name: `Reservér: ${bricks!.title}` });
    await dialog.waitFor();
    const quantity = dialog.getByRole('textbox', { name: 'Mængde (stk.)' });
    // The dialog traps focus and starts on the quantity.
    await expect.poll(() => quantity.evaluate((el) => el === document.activeElement)).toBe(true);

    // More than what is left is refused before anything is sent.
    await quantity.fill('5000');
    await dialog.getByRole('button', { name: 'Send reservation' }).click();
    await dialog.getByText('Der er kun 4.800 stk. tilbage.').waitFor();

    await quantity.fill('250');
    const pickup = dialog.getByLabel('Afhentning (dansk tid)');
    expect(await pickup.inputValue()).toMatch(/^\d{4}-\d{2}-\d{2}T10:00$/);
    await dialog.getByLabel('Besked til entreprenøren (valgfri)').fill('Jeg henter med trailer lørdag formiddag.');
    await viewportShot(citizenPage, 'reservations-dialog');

    const created = citizenPage.waitForResponse((r) => r.url().endsWith(`/api/lots/${bricks!.id}/reservations`) && r.request().method() === 'POST');
    await dialog.getByRole('button', { name: 'Send reservation' }).click();
    const response = await created;
    expect(response.status()).toBe(201);
    expect(response.request().headers()['idempotency-key']).toMatch(/^[0-9a-f-]{36}$/);
    const reservation = (await response.json()) as Reservation;
    expect(reservation).toMatchObject({ quantity: '250', status: 'pending', message: 'Jeg henter med trailer lørdag formiddag.' });
    await dialog.waitFor({ state: 'hidden' });
    await panel.getByText('4.550 stk. tilbage').waitFor();
    await panel.getByText('Du har 1 aktiv reservation på partiet.').waitFor();
    await panel.scrollIntoViewIfNeeded();
    await viewportShot(citizenPage, 'reservations-lot-panel');

    // Two more requests, from the maker through the API, so that the inbox has something to do in bulk.
    const makerToken = await apiToken(maker.email);
    const pickupAt = new Date(Date.now() + 2 * 86_400_000).toISOString();
    for (const lot of others) {
      await apiJson<Reservation>(`/api/lots/${lot.id}/reservations`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${makerToken}`, 'idempotency-key': crypto.randomUUID() },
        body: JSON.stringify({ quantity: '1', pickupAt, message: 'Til værkstedet' }),
      });
    }

    // --- The contractor sees the requests in the inbox, reached from the account menu.
    const contractorContext = await newVisitor(browser, server.url);
    const contractorPage = await contractorContext.newPage();
    await logIn(contractorPage, contractor.email, '/');
    await banner(contractorPage).getByRole('button', { name: contractor.name }).click();
    await contractorPage.getByRole('menuitem', { name: 'Indbakke: reservationer' }).click();
    await main(contractorPage).getByRole('heading', { level: 1, name: 'Indbakke: reservationer' }).waitFor();

    const requests = main(contractorPage).getByRole('list', { name: 'Forespørgsler' });
    const citizensRequest = requests.getByRole('article', { name: `${citizen.name} – ${bricks!.title}` });
    await citizensRequest.waitFor();
    await citizensRequest.getByText('250 stk.').waitFor();
    await citizensRequest.getByText('Jeg henter med trailer lørdag formiddag.').waitFor();
    await citizensRequest.getByText(/^Udløber om /).waitFor();

    const selectAll = main(contractorPage).getByRole('checkbox', { name: 'Vælg alle afventende (3)' });
    await selectAll.check();
    await main(contractorPage).getByText('3 valgt').waitFor();
    await viewportShot(contractorPage, 'reservations-inbox-bulk');
    await selectAll.uncheck();

    const { unread: unreadBefore } = await apiJson<{ unread: number }>('/api/notifications', { headers: { authorization: `Bearer ${await apiToken(citizen.email)}` } });

    // One by one: accept the citizen's request.
    const accepted = contractorPage.waitForResponse((r) => r.url().endsWith(`/api/reservations/${reservation.id}/accept`));
    await citizensRequest.getByRole('button', { name: 'Acceptér' }).click();
    expect((await accepted).status()).toBe(200);
    await citizensRequest.getByText('Accepteret', { exact: true }).waitFor();

    // In bulk: decline the maker's two, with one reason for both, and read the per-item report.
    await main(contractorPage).getByRole('checkbox', { name: 'Vælg alle afventende (2)' }).check();
    await main(contractorPage).getByRole('button', { name: 'Afvis valgte' }).click();
    const reasonDialog = contractorPage.getByRole('dialog', { name: 'Afvis 2 forespørgsler' });
    await reasonDialog.getByLabel('Begrundelse (valgfri)').fill('Partierne er lovet væk til et lokalt projekt.');
    await reasonDialog.getByRole('button', { name: 'Afvis' }).click();
    await main(contractorPage).getByText('2 forespørgsler afvist.').waitFor();
    await contractorContext.close();

    // --- The citizen: the bell has the news, and My reservations shows the contact.
    // The citizen may already have news (wanted posts matching new lots); the acceptance adds one.
    await citizenPage.goto('/');
    const unread = unreadBefore + 1;
    const bell = banner(citizenPage).getByRole('button', { name: `Notifikationer, ${unread} ${unread === 1 ? 'ulæst' : 'ulæste'}`, exact: true });
    await bell.waitFor();
    await bell.click();
    const popover = citizenPage.getByRole('dialog', { name: 'Notifikationer' });
    const news = popover.getByRole('link', { name: new RegExp(`Din reservation af 250 stk\\. af »${bricks!.title}« er accepteret`) });
    await news.waitFor();
    await viewportShot(citizenPage, 'reservations-bell');
    // Escape closes the popover and gives focus back to the bell.
    await citizenPage.keyboard.press('Escape');
    await popover.waitFor({ state: 'hidden' });
    await bell.click();
    await news.click();

    await citizenPage.waitForURL((url) => url.pathname === '/reservations');
    await main(citizenPage).getByRole('heading', { level: 1, name: 'Mine reservationer' }).waitFor();
    // Following the notification marked it read.
    const left = unread - 1;
    await banner(citizenPage).getByRole('button', { name: left ? `Notifikationer, ${left} ${left === 1 ? 'ulæst' : 'ulæste'}` : 'Notifikationer', exact: true }).waitFor();
    const mine = main(citizenPage).getByRole('article', { name: bricks!.title });
    await mine.getByText('Accepteret', { exact: true }).waitFor();
    const contact = mine.getByRole('region', { name: 'Kontakt til afhentning' });
    await contact.getByText('Bornholms Nedrivning ApS').waitFor();
    await contact.getByText(contractor.name).waitFor();
    expect(await contact.getByRole('link', { name: contractor.email }).getAttribute('href')).toBe(`mailto:${contractor.email}`);
    expect(await contact.getByRole('link', { name: '+45 56 00 00 01' }).getAttribute('href')).toBe('tel:+4556000001');
    await contact.getByText(/Smedegårdsvej 12, 3782 Klemensker/).waitFor();
    await screenshot(citizenPage, 'reservations-mine');

    await citizenContext.close();
  });
});

describe('early access in the browser', () => {
  // The default 48-hour window: the Østermarie lots were published a day ago, so only makers may reserve yet.
  let earlyServer: AppServer;
  beforeAll(async () => {
    earlyServer = await startAppServer();
  });
  afterAll(async () => {
    await earlyServer?.stop();
  });

  it('tells a citizen when a new lot opens, and lets a maker reserve it already', async () => {
    const { projects } = (await (await fetch(`${earlyServer.url}/api/projects`)).json()) as { projects: Project[] };
    const project = projects.find((p) => p.title === 'Bindingsværkshus i Østermarie');
    expect(project).toBeDefined();
    const { lots } = (await (await fetch(`${earlyServer.url}/api/projects/${project!.id}/lots`)).json()) as { lots: Lot[] };
    const lot = lots.find((l) => l.status === 'published')!;

    const citizenContext = await newVisitor(browser, earlyServer.url);
    const citizenPage = await citizenContext.newPage();
    await citizenPage.goto(`/login?redirectTo=${encodeURIComponent(`/lots/${lot.id}`)}`);
    await main(citizenPage).getByLabel('E-mail').fill(citizen.email);
    await main(citizenPage).getByRole('textbox', { name: 'Adgangskode', exact: true }).fill(password);
    await main(citizenPage).getByRole('button', { name: 'Log ind' }).click();
    const citizenPanel = main(citizenPage).getByRole('region', { name: 'Reservation' });
    await citizenPanel.getByText(/^Åbner for alle \d{1,2}\. \w+\.? \d{4}/).waitFor();
    expect(await citizenPanel.getByRole('button', { name: 'Reservér' }).count()).toBe(0);
    await citizenPanel.scrollIntoViewIfNeeded();
    await viewportShot(citizenPage, 'reservations-early-access');
    await citizenContext.close();

    const makerContext = await newVisitor(browser, earlyServer.url);
    const makerPage = await makerContext.newPage();
    await makerPage.goto(`/login?redirectTo=${encodeURIComponent(`/lots/${lot.id}`)}`);
    await main(makerPage).getByLabel('E-mail').fill(maker.email);
    await main(makerPage).getByRole('textbox', { name: 'Adgangskode', exact: true }).fill(password);
    await main(makerPage).getByRole('button', { name: 'Log ind' }).click();
    const makerPanel = main(makerPage).getByRole('region', { name: 'Reservation' });
    await makerPanel.getByText(/^Tidlig adgang:/).waitFor();
    await makerPanel.getByRole('button', { name: 'Reservér' }).click();
    const dialog = makerPage.getByRole('dialog', { name: `Reservér: ${lot.title}` });
    await dialog.waitFor();
    // Escape closes the dialog and returns focus to the button that opened it.
    await makerPage.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    await expect.poll(() => makerPanel.getByRole('button', { name: 'Reservér' }).evaluate((el) => el === document.activeElement)).toBe(true);
    await makerContext.close();
  });
});
