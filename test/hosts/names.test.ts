// Staging markers, dependency hosts and public suffixes: the name-only evidence.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { markerSet, productionMarkerOf, stagingMarkerOf } from '../../server/src/hosts/markers.js';
import { dependencyOf } from '../../server/src/hosts/dependencies.js';
import { isListedPublicSuffix, isPublicSuffix, publicSuffixOf, registrableDomain } from '../../server/src/hosts/publicSuffix.js';

const markers: [string, string | undefined][] = [
  ['api.staging.example.com', 'staging'],
  ['staging.example.com', 'staging'],
  ['api-sandbox.example.com', 'sandbox'],
  ['qa-eu.api.example.com', 'qa'],
  ['uat.example.co.uk', 'uat'],
  ['api.sbx.example.com', 'sbx'],
  ['example-stg.com', 'stg'], // a hyphen part of the registrable label
  ['api.playground.klarna.com', 'playground'],
  ['api.cert.tastyworks.com', 'cert'],
  ['api.example.test', 'test'], // reserved TLD
  ['latest.example.com', undefined],
  ['contest.io', undefined],
  ['attestation.example.com', undefined],
  ['devices.example.com', undefined],
  ['qanda.example.com', undefined],
  ['test.com', undefined], // the registrable name itself is someone's site
  ['dev.to', undefined],
  ['demo.com', undefined],
  ['example.dev', undefined], // .dev is a production TLD
  ['api.example.com', undefined],
];

for (const [host, marker] of markers) test(`stagingMarkerOf ${host}`, () => assert.equal(stagingMarkerOf(host), marker));

test('policy markers extend the list, case-insensitively', () => {
  const extra = markerSet([' Preview ', 'INT']);
  assert.equal(stagingMarkerOf('api.preview.example.com', extra), 'preview');
  assert.equal(stagingMarkerOf('api-int.example.com', extra), 'int');
  assert.equal(stagingMarkerOf('api.preview.example.com'), undefined);
});

test('production markers', () => {
  assert.equal(productionMarkerOf('api-prod.example.com'), 'prod');
  assert.equal(productionMarkerOf('live.example.com'), 'live');
  assert.equal(productionMarkerOf('delivery.example.com'), undefined);
});

test('dependency hosts: registries, forges, mirrors; not broad company domains', () => {
  for (const h of ['registry.npmjs.org', 'npmjs.org', 'github.com', 'codeload.github.com', 'objects.githubusercontent.com', 'pypi.org', 'files.pythonhosted.org', 'crates.io', 'static.crates.io', 'deb.debian.org', 'dl-cdn.alpinelinux.org', 'proxy.golang.org', 'repo1.maven.org', 'hub.docker.com', 'gitlab.com', 'bitbucket.org', 'mcr.microsoft.com']) {
    assert.ok(dependencyOf(h), h);
  }
  for (const h of ['management.azure.com', 'www.googleapis.com', 'login.microsoftonline.com', 'api.stripe.com', 'github.com.evil.io', 'notgithub.com', 'npmjs.org.example.com']) {
    assert.equal(dependencyOf(h), undefined, h);
  }
});

test('public suffixes', () => {
  assert.equal(publicSuffixOf('api.example.co.uk'), 'co.uk');
  assert.equal(publicSuffixOf('a.b.s3.amazonaws.com'), 's3.amazonaws.com');
  assert.equal(publicSuffixOf('api.example.com'), 'com');
  assert.equal(registrableDomain('api.example.co.uk'), 'example.co.uk');
  assert.equal(registrableDomain('my-app.herokuapp.com'), 'my-app.herokuapp.com');
  assert.equal(registrableDomain('co.uk'), undefined);
  assert.equal(registrableDomain('com'), undefined);
  assert.ok(isPublicSuffix('com') && isPublicSuffix('amazonaws.com') && isPublicSuffix('vercel.app'));
  assert.ok(!isPublicSuffix('example.com'));
  assert.ok(isListedPublicSuffix('co.uk') && !isListedPublicSuffix('localdomain'));
});

test('hostile names: bounded lookups', () => {
  const many = 'a.'.repeat(50000) + 'com';
  assert.equal(publicSuffixOf(many), 'com');
  assert.equal(registrableDomain(many), 'a.com');
  assert.equal(dependencyOf(many), undefined);
  assert.equal(stagingMarkerOf(many), undefined);
  assert.equal(stagingMarkerOf(`${'-'.repeat(100000)}.example.com`), undefined);
  assert.equal(stagingMarkerOf(`${'x-'.repeat(50000)}staging.example.com`), 'staging');
});
