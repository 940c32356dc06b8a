// Where rule documentation lives; every finding links to its rule's page.
export const REPOSITORY_URL = 'https://github.com/sandbox-guard/sandbox-guard';

export function docsUrl(ruleName: string): string {
  return `${REPOSITORY_URL}/blob/main/docs/rules/${ruleName}.md`;
}
