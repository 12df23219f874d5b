import { registerBodySchema } from '@byg360/shared';
import i18next, { type TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import da from '../locales/da.json';
import en from '../locales/en.json';
import { ApiError } from './api-client';
import { describeApiError, schemaErrors } from './form-errors';

const i18n = i18next.createInstance();
beforeAll(async () => {
  await i18n.init({ lng: 'da', resources: { da: { translation: da }, en: { translation: en } }, interpolation: { escapeValue: false } });
});
// Late-bound, so that changeLanguage in a test takes effect.
const t = ((key: string, options?: object) => i18n.t(key as never, options as never)) as unknown as TFunction;

describe('schemaErrors', () => {
  it('puts translated messages from the shared schema on each field', () => {
    const errors = schemaErrors(registerBodySchema, { name: '', email: 'karl@', password: 'kort', role: 'citizen' }, t);
    expect(errors).toEqual({
      name: 'Feltet skal udfyldes.',
      email: 'Skriv en gyldig e-mailadresse, fx navn@eksempel.dk.',
      password: 'Adgangskoden skal være på mindst 10 tegn.',
    });
  });

  it('asks to choose when a list field is empty, and explains a wrong CVR number', () => {
    const body = {
      name: 'Nanna',
      email: 'nanna@example.dk',
      password: 'genbrug-af-mursten',
      role: 'contractor',
      organisation: { create: { name: 'Nedbrydning ApS', kind: 'contractor', municipalityCode: '', cvr: '123' } },
    };
    const errors = schemaErrors(registerBodySchema, body, t, { choiceFields: ['organisation.create.municipalityCode'] });
    expect(errors).toEqual({
      'organisation.create.municipalityCode': 'Vælg en mulighed.',
      'organisation.create.cvr': 'Et CVR-nummer består af 8 cifre.',
    });
  });

  it('speaks English when the visitor chose English', async () => {
    await i18n.changeLanguage('en');
    try {
      const errors = schemaErrors(registerBodySchema, { name: 'A', email: 'a@example.dk', password: 'aaaaaaaaaaaa', role: 'citizen' }, t);
      expect(errors).toEqual({ password: 'The password is too simple. Use more different characters.' });
    } finally {
      await i18n.changeLanguage('da');
    }
  });
});

describe('describeApiError', () => {
  it('shows "already registered" on the e-mail field and nothing above the form', () => {
    const error = new ApiError({ status: 409, code: 'CONFLICT', message: 'An account with this e-mail already exists', fields: [{ path: 'email', message: 'Already registered' }] });
    expect(describeApiError(error, t, { fields: ['email', 'password'] })).toEqual({
      fieldErrors: { email: 'Der findes allerede en konto med denne e-mailadresse. Log ind i stedet.' },
      formError: null,
    });
  });

  it('says how long to wait after too many attempts', () => {
    const error = new ApiError({ status: 429, code: 'RATE_LIMITED', message: 'Too many login attempts. Try again in 2 minutes.', retryAfterSeconds: 90 });
    expect(describeApiError(error, t).formError).toBe('For mange forsøg. Prøv igen om 2 minutter.');
  });

  it('lets the form say what a status means for it', () => {
    const error = new ApiError({ status: 401, code: 'UNAUTHORIZED', message: 'Wrong e-mail or password' });
    expect(describeApiError(error, t, { messages: { 401: 'custom' } }).formError).toBe('custom');
    expect(describeApiError(error, t).formError).toBe('Forkert e-mail eller adgangskode.');
  });

  it('words a field by its reason before reading its English text, and falls back to the text for reasons the form does not word', () => {
    const error = new ApiError({
      status: 400,
      code: 'VALIDATION',
      message: 'Invalid body',
      fields: [
        { path: 'email', message: 'Enter a valid e-mail address', reason: 'email.taken', params: { domain: 'example.dk' } },
        { path: 'name', message: 'Enter your name', reason: 'text.too_short', params: { min: 2 } },
      ],
    });
    const reasonText = ({ reason, params }: { reason?: string; params?: Record<string, unknown> }) => (reason === 'email.taken' ? `taken at ${String(params?.domain)}` : undefined);
    expect(describeApiError(error, t, { fields: ['email', 'name'], reasonText }).fieldErrors).toEqual({ email: 'taken at example.dk', name: 'Feltet skal udfyldes.' });
  });

  it('never shows the server’s English text for an unknown problem', () => {
    const error = new ApiError({ status: 400, code: 'VALIDATION', message: 'Invalid body: foo', fields: [{ path: 'foo', message: 'Bad' }] });
    expect(describeApiError(error, t, { fields: ['email'] })).toEqual({ fieldErrors: {}, formError: 'Noget gik galt. Prøv igen.' });
  });
});
