// Documentation placeholders in a URL's userinfo (`postgres://user:password@localhost/db`): the value only names
// the slot a real password goes into, so it is not a literal secret.
//
// Decision (stated here, pinned by test/secrets/keys.test.ts and the SG201/SG409 tables): a value is a placeholder only when its word names the slot and nothing
// more: pass/password/passwd/pwd/secret (optionally with my/your/the/db/user in front, "here" after, any
// separators: `your-password`, `mysecretpassword`, `PASSWORD_HERE`), changeme/example/placeholder/redacted/dummy/
// sample, masks (`xxx`, `***`, `...`), and bracketed or variable slots (`<password>`, `[password]`, `${DB_PASS}`,
// `$DB_PASS`, `{{ pass }}`, `%PASS%`). Any variation is reported: `password123`, `p%40ssw0rd`, `s3cret` could be a
// real (weak) password in use, and a weak password committed to a repository is still a leaked credential; so is
// `pw` (too short to tell, and the URL pattern needs 3 characters anyway).
// (`p@ssw0rd` unencoded cannot sit in userinfo at all: the `@` ends it.)

const SLOT = /^(?:my|your|the|some|db|user|app)?(?:super)?(?:secret|pass(?:word)?|passwd|pwd)+(?:here)?$/;
const WORDS = new Set(['changeme', 'example', 'placeholder', 'redacted', 'dummy', 'sample', 'none', 'todo', 'tbd']);

/** Whether a URL userinfo password is a documentation placeholder rather than a literal secret. */
export function isPlaceholderPassword(value: string): boolean {
  const v = value.trim();
  if (!v || v.length > 64) return false;
  if (/^<[^<>]+>$|^\[[^[\]]+\]$|^\{\{[^{}]*\}\}$|^\$\{[^}]*\}$|^\$[A-Za-z_]\w*$|^%[A-Za-z_]\w*%$/.test(v)) return true;
  if (/^(?:[xX]+|\*+|•+|\.+|…+)$/.test(v)) return true;
  const word = v.toLowerCase().replace(/[-_.\s]/g, '');
  return SLOT.test(word) || WORDS.has(word);
}
