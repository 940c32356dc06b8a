import { test } from 'node:test';
import { allowlist, runCase, type Case } from './run.js';

const ID = 'SG104';

const META = 'cloud metadata / platform endpoint';

const cases: Case[] = [
  {
    name: 'the metadata IP',
    text: allowlist('169.254.169.254  # debugging'),
    at: [[3, 7, 3, 22]],
    severity: 'error',
    says: ['`169.254.169.254`', META, 'AWS EC2 Instance Metadata Service', 'link-local', 'Remove the entry'],
    fixes: ['Remove 169.254.169.254'],
    fixed: 'network:\n  allowlist: []\n    # debugging\n',
  },
  {
    name: 'decimal spelling says what it really is',
    text: allowlist('api.staging.example.com', '2852039166'),
    at: [[4, 7, 4, 17]],
    says: ['`2852039166`', 'decimal spelling of 169.254.169.254', META],
    fixed: allowlist('api.staging.example.com'),
  },
  {
    name: 'hex spelling (quoted, so YAML keeps it a string)',
    text: allowlist('"0xa9fea9fe"'),
    at: [[3, 7, 3, 19]],
    says: ['hex spelling of 169.254.169.254'],
  },
  {
    name: 'hex spelling written as a YAML number is judged as written',
    text: allowlist('0xA9FEA9FE'),
    at: [[3, 7, 3, 17]],
    says: ['`0xa9fea9fe`', 'hex spelling of 169.254.169.254'],
  },
  {
    name: 'octal and overflowed spellings',
    text: allowlist('0251.0376.0251.0376', '425.510.425.510'),
    at: [[3, 7, 3, 26], [4, 7, 4, 22]],
    says: ['spelling of 169.254.169.254'],
  },
  {
    name: 'IPv6 metadata, Azure WireServer, Alibaba metadata, GCP metadata name',
    text: allowlist('"fd00:ec2::254"', '168.63.129.16', '100.100.100.200', 'metadata.google.internal'),
    at: [[3, 7, 3, 22], [4, 7, 4, 20], [5, 7, 5, 22], [6, 7, 6, 31]],
    says: [META],
  },
  {
    name: 'loopback, private and link-local ranges',
    text: allowlist('localhost', 'api.localhost', '127.0.0.1', '10.1.2.3', '172.16.5.4', '192.168.0.10', '"fe80::1"', '"[::1]"', '"fc00::5"'),
    at: [[3, 7, 3, 16], [4, 7, 4, 20], [5, 7, 5, 16], [6, 7, 6, 15], [7, 7, 7, 17], [8, 7, 8, 19], [9, 7, 9, 16], [10, 7, 10, 14], [11, 7, 11, 16]],
    severity: 'error',
  },
  {
    name: 'IPv4-mapped IPv6 and wildcard-DNS names reveal the embedded address',
    text: allowlist('"::ffff:169.254.169.254"', '169.254.169.254.nip.io'),
    at: [[3, 7, 3, 31], [4, 7, 4, 29]],
    says: [META],
  },
  {
    name: 'a public raw IP is reported too',
    text: allowlist('8.8.8.8'),
    at: [[3, 7, 3, 14]],
    says: ['raw IP address', 'name the host instead'],
  },
  {
    name: 'an unverified catalog name is a warning and says so',
    text: allowlist('kubernetes.default.svc'),
    at: [[3, 7, 3, 29]],
    severity: 'warning',
    says: ['(unverified catalog fact)'],
  },
  {
    name: 'flow sequence removal keeps the YAML valid',
    text: 'network:\n  allowlist: [localhost, api.staging.example.com]\n',
    at: [[2, 15, 2, 24]],
    fixed: 'network:\n  allowlist: [api.staging.example.com]\n',
  },
  {
    name: 'an env endpoint aimed at the metadata endpoint (the agent gets a ready URL to the VM credentials)',
    text: 'env:\n  CREDS_URL: http://169.254.169.254/latest/meta-data/iam/security-credentials/\n  API_BASE_URL: https://api.staging.example.com/v1\n',
    at: [[2, 21, 2, 36]],
    severity: 'error',
    says: ['`CREDS_URL` points at `169.254.169.254`', META, 'Remove the variable'],
    fixes: ['Remove CREDS_URL'],
    fixed: 'env:\n  API_BASE_URL: https://api.staging.example.com/v1\n',
  },
  {
    name: 'an env endpoint on the GCE metadata name',
    text: 'env:\n  META: "http://metadata.google.internal/computeMetadata/v1/"\n',
    at: [[2, 17, 2, 41]],
    says: ['`META` points at `metadata.google.internal`'],
    fixed: 'env: {}\n',
  },
  {
    name: 'negatives: env endpoints on localhost and private services the task runs itself',
    text: 'env:\n  MOCK_URL: http://localhost:8080/v1\n  DB_URL: postgres://10.0.0.5:5432/app\n  API_BASE_URL: https://api.staging.example.com/v1\n',
    at: [],
  },
  {
    name: 'negatives: public names that merely contain internal words',
    text: allowlist('localhost.staging.example.com', 'metadata.staging.example.com', 'internal.staging.example.com', 'api.staging.example.com', 'registry.npmjs.org'),
    at: [],
  },
];

for (const c of cases) test(`${ID} ${c.name}`, () => runCase(ID, c));
