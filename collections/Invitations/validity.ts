/** How long an invitation's link works: a week, time enough to find the email after a holiday weekend. */
export const INVITATION_VALID_MS = 7 * 24 * 60 * 60 * 1000
