/** An e-mail address as the forms check it before sending (the API's zod schemas have the last word). */
export const EMAIL_RE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
