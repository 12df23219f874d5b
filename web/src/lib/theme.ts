import {
  createTheme,
  PasswordInput,
  Radio,
  Select,
  TextInput,
  type CSSVariablesResolver,
  type MantineColorsTuple,
} from '@mantine/core';
import { DateInput } from '@mantine/dates';

// A muted green, dark enough at the primary shade (7) for white text and links to pass WCAG AA on white.
const moss: MantineColorsTuple = [
  '#eef6f0',
  '#dcebe0',
  '#b8d7c1',
  '#92c2a0',
  '#71b084',
  '#5aa372',
  '#3f8f5d',
  '#2f7d4f',
  '#256a42',
  '#1b5734',
];

const fontFamily =
  'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", sans-serif';

// 16px inputs: legible, and mobile browsers do not zoom in when one gets focus.
const field = { defaultProps: { size: 'md' } } as const;

export const theme = createTheme({
  colors: { moss },
  primaryColor: 'moss',
  primaryShade: 7,
  fontFamily,
  headings: { fontFamily, fontWeight: '650' },
  defaultRadius: 'md',
  focusRing: 'auto',
  cursorType: 'pointer',
  components: {
    TextInput: TextInput.extend(field),
    PasswordInput: PasswordInput.extend(field),
    Select: Select.extend(field),
    DateInput: DateInput.extend(field),
    Radio: Radio.extend(field),
    RadioGroup: Radio.Group.extend(field),
  },
});

/** Mantine's default "dimmed" grey and error red are below 4.5:1 on white; both carry information here. */
export const cssVariablesResolver: CSSVariablesResolver = (current) => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': current.colors.gray[7],
    '--mantine-color-error': current.colors.red[9],
  },
  dark: {},
});
