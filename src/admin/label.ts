/** A label or description in the admin's two languages. */
export const t = (da: string, en: string) => ({ da, en })
