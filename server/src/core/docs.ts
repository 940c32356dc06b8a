// Where rule documentation lives; every finding links to its rule's page.
export const REPOSITORY_URL = 'https://github.com/sandbox-guard/sandbox-guard';

const urls = new Map<string, string>();

/** One string per rule, shared by all its findings. */
export function docsUrl(ruleName: string): string {
  let url = urls.get(ruleName);
  if (!url) urls.set(ruleName, (url = `${REPOSITORY_URL}/blob/main/docs/rules/${ruleName}.md`));
  return url;
}
