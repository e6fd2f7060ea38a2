import { describe, expect, it } from 'vitest';
import { decodeText, decodeWindows1252, encodeWindows1252 } from '../src/encoding';

const utf8 = (text: string) => new TextEncoder().encode(text);

describe('decodeText', () => {
  it('reads UTF-8 with a byte-order mark and drops the mark', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('Kundennummer;Grünwaldau')]);
    expect(decodeText(bytes)).toEqual({ text: 'Kundennummer;Grünwaldau', encoding: 'utf-8-bom' });
  });

  it('reads UTF-8 without a byte-order mark', () => {
    expect(decodeText(utf8('Sjöhamra Hälsoförsäkring; 1.234,56 €'))).toEqual({
      text: 'Sjöhamra Hälsoförsäkring; 1.234,56 €',
      encoding: 'utf-8',
    });
  });

  it('falls back to Windows-1252 when the bytes are not UTF-8 (umlauts as single bytes)', () => {
    // "Müller;Größe;€ 5" as a German Excel writes it
    const bytes = new Uint8Array([
      0x4d, 0xfc, 0x6c, 0x6c, 0x65, 0x72, 0x3b, 0x47, 0x72, 0xf6, 0xdf, 0x65, 0x3b, 0x80, 0x20, 0x35,
    ]);
    expect(decodeText(bytes)).toEqual({ text: 'Müller;Größe;€ 5', encoding: 'windows-1252' });
  });

  it('maps the Windows-1252 bytes 0x80–0x9F to their characters, not C1 controls', () => {
    expect(decodeWindows1252(new Uint8Array([0x80, 0x84, 0x93, 0x94, 0x96, 0x9f]))).toBe('€„“”–Ÿ');
  });

  it('reads UTF-16 LE with a byte-order mark (Excel "Unicode text")', () => {
    const text = 'id\tName\nK-1\tMüller';
    const bytes = new Uint8Array(2 + text.length * 2);
    bytes.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i++) {
      bytes[2 + i * 2] = text.charCodeAt(i) & 0xff;
      bytes[3 + i * 2] = text.charCodeAt(i) >> 8;
    }
    expect(decodeText(bytes)).toEqual({ text, encoding: 'utf-16le' });
  });

  it('uses the encoding the user chose', () => {
    const bytes = utf8('Grünwaldau');
    expect(decodeText(bytes, 'windows-1252').text).toBe('GrÃ¼nwaldau');
    expect(decodeText(encodeWindows1252('Grünwaldau'), 'windows-1252').text).toBe('Grünwaldau');
  });

  it('round-trips Windows-1252 and writes ? for characters it cannot hold', () => {
    const text = 'Äöü ß € „Zitat“ – Ÿ';
    expect(decodeWindows1252(encodeWindows1252(text))).toBe(text);
    expect(decodeWindows1252(encodeWindows1252('Łódź'))).toBe('?ód?');
  });
});
