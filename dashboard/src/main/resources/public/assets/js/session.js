// Who is signed in, from GET /api/session, and the CSRF header every state-changing request must carry.
// Answer: {"user": {"username", "role": "analyst"|"leader"|"admin", "unit": code|null} | null,
//          "csrfToken": string|null, "publicReadOnly": boolean}

let pending = null;

/** The session, fetched once per page. */
export function session() {
  if (!pending) {
    pending = fetch('/api/session', { headers: { Accept: 'application/json' }, credentials: 'same-origin' })
      .then((response) => (response.ok ? response.json() : { user: null, csrfToken: null, publicReadOnly: false }));
  }
  return pending;
}

/** Headers for a POST/PUT/DELETE: the session's CSRF token (none in public read-only mode, where nothing changes). */
export async function csrfHeaders() {
  const current = await session();
  return current.csrfToken ? { 'X-CSRF-Token': current.csrfToken } : {};
}
