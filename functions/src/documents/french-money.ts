/** Amounts in euro cents written the Belgian French way: "25,00 €", "1 250,50 €", and "Gratuit" for a free permit. */

export function formatEuros(cents: number): string {
  const whole = Number.isFinite(cents) ? Math.round(cents) : 0;
  const sign = whole < 0 ? '-' : '';
  const abs = Math.abs(whole);
  const euros = String(Math.floor(abs / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, ' ');
  return `${sign}${euros},${String(abs % 100).padStart(2, '0')} €`;
}

/** The fee line of an authorisation: "Gratuit" when nothing is due. */
export function formatFee(cents: number): string {
  return Number.isFinite(cents) && Math.round(cents) === 0 ? 'Gratuit' : formatEuros(cents);
}
