// Regexes recheck cannot prove safe within its time budget (or finds polynomial), each with the reason it is
// acceptable; the project's own ones carry the same reason in a comment next to them. Keys: /source/flags
// without g, d, y. Catalog patterns are published scanner rules kept verbatim (see server/src/secrets/patterns.ts).
const CATALOG = 'catalog secret pattern: run only on a line that holds its keyword, cut to SCAN_WINDOW, every repetition bounded or ended by a fixed terminator (hostile 100 KB lines in test/secrets/scan.test.ts)';

export const ACCEPTED: Record<string, string> = {
  // server/src/secrets/redactText.ts (recheck: polynomial on some runs, safe on others)
  "/-----BEGIN[ A-Z0-9_-]{0,40}PRIVATE KEY-----(?:(?:\\s|\\\\n|[+|-](?=[A-Za-z0-9+/=]{16}))*[A-Za-z0-9+/=]{16,})*(?:(?:\\s|\\\\n)*-----END[ A-Z0-9_-]{0,40}PRIVATE KEY-----)?/": 'starts only at the literal header, and all after it is optional: the first greedy path matches, nothing is retried',
  // server/src/secrets/redactText.ts (recheck: vulnerable (polynomial))
  "/([a-z][a-z0-9+.-]{0,20}:\\/\\/)([^\\s/?#@'\"`<>]{1,300})@/i": "every repetition is bounded ({0,20}, {1,300}): at most about 320 steps per start",
  // server/src/secrets/redactText.ts (recheck: vulnerable (polynomial))
  "/([\"']?)([A-Za-z_][A-Za-z0-9_.-]{0,80})\\1([ \\t]*[:=][ \\t]*)(\"[^\"\\n]*\"?|'[^'\\n]*'?|`[^`\\n]*`?|\\$\\{[^}\\s]*\\}|[^\\s,;{}[\\]`'\"][^\\s,;}\\]`'\"]*)/": "the key is bounded ({0,80}): a start scans at most 80 key characters and one run of blanks before it fails",
  // server/src/models/agents/editor.ts (recheck: vulnerable (polynomial))
  "/^([ \\t]*)([-*+]|\\d+[.)])?([ \\t]*)(.*)$/": 'runs on the one line before the cursor; only its leading blanks can be re-tried',
  // server/src/models/agents/firm.ts (recheck: unknown)
  "/[ \\t]+(?:api[ \\t]+)?(?:keys?|apikeys?|credentials?|tokens?|secrets?|passwords?)\\b/i": 'sticky, literal words separated by [ \\t]+: no two quantifiers can match the same text',
  // server/src/models/agents/firm.ts (recheck: unknown)
  "/\\b(?:should|ought\\s+to)\\s+(?:ideally\\s+|generally\\s+|probably\\s+|really\\s+)?be\\s+avoided\\b/i": 'literal words separated by \\s+: no two quantifiers can match the same text',
  // server/src/models/agents/firm.ts (recheck: unknown)
  "/\\b(?:we|i)(?:['’]d|\\s+would)\\s+rather\\s+(\\w+)\\s+did(?:n['’]t|\\s+not)\\s+/i": 'literal words separated by \\s+, one \\w+ between literals: no two quantifiers can match the same text',
  // server/src/models/agents/firm.ts (recheck: vulnerable (polynomial))
  "/\\b(?:we['’]?d\\s+)?prefer\\s+([^.;,]{1,80}?)\\s+(?:over|to|rather\\s+than)\\s+/i": 'the lazy group is bounded ({1,80}): at most 80 steps per start',
  // server/src/engine/suppressions.ts (recheck: unknown)
  "/(?:^|[ \\t])#[ \\t]*sandbox-guard-disable-(next-line|line)\\b([^\\n\\r]*)/m": 'a fixed keyword, then one [^\\n\\r]* to the end of the line: linear per keyword occurrence',
  // server/src/engine/suppressions.ts (recheck: unknown)
  "/<!--[ \\t]*sandbox-guard-disable-(next-line|line)\\b([^\\n\\r]*?)-->/": 'a fixed keyword, then one lazy [^\\n\\r]*? up to the literal -->: linear per keyword occurrence',
  // server/src/hosts/hostMessages.ts (recheck: vulnerable (polynomial))
  "/\\s*\\(.*\\)\\s*$/": 'runs on catalog provider names (our data, a few words)',
  // server/src/schema/patternMessages.ts (recheck: vulnerable (polynomial))
  "/^_+|_+$/": 'the replace before it leaves every run of _ one character long',
  // server/src/secrets/patterns.ts (recheck: unknown)
  "/\\b[a-z][a-z0-9+.-]{0,20}:\\/\\/[^\\s:@\\/'\"`]{1,100}:([^\\s@\\/'\"`${}]{3,200})@/i": 'every repetition is bounded ({0,20}, {1,100}, {3,200}): a constant amount of work per start',
  // server/src/secrets/patterns.ts (recheck: unknown)
  "/\\b(SG\\.[a-zA-Z0-9=_\\-\\.]{66})(?:[\\x60'\"\\s;]|\\\\[nNrR]|$)/": CATALOG,
  // server/src/secrets/patterns.ts (recheck: unknown)
  "/(?:mailgun)(?:[ \\t\\w.-]{0,20})[\\s'\"]{0,3}(?:=|>|:{1,3}=|\\|\\||:|=>|\\?=|,)[\\x60'\"\\s=]{0,5}(pubkey-[a-f0-9]{32})(?:[\\x60'\"\\s;]|\\\\[nr]|$)/i": CATALOG,
  // server/src/secrets/patterns.ts (recheck: unknown)
  "/(?:mailgun)(?:[ \\t\\w.-]{0,20})[\\s'\"]{0,3}(?:=|>|:{1,3}=|\\|\\||:|=>|\\?=|,)[\\x60'\"\\s=]{0,5}([a-h0-9]{32}-[a-h0-9]{8}-[a-h0-9]{8})(?:[\\x60'\"\\s;]|\\\\[nr]|$)/i": CATALOG,
  // server/src/secrets/patterns.ts (recheck: unknown)
  "/(?:plaid)(?:[ \\t\\w.-]{0,20})[\\s'\"]{0,3}(?:=|>|:{1,3}=|\\|\\||:|=>|\\?=|,)[\\x60'\"\\s=]{0,5}(access-(?:sandbox|development|production)-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(?:[\\x60'\"\\s;]|\\\\[nr]|$)/i": CATALOG,
  // server/src/secrets/patterns.ts (recheck: unknown)
  "/(?:plaid)(?:[ \\t\\w.-]{0,20})[\\s'\"]{0,3}(?:=|>|:{1,3}=|\\|\\||:|=>|\\?=|,)[\\x60'\"\\s=]{0,5}([a-z0-9]{24})(?:[\\x60'\"\\s;]|\\\\[nr]|$)/i": CATALOG,
  // server/src/secrets/patterns.ts (recheck: unknown)
  "/(?:plaid)(?:[ \\t\\w.-]{0,20})[\\s'\"]{0,3}(?:=|>|:{1,3}=|\\|\\||:|=>|\\?=|,)[\\x60'\"\\s=]{0,5}([a-z0-9]{30})(?:[\\x60'\"\\s;]|\\\\[nr]|$)/i": CATALOG,
  // server/src/secrets/patterns.ts (recheck: unknown)
  "/-----BEGIN[ A-Z0-9_-]{0,100}PRIVATE KEY(?: BLOCK)?-----[\\s\\S-]{64,}?KEY(?: BLOCK)?-----/i": CATALOG,
  // server/src/secrets/patterns.ts (recheck: unknown)
  "/(?:coinbase)(?:[ \\t\\w.-]{0,20})[\\s'\"]{0,3}(?:=|>|:{1,3}=|\\|\\||:|=>|\\?=|,)[\\x60'\"\\s=]{0,5}([a-z0-9_-]{64})(?:[\\x60'\"\\s;]|\\\\[nr]|$)/i": CATALOG,
  // server/src/secrets/patterns.ts (recheck: unknown)
  "/(?:kraken)(?:[ \\t\\w.-]{0,20})[\\s'\"]{0,3}(?:=|>|:{1,3}=|\\|\\||:|=>|\\?=|,)[\\x60'\"\\s=]{0,5}([a-z0-9\\/=_\\+\\-]{80,90})(?:[\\x60'\"\\s;]|\\\\[nr]|$)/i": CATALOG,
  // server/src/secrets/patterns.ts (recheck: unknown)
  "/(?:kucoin)(?:[ \\t\\w.-]{0,20})[\\s'\"]{0,3}(?:=|>|:{1,3}=|\\|\\||:|=>|\\?=|,)[\\x60'\"\\s=]{0,5}([a-f0-9]{24})(?:[\\x60'\"\\s;]|\\\\[nr]|$)/i": CATALOG,
  // server/src/secrets/patterns.ts (recheck: unknown)
  "/(?:hubspot)(?:[ \\t\\w.-]{0,20})[\\s'\"]{0,3}(?:=|>|:{1,3}=|\\|\\||:|=>|\\?=|,)[\\x60'\"\\s=]{0,5}([0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12})(?:[\\x60'\"\\s;]|\\\\[nr]|$)/i": CATALOG,
  // server/src/secrets/patterns.ts (recheck: unknown)
  "/(?:(?:(?:[Oo]kta|OKTA))(?:[ \\t\\w.-]{0,20})[\\s'\"]{0,3})(?:=|>|:{1,3}=|\\|\\||:|=>|\\?=|,)[\\x60'\"\\s=]{0,5}(00[\\w=\\-]{40})(?:[\\x60'\"\\s;]|\\\\[nr]|$)/i": CATALOG,
  // server/src/secrets/patterns.ts (recheck: unknown)
  "/(?:lob)(?:[ \\t\\w.-]{0,20})[\\s'\"]{0,3}(?:=|>|:{1,3}=|\\|\\||:|=>|\\?=|,)[\\x60'\"\\s=]{0,5}((live|test)_[a-f0-9]{35})(?:[\\x60'\"\\s;]|\\\\[nr]|$)/i": CATALOG,
  // server/src/secrets/patterns.ts (recheck: unknown)
  "/(?:lob)(?:[ \\t\\w.-]{0,20})[\\s'\"]{0,3}(?:=|>|:{1,3}=|\\|\\||:|=>|\\?=|,)[\\x60'\"\\s=]{0,5}((test|live)_pub_[a-f0-9]{31})(?:[\\x60'\"\\s;]|\\\\[nr]|$)/i": CATALOG,
  // server/src/secrets/patterns.ts (recheck: unknown)
  "/(?:finicity)(?:[ \\t\\w.-]{0,20})[\\s'\"]{0,3}(?:=|>|:{1,3}=|\\|\\||:|=>|\\?=|,)[\\x60'\"\\s=]{0,5}([a-f0-9]{32})(?:[\\x60'\"\\s;]|\\\\[nr]|$)/i": CATALOG,
  // server/src/secrets/patterns.ts (recheck: unknown)
  "/(?:MailchimpSDK.initialize|mailchimp)(?:[ \\t\\w.-]{0,20})[\\s'\"]{0,3}(?:=|>|:{1,3}=|\\|\\||:|=>|\\?=|,)[\\x60'\"\\s=]{0,5}([a-f0-9]{32}-us\\d\\d)(?:[\\x60'\"\\s;]|\\\\[nr]|$)/i": CATALOG,
  // server/src/secrets/patterns.ts (recheck: unknown)
  "/access_token\\$production\\$[0-9a-z]{16}\\$[0-9a-f]{32}/": CATALOG,
  // server/src/secrets/patterns.ts (recheck: unknown)
  "/(?:checkout).{0,40}\\b((sk_|sk_test_)[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})\\b/": CATALOG,
  // server/src/secrets/patterns.ts (recheck: unknown)
  "/(?:dwolla).{0,40}\\b([a-zA-Z-0-9]{50})\\b/": CATALOG,
  // server/src/secrets/patterns.ts (recheck: unknown)
  "/\\b([A-Za-z0-9_\\.]{7}-[A-Za-z0-9_\\.]{72})\\b/": CATALOG,
  // server/src/models/agents/firm.ts (recheck: vulnerable, polynomial, found by its fuzzer on some runs)
  "/(?:,\\s*|(?<!\\s)\\s+)?\\b(?:if|where|when|whenever|wherever)\\s+(?:possible|feasible|practical|you\\s+can|we\\s+can)\\b,?/i": 'runs on one rule sentence that a fix rewrites; quadratic only in a run of blanks inside it',
  "/(?:,\\s*|(?<!\\s)\\s+)?\\bas\\s+much\\s+as\\s+possible\\b/i": 'runs on one rule sentence that a fix rewrites; quadratic only in a run of blanks inside it',
  // server/src/secrets/patterns.ts (catalog; recheck: vulnerable, polynomial, on some runs)
  "/\\b((?:EAAA|sq0atp-)[\\w-]{22,60})(?:[\\x60'\"\\s;]|\\\\[nr]|$)/": CATALOG,
  // server/src/engine/checklist/merge.ts (recheck: not proven on some runs)
  "/^(\\s*[-*+]\\s+\\[)([ xX])(\\]\\s+)(.*)$/": 'runs on one line of the checklist being merged; quadratic only in a blank run inside that line',
  // server/src/engine/checklist/merge.ts (recheck: not proven on some runs)
  "/^(#{1,6})\\s+(.*?)\\s*#*\\s*$/": 'runs on one line of the checklist being merged; quadratic only in a blank run inside that line',
  // server/src/models/agents/tokens.ts (recheck: not proven on some runs)
  "/((?<![A-Za-z0-9_])[A-Za-z]{2,3}_(?:live|test)(?:_\\w{0,8})?(?!\\w))|(https?:\\/\\/[^\\s<>()[\\]`'\"]+)|([A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+(?::\\d+)?)|([A-Za-z0-9]+(?:['\u2019][A-Za-z]+)?(?:[-/][A-Za-z0-9]+(?:['\u2019][A-Za-z]+)?)*)|([,;:()\u2014\u2013]|\\s-\\s|\\s--\\s)|([\u2705\u2714\u2611])|(\ud83d\udeab|[\u274c\u26d4\u2716])/": 'the tokenizer: each branch is one character class run after a fixed start; recheck times out, finds no attack',
  // server/src/secrets/patterns.ts (recheck: not proven on some runs)
  "/(?:mailgun)(?:[ \\t\\w.-]{0,20})[\\s'\"]{0,3}(?:=|>|:{1,3}=|\\|\\||:|=>|\\?=|,)[\\x60'\"\\s=]{0,5}(key-[a-f0-9]{32})(?:[\\x60'\"\\s;]|\\\\[nr]|$)/i": CATALOG,
  // server/src/secrets/patterns.ts (recheck: not proven on some runs)
  "/(?:gocardless)(?:[ \\t\\w.-]{0,20})[\\s'\"]{0,3}(?:=|>|:{1,3}=|\\|\\||:|=>|\\?=|,)[\\x60'\"\\s=]{0,5}(live_[a-z0-9\\-_=]{40})(?:[\\x60'\"\\s;]|\\\\[nr]|$)/i": CATALOG,
};
