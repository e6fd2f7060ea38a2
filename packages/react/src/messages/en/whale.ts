/** The whale charts' words (English). Empty until the family is ported onto the message catalogue. */
export const whale = {};
