import { allowlist, OVERRIDES, PATH } from './run.js';
import { ruleTester, type InvalidRow, type ValidRow } from '../../helpers/ruleTester.js';

const ID = 'SG104';

const META = 'cloud metadata / platform endpoint';

const valid: ValidRow[] = [
  { name: 'negatives: env endpoints on localhost and private services the task runs itself', text: 'env:\n  MOCK_URL: http://localhost:8080/v1\n  DB_URL: postgres://10.0.0.5:5432/app\n  API_BASE_URL: https://api.staging.example.com/v1\n' },
  { name: 'negatives: public names that merely contain internal words', text: allowlist('localhost.staging.example.com', 'metadata.staging.example.com', 'internal.staging.example.com', 'api.staging.example.com', 'registry.npmjs.org') },
];

const invalid: InvalidRow[] = [
  {
    name: 'the metadata IP',
    text: allowlist('169.254.169.254  # debugging'),
    errors: [
      { range: [3, 7, 3, 22], severity: 'error', message: '`169.254.169.254` in `allowlist` is a cloud metadata / platform endpoint (AWS EC2 Instance Metadata Service; Google Compute Engine / GKE metadata server; Azure Instance Metadata Service and 4 more) in the link-local 169.254.0.0/16 range: a task that reaches it can read the VM\'s cloud credentials (instance role tokens) and act as the VM in the cloud account. Remove the entry.', fixes: ['Remove 169.254.169.254'] },
    ],
    output: 'network:\n  allowlist: []\n    # debugging\n',
  },
  {
    name: 'decimal spelling says what it really is',
    text: allowlist('api.staging.example.com', '2852039166'),
    errors: [
      { range: [4, 7, 4, 17], severity: 'error', message: '`2852039166` in `allowlist` is the decimal spelling of 169.254.169.254, a cloud metadata / platform endpoint (AWS EC2 Instance Metadata Service; Google Compute Engine / GKE metadata server; Azure Instance Metadata Service and 4 more) in the link-local 169.254.0.0/16 range: a task that reaches it can read the VM\'s cloud credentials (instance role tokens) and act as the VM in the cloud account. Remove the entry.' },
    ],
    output: allowlist('api.staging.example.com'),
  },
  {
    name: 'hex spelling (quoted, so YAML keeps it a string)',
    text: allowlist('"0xa9fea9fe"'),
    errors: [
      { range: [3, 7, 3, 19], severity: 'error', message: '`0xa9fea9fe` in `allowlist` is the hex spelling of 169.254.169.254, a cloud metadata / platform endpoint (AWS EC2 Instance Metadata Service; Google Compute Engine / GKE metadata server; Azure Instance Metadata Service and 4 more) in the link-local 169.254.0.0/16 range: a task that reaches it can read the VM\'s cloud credentials (instance role tokens) and act as the VM in the cloud account. Remove the entry.' },
    ],
    output: 'network:\n  allowlist: []\n',
  },
  {
    name: 'hex spelling written as a YAML number is judged as written',
    text: allowlist('0xA9FEA9FE'),
    errors: [
      { range: [3, 7, 3, 17], severity: 'error', message: '`0xa9fea9fe` in `allowlist` is the hex spelling of 169.254.169.254, a cloud metadata / platform endpoint (AWS EC2 Instance Metadata Service; Google Compute Engine / GKE metadata server; Azure Instance Metadata Service and 4 more) in the link-local 169.254.0.0/16 range: a task that reaches it can read the VM\'s cloud credentials (instance role tokens) and act as the VM in the cloud account. Remove the entry.' },
    ],
    output: 'network:\n  allowlist: []\n',
  },
  {
    name: 'octal and overflowed spellings',
    text: allowlist('0251.0376.0251.0376', '425.510.425.510'),
    errors: [
      { range: [3, 7, 3, 26], severity: 'error', message: '`0251.0376.0251.0376` in `allowlist` is the octal spelling of 169.254.169.254, a cloud metadata / platform endpoint (AWS EC2 Instance Metadata Service; Google Compute Engine / GKE metadata server; Azure Instance Metadata Service and 4 more) in the link-local 169.254.0.0/16 range: a task that reaches it can read the VM\'s cloud credentials (instance role tokens) and act as the VM in the cloud account. Remove the entry.' },
      { range: [4, 7, 4, 22], severity: 'error', message: '`425.510.425.510` in `allowlist` is the overflowed spelling of 169.254.169.254, a cloud metadata / platform endpoint (AWS EC2 Instance Metadata Service; Google Compute Engine / GKE metadata server; Azure Instance Metadata Service and 4 more) in the link-local 169.254.0.0/16 range: a task that reaches it can read the VM\'s cloud credentials (instance role tokens) and act as the VM in the cloud account. Remove the entry.' },
    ],
    output: 'network:\n  allowlist:\n',
  },
  {
    name: 'IPv6 metadata, Azure WireServer, Alibaba metadata, GCP metadata name',
    text: allowlist('"fd00:ec2::254"', '168.63.129.16', '100.100.100.200', 'metadata.google.internal'),
    errors: [
      { range: [3, 7, 3, 22], severity: 'error', message: '`fd00:ec2::254` in `allowlist` is a cloud metadata / platform endpoint (AWS EC2 Instance Metadata Service) in the unique local fc00::/7 range: a task that reaches it can read the VM\'s cloud credentials (instance role tokens) and act as the VM in the cloud account. Remove the entry.' },
      { range: [4, 7, 4, 20], severity: 'error', message: '`168.63.129.16` in `allowlist` is a cloud metadata / platform endpoint (Azure WireServer / platform DNS) in the public address range: a task that reaches it can read the VM\'s cloud credentials (instance role tokens) and act as the VM in the cloud account. Remove the entry.' },
      { range: [5, 7, 5, 22], severity: 'error', message: '`100.100.100.200` in `allowlist` is a cloud metadata / platform endpoint (Alibaba Cloud ECS metadata) in the carrier-grade NAT 100.64.0.0/10 (cloud-internal services live here) range: a task that reaches it can read the VM\'s cloud credentials (instance role tokens) and act as the VM in the cloud account. Remove the entry.' },
      { range: [6, 7, 6, 31], severity: 'error', message: '`metadata.google.internal` in `allowlist` is a cloud metadata / platform endpoint (Google Compute Engine / GKE metadata server); an internal name under .internal, which never resolves to a public service: a task that reaches it can read the VM\'s cloud credentials (instance role tokens) and act as the VM in the cloud account. Remove the entry.' },
    ],
    output: 'network:\n  allowlist:\n',
  },
  {
    name: 'loopback, private and link-local ranges',
    text: allowlist('localhost', 'api.localhost', '127.0.0.1', '10.1.2.3', '172.16.5.4', '192.168.0.10', '"fe80::1"', '"[::1]"', '"fc00::5"'),
    errors: [
      { range: [3, 7, 3, 16], severity: 'error', message: '`localhost` in `allowlist` is the loopback name (this VM itself): allowlisting it opens services inside the sandbox\'s own network (the VM itself, databases, admin endpoints, cloud platform services) that no task should reach. Remove the entry.' },
      { range: [4, 7, 4, 20], severity: 'error', message: '`api.localhost` in `allowlist` is an internal name under .localhost, which never resolves to a public service: allowlisting it opens services inside the sandbox\'s own network (the VM itself, databases, admin endpoints, cloud platform services) that no task should reach. Remove the entry.' },
      { range: [5, 7, 5, 16], severity: 'error', message: '`127.0.0.1` in `allowlist` is a cloud metadata / platform endpoint (AWS Lambda runtime API; Docker Engine API (unauthenticated TCP); Kubernetes etcd) in the loopback 127.0.0.0/8 range: a task that reaches it can read the VM\'s cloud credentials (instance role tokens) and act as the VM in the cloud account. Remove the entry.' },
      { range: [6, 7, 6, 15], severity: 'error', message: '`10.1.2.3` in `allowlist` is an address in the private 10.0.0.0/8 range: allowlisting it opens services inside the sandbox\'s own network (the VM itself, databases, admin endpoints, cloud platform services) that no task should reach. Remove the entry.' },
      { range: [7, 7, 7, 17], severity: 'error', message: '`172.16.5.4` in `allowlist` is an address in the private 172.16.0.0/12 range: allowlisting it opens services inside the sandbox\'s own network (the VM itself, databases, admin endpoints, cloud platform services) that no task should reach. Remove the entry.' },
      { range: [8, 7, 8, 19], severity: 'error', message: '`192.168.0.10` in `allowlist` is an address in the private 192.168.0.0/16 range: allowlisting it opens services inside the sandbox\'s own network (the VM itself, databases, admin endpoints, cloud platform services) that no task should reach. Remove the entry.' },
      { range: [9, 7, 9, 16], severity: 'error', message: '`fe80::1` in `allowlist` is an address in the link-local fe80::/10 range: allowlisting it opens services inside the sandbox\'s own network (the VM itself, databases, admin endpoints, cloud platform services) that no task should reach. Remove the entry.' },
      { range: [10, 7, 10, 14], severity: 'error', message: '`::1` in `allowlist` is an address in the loopback ::1 range: allowlisting it opens services inside the sandbox\'s own network (the VM itself, databases, admin endpoints, cloud platform services) that no task should reach. Remove the entry.' },
      { range: [11, 7, 11, 16], severity: 'error', message: '`fc00::5` in `allowlist` is an address in the unique local fc00::/7 range: allowlisting it opens services inside the sandbox\'s own network (the VM itself, databases, admin endpoints, cloud platform services) that no task should reach. Remove the entry.' },
    ],
    output: 'network:\n  allowlist:\n',
  },
  {
    name: 'IPv4-mapped IPv6 and wildcard-DNS names reveal the embedded address',
    text: allowlist('"::ffff:169.254.169.254"', '169.254.169.254.nip.io'),
    errors: [
      { range: [3, 7, 3, 31], severity: 'error', message: '`::ffff:169.254.169.254` in `allowlist` is ::ffff:a9fe:a9fe, a cloud metadata / platform endpoint (AWS EC2 Instance Metadata Service; Google Compute Engine / GKE metadata server; Azure Instance Metadata Service and 4 more) in the IPv4-mapped ::ffff:0:0/96 of 169.254.169.254 (link-local 169.254.0.0/16) range: a task that reaches it can read the VM\'s cloud credentials (instance role tokens) and act as the VM in the cloud account. Remove the entry.' },
      { range: [4, 7, 4, 29], severity: 'error', message: '`169.254.169.254.nip.io` in `allowlist` is a wildcard-DNS name that resolves to a cloud metadata / platform endpoint (AWS EC2 Instance Metadata Service; Google Compute Engine / GKE metadata server; Azure Instance Metadata Service and 4 more) in the link-local 169.254.0.0/16 range: a task that reaches it can read the VM\'s cloud credentials (instance role tokens) and act as the VM in the cloud account. Remove the entry.' },
    ],
    output: 'network:\n  allowlist:\n',
  },
  {
    name: 'a public raw IP is reported too',
    text: allowlist('8.8.8.8'),
    errors: [
      { range: [3, 7, 3, 14], severity: 'error', message: '`8.8.8.8` in `allowlist` is a raw IP address: the allowlist cannot tell who answers there, and it bypasses host-based review: name the host instead, so reviewers and the catalog can tell what it is. Remove the entry.' },
    ],
    output: 'network:\n  allowlist: []\n',
  },
  {
    name: 'an unverified catalog name is a warning and says so',
    text: allowlist('kubernetes.default.svc'),
    errors: [
      { range: [3, 7, 3, 29], severity: 'warning', message: '`kubernetes.default.svc` in `allowlist` is a cloud metadata / platform endpoint (Kubernetes API server (in-cluster)) (unverified catalog fact): a task that reaches it can read the VM\'s cloud credentials (instance role tokens) and act as the VM in the cloud account. Remove the entry.' },
    ],
    output: 'network:\n  allowlist: []\n',
  },
  {
    name: 'flow sequence removal keeps the YAML valid',
    text: 'network:\n  allowlist: [localhost, api.staging.example.com]\n',
    errors: [
      { range: [2, 15, 2, 24], severity: 'error', message: '`localhost` in `allowlist` is the loopback name (this VM itself): allowlisting it opens services inside the sandbox\'s own network (the VM itself, databases, admin endpoints, cloud platform services) that no task should reach. Remove the entry.' },
    ],
    output: 'network:\n  allowlist: [api.staging.example.com]\n',
  },
  {
    name: 'an env endpoint aimed at the metadata endpoint (the agent gets a ready URL to the VM credentials)',
    text: 'env:\n  CREDS_URL: http://169.254.169.254/latest/meta-data/iam/security-credentials/\n  API_BASE_URL: https://api.staging.example.com/v1\n',
    errors: [
      { range: [2, 21, 2, 36], severity: 'error', message: '`CREDS_URL` points at `169.254.169.254`, a cloud metadata / platform endpoint (AWS EC2 Instance Metadata Service; Google Compute Engine / GKE metadata server; Azure Instance Metadata Service and 4 more) in the link-local 169.254.0.0/16 range: a task that reaches it can read the VM\'s cloud credentials (instance role tokens) and act as the VM in the cloud account. Remove the variable.', fixes: ['Remove CREDS_URL'] },
    ],
    output: 'env:\n  API_BASE_URL: https://api.staging.example.com/v1\n',
  },
  {
    name: 'an env endpoint on the GCE metadata name',
    text: 'env:\n  META: "http://metadata.google.internal/computeMetadata/v1/"\n',
    errors: [
      { range: [2, 17, 2, 41], severity: 'error', message: '`META` points at `metadata.google.internal`, a cloud metadata / platform endpoint (Google Compute Engine / GKE metadata server); an internal name under .internal, which never resolves to a public service: a task that reaches it can read the VM\'s cloud credentials (instance role tokens) and act as the VM in the cloud account. Remove the variable.' },
    ],
    output: 'env: {}\n',
  },
];

ruleTester(ID, { options: { path: PATH, overrides: OVERRIDES }, valid, invalid });

