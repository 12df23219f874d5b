import sharp, { type Metadata } from 'sharp';
import { photoUploadRules } from '@byg360/shared';
import { AppError } from '../lib/errors.ts';

type Format = (typeof photoUploadRules.formats)[number];

export interface Rendition {
  data: Buffer;
  width: number;
  height: number;
}

export interface PhotoRenditions {
  /** Fits inside 1600 × 1600, never enlarged. */
  display: Rendition;
  /** 400 × 400, cropped to fill. */
  thumbnail: Rendition;
}

const DISPLAY_SIZE = 1600;
const THUMBNAIL_SIZE = 400;
const WEBP_QUALITY = 80;
const MAX_PIXELS = photoUploadRules.maxMegapixels * 1_000_000;

const accepted = 'JPEG, PNG or WebP';
const unsupported = (what: string) => new AppError('UNSUPPORTED_MEDIA_TYPE', `${what}. Upload a photo as ${accepted}.`);

/** The format told by the first bytes, so that nothing else ever reaches an image decoder. */
export function sniffFormat(data: Buffer): Format | null {
  if (data.length >= 3 && data[0] === 0xff && data[1] === 0xd8 && data[2] === 0xff) return 'jpeg';
  if (data.length >= 8 && data.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return 'png';
  if (data.length >= 12 && data.toString('latin1', 0, 4) === 'RIFF' && data.toString('latin1', 8, 12) === 'WEBP') return 'webp';
  return null;
}

/**
 * Decodes an uploaded photo and re-encodes it as WebP in two sizes. EXIF orientation is applied
 * first; the output carries no metadata at all (no EXIF, so no GPS; no XMP, no ICC profile), since
 * sharp only keeps metadata when asked to with keepMetadata/withMetadata, which is never done here.
 */
export async function processPhoto(data: Buffer): Promise<PhotoRenditions> {
  const sniffed = sniffFormat(data);
  if (!sniffed) throw unsupported('This file is not a photo in a supported format');

  // Reading the header decodes no pixels, so the size can be checked before any work is done.
  let header: Metadata;
  try {
    header = await sharp(data, { limitInputPixels: false }).metadata();
  } catch {
    throw unsupported('The file could not be read as an image; it may be damaged');
  }
  if (header.format !== sniffed) throw unsupported('The file’s content does not match a supported image format');
  if ((header.width ?? 0) * (header.height ?? 0) > MAX_PIXELS) {
    throw new AppError(
      'PAYLOAD_TOO_LARGE',
      `The image is ${header.width} × ${header.height} pixels; at most ${photoUploadRules.maxMegapixels} megapixels are accepted`,
    );
  }

  // Warnings (common in cameras' JPEGs) are tolerated; truncated or broken data is not.
  const source = sharp(data, { limitInputPixels: MAX_PIXELS, failOn: 'error' }).rotate();
  try {
    const [display, thumbnail] = await Promise.all([
      source
        .clone()
        .resize(DISPLAY_SIZE, DISPLAY_SIZE, { fit: 'inside', withoutEnlargement: true })
        .webp({ quality: WEBP_QUALITY })
        .toBuffer({ resolveWithObject: true }),
      source
        .clone()
        .resize(THUMBNAIL_SIZE, THUMBNAIL_SIZE, { fit: 'cover' })
        .webp({ quality: WEBP_QUALITY })
        .toBuffer({ resolveWithObject: true }),
    ]);
    return {
      display: { data: display.data, width: display.info.width, height: display.info.height },
      thumbnail: { data: thumbnail.data, width: thumbnail.info.width, height: thumbnail.info.height },
    };
  } catch {
    throw unsupported('The image data is damaged or incomplete');
  }
}
