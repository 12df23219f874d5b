import type { ImportLanguage } from '@byg360/shared';

export type TemplateFormat = 'xlsx' | 'csv';

/** The inventory template, downloaded with a plain link (no token needed). */
export function templateHref(format: TemplateFormat, language: ImportLanguage): string {
  return `/api/imports/lots-template.${format}?lang=${language}`;
}
