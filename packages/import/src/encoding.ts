/**
 * Character encodings of CSV files as spreadsheets write them: UTF-8 with or without a byte-order mark (Excel's
 * "CSV UTF-8"), Windows-1252 (Excel's plain "CSV" on a German or English Windows) and UTF-16 (Excel's
 * "Unicode text").
 */

/** An encoding {@link decodeText} detects or can be told to use. */
export type TextEncoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'windows-1252';

/** Human-readable names of the encodings, for the UI. */
export const ENCODING_LABELS: Record<TextEncoding, string> = {
  'utf-8': 'UTF-8',
  'utf-8-bom': 'UTF-8 with BOM',
  'utf-16le': 'UTF-16 LE',
  'utf-16be': 'UTF-16 BE',
  'windows-1252': 'Windows-1252',
};

/**
 * Windows-1252 bytes 0x80–0x9F (WHATWG index). Some runtimes decode them as C1 controls (Node.js ≥ 20.18.3
 * treats windows-1252 as Latin-1: nodejs/node#60888), so {@link decodeText} maps them itself.
 */
const CP1252_C1 =
  '\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u008D\u017D\u008F' +
  '\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u009D\u017E\u0178';

/** Decodes Windows-1252 bytes (with TextDecoder, then fixing 0x80–0x9F where the runtime got them wrong). */
export function decodeWindows1252(bytes: Uint8Array): string {
  const text = new TextDecoder('windows-1252').decode(bytes);
  return text.replace(/[\u0080-\u009F]/g, (c) => CP1252_C1[c.charCodeAt(0) - 0x80]!);
}

/** Result of {@link decodeText}. */
export interface DecodedText {
  /** The text, without a byte-order mark. */
  text: string;
  /** The encoding used. */
  encoding: TextEncoding;
}

/**
 * Decodes a CSV file's bytes. With `encoding` `'auto'` (the default): a UTF-8 byte-order mark means UTF-8, a
 * UTF-16 one UTF-16; otherwise the bytes are decoded as UTF-8 with `fatal: true`, and when that fails (an
 * umlaut written as the single byte 0xE4, say) as Windows-1252, which decodes any byte sequence.
 *
 * @example
 * decodeText(new Uint8Array([0x4b, 0xfc, 0x68])).text; // 'Küh' (Windows-1252)
 * decodeText(new Uint8Array([0xef, 0xbb, 0xbf, 0x4b, 0xc3, 0xbc])).encoding; // 'utf-8-bom'
 */
export function decodeText(bytes: Uint8Array, encoding: TextEncoding | 'auto' = 'auto'): DecodedText {
  const bom8 = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const bomLe = bytes[0] === 0xff && bytes[1] === 0xfe;
  const bomBe = bytes[0] === 0xfe && bytes[1] === 0xff;
  const chosen: TextEncoding =
    encoding !== 'auto' ? encoding : bom8 ? 'utf-8-bom' : bomLe ? 'utf-16le' : bomBe ? 'utf-16be' : 'utf-8';
  const strip = (text: string) => text.replace(/^\uFEFF/, '');
  switch (chosen) {
    case 'utf-8-bom':
      return { text: strip(new TextDecoder('utf-8').decode(bytes)), encoding: chosen };
    case 'utf-16le':
    case 'utf-16be':
      return { text: strip(new TextDecoder(chosen).decode(bytes)), encoding: chosen };
    case 'windows-1252':
      return { text: decodeWindows1252(bytes), encoding: chosen };
    default:
      if (encoding === 'utf-8') return { text: strip(new TextDecoder('utf-8').decode(bytes)), encoding };
      try {
        return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
      } catch {
        return { text: decodeWindows1252(bytes), encoding: 'windows-1252' };
      }
  }
}

/**
 * Encodes text as Windows-1252, for test fixtures and templates; a character it cannot hold becomes `?`, as
 * Excel writes it.
 *
 * @example
 * encodeWindows1252('Kü€'); // Uint8Array [0x4b, 0xfc, 0x80]
 */
export function encodeWindows1252(text: string): Uint8Array {
  const out = new Uint8Array(text.length);
  let n = 0;
  for (const char of text) {
    const code = char.codePointAt(0)!;
    const c1 = CP1252_C1.indexOf(char);
    if (code < 0x80 || (code >= 0xa0 && code <= 0xff)) out[n++] = code;
    else if (c1 >= 0 && !(code >= 0x80 && code <= 0x9f)) out[n++] = 0x80 + c1;
    else out[n++] = 0x3f;
  }
  return out.slice(0, n);
}
