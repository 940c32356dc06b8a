import type { RuleMeta } from '../../core/types.js';

// Reported by the CLI (and the language server's file reader) before the engine sees any text:
// the file could not be read or decoded, so nothing in it was checked.
export const unreadableFile: RuleMeta = {
  id: 'SG000',
  name: 'unreadable-file',
  severity: 'error',
  kind: 'task',
  docs: {
    summary: 'A file that should be checked could not be read: missing, not a regular file, too large, binary, or not UTF-8.',
    why: 'A config the checker cannot read is a config nobody has verified: it may send a task to production hosts with live keys and still pass CI silently. The orchestrator may also read it differently (another encoding, a truncated file).',
    fix: 'Save the file as UTF-8 text, keep task configs small (well under 2 MB), and make sure it is a regular, readable file. An empty task config is reported as a note: delete it or fill it in.',
    bad: '# saved as Latin-1: the byte 0xE9 for "é" is not valid UTF-8\nname: caf<0xE9>-tests',
    good: '# saved as UTF-8\nname: café-tests',
  },
};
