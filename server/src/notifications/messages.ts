/** The notification kinds and their e-mail texts in Danish and English. The web client renders in-app texts itself. */
export type NotificationKind =
  | 'reservation_requested'
  | 'reservation_accepted'
  | 'reservation_declined'
  | 'reservation_cancelled'
  | 'reservation_expired'
  | 'reservation_collected'
  | 'wanted_match';

type Texts = Record<NotificationKind, { subject: string; body: string }>;

const da: Texts = {
  reservation_requested: { subject: 'Ny reservation: {lotTitle}', body: '{requesterName} vil gerne reservere {quantity} {unit} af "{lotTitle}".\nSvar inden {expiresAt}: {url}' },
  reservation_accepted: { subject: 'Din reservation er accepteret: {lotTitle}', body: 'Din reservation af {quantity} {unit} af "{lotTitle}" er accepteret.\nSe kontaktoplysninger og afhentning: {url}' },
  reservation_declined: { subject: 'Din reservation blev afvist: {lotTitle}', body: 'Din reservation af {quantity} {unit} af "{lotTitle}" blev afvist. {reason}\n{url}' },
  reservation_cancelled: { subject: 'Reservation annulleret: {lotTitle}', body: 'Reservationen af {quantity} {unit} af "{lotTitle}" er annulleret. {reason}\n{url}' },
  reservation_expired: { subject: 'Reservation udløbet: {lotTitle}', body: 'Reservationen af {quantity} {unit} af "{lotTitle}" blev ikke besvaret i tide og er udløbet.\n{url}' },
  reservation_collected: { subject: 'Afhentet: {lotTitle}', body: '{quantity} {unit} af "{lotTitle}" er registreret som afhentet. Tak fordi du genbruger!\n{url}' },
  wanted_match: { subject: 'Nyt materiale til din efterlysning: {lotTitle}', body: '"{lotTitle}" er netop sat til genbrug og passer til det, du efterlyser.\nSe det her: {url}' },
};

const en: Texts = {
  reservation_requested: { subject: 'New reservation: {lotTitle}', body: '{requesterName} would like to reserve {quantity} {unit} of "{lotTitle}".\nPlease answer before {expiresAt}: {url}' },
  reservation_accepted: { subject: 'Your reservation was accepted: {lotTitle}', body: 'Your reservation of {quantity} {unit} of "{lotTitle}" was accepted.\nSee the contact details and pick-up: {url}' },
  reservation_declined: { subject: 'Your reservation was declined: {lotTitle}', body: 'Your reservation of {quantity} {unit} of "{lotTitle}" was declined. {reason}\n{url}' },
  reservation_cancelled: { subject: 'Reservation cancelled: {lotTitle}', body: 'The reservation of {quantity} {unit} of "{lotTitle}" was cancelled. {reason}\n{url}' },
  reservation_expired: { subject: 'Reservation expired: {lotTitle}', body: 'The reservation of {quantity} {unit} of "{lotTitle}" was not answered in time and has expired.\n{url}' },
  reservation_collected: { subject: 'Collected: {lotTitle}', body: '{quantity} {unit} of "{lotTitle}" was recorded as collected. Thank you for reusing!\n{url}' },
  wanted_match: { subject: 'New material for your wanted post: {lotTitle}', body: '"{lotTitle}" was just listed for reuse and matches what you are looking for.\nSee it here: {url}' },
};

export function renderMail(kind: NotificationKind, data: Record<string, unknown>, locale: 'da' | 'en', publicUrl: string) {
  const texts = (locale === 'en' ? en : da)[kind];
  // A match links to the lot; everything else to the reservations page.
  const path = kind === 'wanted_match' ? `/lots/${encodeURIComponent(String(data.lotId))}` : '/reservations';
  const values: Record<string, string> = { url: `${publicUrl}${path}`, reason: '' };
  for (const [k, v] of Object.entries(data)) if (v !== null && v !== undefined) values[k] = String(v);
  // Mail bodies are plain text, so user-supplied values need no escaping; line breaks in them are flattened.
  const fill = (template: string) => template.replace(/\{(\w+)\}/g, (_, key: string) => (values[key] ?? '').replace(/[\r\n]+/g, ' '));
  return { subject: fill(texts.subject), body: fill(texts.body) };
}
