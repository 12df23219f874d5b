/**
 * Mantine's orange 9 (#d9480f) is below 4.5:1 on white and on its own tint; "waiting for an
 * answer" and "expires in …" are read at small sizes, so they use a darker burnt orange.
 */
export const URGENT_TEXT = '#9c3a00';
