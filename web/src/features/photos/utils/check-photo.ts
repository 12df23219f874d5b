import { photoUploadRules } from '@byg360/shared';

export type PhotoProblem = 'type' | 'size' | 'tooMany';

export const PHOTO_ACCEPT = photoUploadRules.mimeTypes.join(',');
export const PHOTO_MAX_MB = photoUploadRules.maxBytes / (1024 * 1024);

/**
 * The server's rules, checked before sending so that a wrong file fails at once. The server still
 * checks the content; a renamed file with an image type gets its refusal from there.
 */
export function checkPhoto(file: Pick<File, 'type' | 'size'>, alreadyThere: number): PhotoProblem | null {
  if (!(photoUploadRules.mimeTypes as readonly string[]).includes(file.type)) return 'type';
  if (file.size > photoUploadRules.maxBytes) return 'size';
  if (alreadyThere >= photoUploadRules.maxPerLot) return 'tooMany';
  return null;
}

/** Moves the item at `from` one step left (−1) or right (+1); the same array when it cannot move. */
export function move<T>(items: readonly T[], from: number, step: -1 | 1): T[] {
  const to = from + step;
  if (from < 0 || to < 0 || to >= items.length) return [...items];
  const next = [...items];
  [next[from], next[to]] = [next[to]!, next[from]!];
  return next;
}
