import type { resources } from '../lib/i18n-resources';

// Makes `t('some.key')` a type error when the key is missing from the Danish catalogue.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: (typeof resources)['da'];
  }
}
