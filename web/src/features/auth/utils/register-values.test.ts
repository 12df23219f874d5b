import { registerBodySchema } from '@byg360/shared';
import { describe, expect, it } from 'vitest';
import { initialRegisterValues, toRegisterBody, type RegisterFormValues } from './register-values';

const filled = (changes: Partial<RegisterFormValues>): RegisterFormValues => ({
  ...initialRegisterValues(),
  name: 'Nanna',
  email: 'nanna@example.dk',
  password: 'genbrug-af-mursten',
  ...changes,
});

describe('toRegisterBody', () => {
  it('sends no organisation for a citizen, whatever was typed before switching role', () => {
    const values = filled({ role: 'citizen', organisationMode: 'create' });
    values.organisation.create.name = 'Glemt ApS';
    expect(toRegisterBody(values)).toEqual({ name: 'Nanna', email: 'nanna@example.dk', password: 'genbrug-af-mursten', role: 'citizen' });
  });

  it('sends only the chosen organisation when joining', () => {
    const joinId = '00000000-0000-4000-8000-000000000002';
    const body = toRegisterBody(filled({ role: 'maker', organisationMode: 'join', organisation: { ...initialRegisterValues().organisation, joinId } }));
    expect(body.organisation).toEqual({ joinId });
    expect(registerBodySchema.safeParse(body).success).toBe(true);
  });

  it('leaves out an empty CVR number when creating an organisation', () => {
    const values = filled({ role: 'contractor', organisationMode: 'create' });
    values.organisation.create.name = 'Nedbrydning ApS';
    const body = toRegisterBody(values);
    expect(body.organisation).toEqual({ create: { name: 'Nedbrydning ApS', kind: 'contractor', municipalityCode: '0400' } });
    expect(registerBodySchema.safeParse(body).success).toBe(true);
  });
});
