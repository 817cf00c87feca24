/** A mailto: link whose subject and body carry the page URL, so a reader's remark arrives with its context. */
export function feedbackMailto(address: string, pageUrl: string, subject: string, body: string): string {
  const params = new URLSearchParams({ subject: `${subject}: ${pageUrl}`, body: `${body}\n\n${pageUrl}\n\n` });
  // mailto wants %20 for spaces, not "+": some mail clients show the plus signs literally.
  return `mailto:${address}?${params.toString().replace(/\+/g, '%20')}`;
}
