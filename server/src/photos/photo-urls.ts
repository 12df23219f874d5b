/** Public URLs of a stored photo's two renditions; the storage key is server-generated and URL-safe. */
export const photoPaths = (storageKey: string) => ({
  url: `/uploads/lots/${storageKey}-display.webp`,
  thumbnailUrl: `/uploads/lots/${storageKey}-thumb.webp`,
});
