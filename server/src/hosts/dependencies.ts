// Known dependency hosts: package registries, git forges, OS mirrors, toolchain downloads.
// They carry no credentials and serve no production API, so they are never reported as
// production or unverified. Based on the "common dependencies" preset allowlist of cloud agent
// sandboxes (see docs/rules-src/unverified-host.md). Broad company domains (google.com,
// microsoft.com, azure.com, oracle.com) are deliberately absent: their subdomains include
// credential-bearing production APIs (e.g. management.azure.com); only their mirrors are listed.

/** Domains whose every subdomain is a dependency host. */
const DOMAINS = [
  // JavaScript
  'npmjs.org', 'npmjs.com', 'yarnpkg.com', 'nodejs.org', 'bower.io', 'jsdelivr.net', 'unpkg.com', 'deno.land', 'jsr.io',
  // Python
  'pypi.org', 'pythonhosted.org', 'pypa.io', 'python.org', 'anaconda.com', 'anaconda.org', 'continuum.io', 'conda.io',
  // Ruby, PHP, Perl, Rust, Go, Elixir, Haskell, Dart, Swift, JVM, .NET
  'rubygems.org', 'ruby-lang.org', 'rubyonrails.org', 'rubyforge.org', 'rvm.io', 'packagist.org', 'getcomposer.org',
  'cpan.org', 'metacpan.org', 'crates.io', 'rustup.rs', 'rust-lang.org', 'golang.org', 'go.dev', 'goproxy.io',
  'hex.pm', 'haskell.org', 'hackage.haskell.org', 'pub.dev', 'swift.org', 'cocoapods.org',
  'maven.org', 'apache.org', 'gradle.org', 'gradle-plugins.org', 'jcenter.bintray.com', 'spring.io', 'eclipse.org',
  'java.net', 'nuget.org', 'dot.net',
  // git forges and source hosting
  'github.com', 'githubusercontent.com', 'gitlab.com', 'bitbucket.org', 'sourceforge.net', 'launchpad.net', 'savannah.gnu.org', 'gnu.org', 'kernel.org',
  // containers
  'docker.com', 'docker.io', 'gcr.io', 'ghcr.io', 'quay.io', 'k8s.io', 'pkg.dev',
  // OS distributions and mirrors
  'debian.org', 'ubuntu.com', 'canonical.com', 'alpinelinux.org', 'archlinux.org', 'centos.org', 'fedoraproject.org',
  'rockylinux.org', 'almalinux.org', 'opensuse.org', 'gentoo.org', 'nixos.org', 'packagecloud.io', 'hashicorp.com',
  'llvm.org', 'json-schema.org', 'schemastore.org',
];

/** Single hosts under broader domains. */
const HOSTS = [
  'dotnet.microsoft.com', 'packages.microsoft.com', 'mcr.microsoft.com', 'aka.ms', 'dl.google.com', 'maven.google.com',
  'go.googlesource.com', 'proxy.golang.org', 'sum.golang.org', 'download.oracle.com',
  'dl-cdn.alpinelinux.org', 'apt.llvm.org', 'ppa.launchpad.net', 'repo.maven.apache.org', 'plugins.gradle.org',
];

const DOMAIN_SET: ReadonlySet<string> = new Set(DOMAINS);
const HOST_SET: ReadonlySet<string> = new Set(HOSTS);
const MAX_LABELS = Math.max(...DOMAINS.map((d) => d.split('.').length));

export const DEPENDENCY_DOMAINS: readonly string[] = DOMAINS;
export const DEPENDENCY_HOSTS: readonly string[] = HOSTS;

/** The dependency domain or host a host falls under, or undefined. Looks at no more than the last few labels. */
export function dependencyOf(host: string): string | undefined {
  if (HOST_SET.has(host) || DOMAIN_SET.has(host)) return host;
  let end = host.length;
  for (let n = 0; n < MAX_LABELS; n++) {
    const dot = host.lastIndexOf('.', end - 1);
    if (dot < 0) return undefined;
    const suffix = host.slice(dot + 1);
    if (n > 0 && DOMAIN_SET.has(suffix)) return suffix;
    end = dot;
  }
  return undefined;
}
