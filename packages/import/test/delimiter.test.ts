import { describe, expect, it } from 'vitest';
import { detectDelimiter } from '../src/delimiter';

describe('detectDelimiter', () => {
  it('finds ; in a German file although its decimal commas vary per row', () => {
    const text = [
      'Kundennummer;Kunde;Umsatz 2023;Umsatz 2024',
      'K-1;Grünwaldau;1.234,56;2.345,67',
      'K-2;Falkenried;12,5;',
      'K-3;Auenfeld;1.000;3.000,5',
    ].join('\r\n');
    expect(detectDelimiter(text)).toEqual({ delimiter: ';', sepLine: false });
  });

  it('finds ; even when every data row has the same number of decimal commas', () => {
    const text = ['id;name;a;b', 'K-1;X;1,5;2,5', 'K-2;Y;3,5;4,5', 'K-3;Z;5,5;6,5'].join('\n');
    expect(detectDelimiter(text).delimiter).toBe(';');
  });

  it('finds , in an English file and ignores commas inside quotes', () => {
    const text = [
      'id,name,revenue_2024',
      'K-1,"Clinique Sainte-Élodie, Groupe Santé","1,234,567.00"',
      'K-2,Hollowmere,"18,600.00"',
    ].join('\n');
    expect(detectDelimiter(text).delimiter).toBe(',');
  });

  it('finds tabs and pipes', () => {
    expect(detectDelimiter('id\tname\tx\nK-1\tA, B\t1,5\n').delimiter).toBe('\t');
    expect(detectDelimiter('id|name\nK-1|A; B\n').delimiter).toBe('|');
  });

  it('copes with quoted line breaks and title rows above the header', () => {
    const text = [
      'Kundenliste Stand 31.12.2024',
      '',
      'id;name;note',
      'K-1;A;"line one',
      'line two; still note"',
      'K-2;B;c',
    ].join('\n');
    expect(detectDelimiter(text).delimiter).toBe(';');
  });

  it("honours Excel's sep= line", () => {
    expect(detectDelimiter('sep=;\nid,name;x\n')).toEqual({ delimiter: ';', sepLine: true });
  });

  it('defaults to , for a single column', () => {
    expect(detectDelimiter('id\nK-1\nK-2').delimiter).toBe(',');
  });
});
