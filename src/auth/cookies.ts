/**
 * The login cookie's flags (Payload always sets HttpOnly): Secure whenever the public address
 * (SERVER_URL) is https, so the token never travels in clear; SameSite=Lax, so other sites'
 * requests carry it only on top-level navigation.
 */
export const authCookies = (serverUrl = process.env.SERVER_URL) => ({
  sameSite: 'Lax' as const,
  secure: Boolean(serverUrl?.startsWith('https://')),
})
