/** A new record id: a prefix (`stf`, `key`, `cls`) and 20 random hex digits. */
export const newId = (prefix: string) => `${prefix}_${crypto.randomUUID().replaceAll('-', '').slice(0, 20)}`;
