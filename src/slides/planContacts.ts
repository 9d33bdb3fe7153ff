import type { ContactView } from '../view/types.js';
import { qrMatrix } from '../assets/qrMatrix.js';
import type { ContactsSlide } from './types.js';

/** A contact value that is a web address: http(s)://… or www.… */
export function isUrl(value: string): boolean {
  return /^(https?:\/\/|www\.)\S+$/i.test(value.trim());
}

/** The contacts, and a QR code of the first one that is a URL. */
export function contactsContent(contacts: readonly ContactView[]): Pick<ContactsSlide, 'contacts' | 'qr'> {
  const url = contacts.find((c) => isUrl(c.value));
  const text = url === undefined ? null : /^www\./i.test(url.value.trim()) ? `https://${url.value.trim()}` : url.value.trim();
  return {
    contacts: contacts.map((c) => ({ ...c, qr: null })),
    qr: text === null || url === undefined ? null : { ...qrMatrix(text), value: url.value, text },
  };
}
