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

const uniqueEmail = (label: string) => `${label}-${Date.now()}-${Math.random().toString(36).slice(2, 8)}@example.dk`;
const password = 'genbrug-af-mursten';

const banner = (page: Page) => page.getByRole('banner');
const main = (page: Page) => page.getByRole('main');
const heading = (page: Page, name: string) => page.getByRole('heading', { level: 1, name });

async function fillRegistration(page: Page, fields: { name: string; email: string; password: string }) {
  await main(page).getByLabel('Navn').fill(fields.name);
  await main(page).getByLabel('E-mail').fill(fields.email);
  await main(page).getByRole('textbox', { name: 'Adgangskode', exact: true }).fill(fields.password);
}

describe('accounts in the browser', () => {
  it('lets a visitor register, log out, log in again, stay logged in across reloads and switch to English', async () => {
    const context = await newVisitor(browser, server.url);
    const page = await context.newPage();
    const name = 'Signe Selvbygger';
    const email = uniqueEmail('citizen');

    await page.goto('/');
    await heading(page, 'Genbrug af byggematerialer på Bornholm').waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('da');
    await screenshot(page, 'home-da');

    await banner(page).getByRole('link', { name: 'Opret konto' }).click();
    await heading(page, 'Opret konto').waitFor();
    await fillRegistration(page, { name, email, password });
    await main(page).getByRole('button', { name: 'Opret konto' }).click();

    const accountButton = banner(page).getByRole('button', { name });
    await accountButton.waitFor();
    expect(new URL(page.url()).pathname).toBe('/');

    await accountButton.click();
    await page.getByRole('menuitem', { name: 'Log ud' }).click();
    await banner(page).getByRole('link', { name: 'Log ind' }).waitFor();

    await banner(page).getByRole('link', { name: 'Log ind' }).click();
    await heading(page, 'Log ind').waitFor();
    await main(page).getByLabel('E-mail').fill(email);
    await main(page).getByRole('textbox', { name: 'Adgangskode', exact: true }).fill(password);
    await main(page).getByRole('button', { name: 'Log ind' }).click();
    await accountButton.waitFor();

    // The access token lives in memory only: after a reload the refresh cookie must restore the session.
    await page.reload();
    await accountButton.waitFor();

    const savedLocale = page.waitForResponse((r) => r.url().endsWith('/api/me') && r.request().method() === 'PATCH');
    await banner(page).locator('label').filter({ hasText: 'English' }).click();
    await heading(page, 'Reusing building materials on Bornholm').waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect((await savedLocale).status()).toBe(200);

    await page.reload();
    await heading(page, 'Reusing building materials on Bornholm').waitFor();
    await banner(page).getByRole('button', { name }).waitFor();
    expect(await banner(page).getByRole('link', { name: 'Home' }).isVisible()).toBe(true);
    await screenshot(page, 'home-en');

    await context.close();
  });

  it('shows field errors for a too-short password without sending the registration', async () => {
    const context = await newVisitor(browser, server.url);
    const page = await context.newPage();
    const registrations: string[] = [];
    page.on('request', (request) => {
      if (request.url().endsWith('/api/auth/register')) registrations.push(request.method());
    });

    await page.goto('/register');
    await heading(page, 'Opret konto').waitFor();
    await fillRegistration(page, { name: 'Karl Kort', email: 'karl@', password: 'kort' });
    await main(page).getByRole('button', { name: 'Opret konto' }).click();

    const passwordInput = main(page).getByRole('textbox', { name: 'Adgangskode', exact: true });
    await main(page).getByText('Adgangskoden skal være på mindst 10 tegn.').waitFor();
    await main(page).getByText('Skriv en gyldig e-mailadresse, fx navn@eksempel.dk.').waitFor();
    expect(await passwordInput.getAttribute('aria-invalid')).toBe('true');
    const describedBy = (await passwordInput.getAttribute('aria-describedby')) ?? '';
    const errorIds = await main(page).locator('.mantine-InputWrapper-error').evaluateAll((nodes) => nodes.map((n) => n.id));
    expect(errorIds.some((id) => describedBy.split(' ').includes(id))).toBe(true);
    // Focus moves to the first field in error, so keyboard users hear what to fix.
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.type)).toBe('email');
    expect(registrations).toEqual([]);
    await screenshot(page, 'register-errors');

    await context.close();
  });

  it('shows the server’s "already registered" on the e-mail field', async () => {
    const email = uniqueEmail('taken');
    const created = await fetch(`${server.url}/api/auth/register`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'Første Bruger', email, password, role: 'citizen' }),
    });
    expect(created.status).toBe(201);

    const context = await newVisitor(browser, server.url);
    const page = await context.newPage();
    await page.goto('/register');
    await fillRegistration(page, { name: 'Anden Bruger', email, password });
    const reply = page.waitForResponse((r) => r.url().endsWith('/api/auth/register'));
    await main(page).getByRole('button', { name: 'Opret konto' }).click();
    expect((await reply).status()).toBe(409);

    await main(page).getByText('Der findes allerede en konto med denne e-mailadresse. Log ind i stedet.').waitFor();
    expect(await main(page).getByLabel('E-mail').getAttribute('aria-invalid')).toBe('true');
    await context.close();
  });
});
