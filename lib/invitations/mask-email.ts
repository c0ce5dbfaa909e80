/** "j•••@acme.com": enough to recognise your own address, not enough to harvest one. */
export function maskEmail(email: string): string {
  const at = email.lastIndexOf("@");
  return `${email.slice(0, 1)}•••${email.slice(at)}`;
}
