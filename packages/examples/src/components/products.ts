/** The column group of a product: for accounts new to us (the acquired base) or for our existing accounts. */
export function audienceLabel(audience: 'new' | 'existing', t: (en: string, de: string) => string): string {
  return audience === 'new'
    ? t('For new accounts (acquired)', 'Für neue Kunden (übernommen)')
    : t('For existing accounts', 'Für bestehende Kunden');
}
