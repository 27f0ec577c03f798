#!/usr/bin/env python3
"""Writes the seed corpora in fuzz/corpus/<target>/ from the unit tests' inputs (string literals
in tests/tst_*.cpp) and the fixture shapes the tests build in code. Run from anywhere."""
import hashlib, io, json, os, re, tarfile

HERE = os.path.dirname(os.path.abspath(__file__))
TESTS = os.path.join(HERE, '..', '..', 'tests')
LITERAL = re.compile(r'R"\((.*?)\)"|"((?:[^"\\\n]|\\.)*)"')


def literals(test):
    text = open(os.path.join(TESTS, test), encoding='utf-8').read()
    out = []
    for raw, plain in LITERAL.findall(text):
        s = raw if raw else bytes(plain, 'utf-8').decode('unicode_escape').encode('latin-1').decode('utf-8', 'replace')
        out.append(s)
    return out


def write(target, items):
    d = os.path.join(HERE, target)
    os.makedirs(d, exist_ok=True)
    seen = set()
    for item in items:
        data = item if isinstance(item, bytes) else item.encode('utf-8')
        if not data or data in seen or len(data) > 16384:
            continue
        seen.add(data)
        with open(os.path.join(d, hashlib.sha1(data).hexdigest()[:16]), 'wb') as f:
            f.write(data)


def dg(c):
    return 'sha256:' + c * 64


def desc(mt, c, size, **extra):
    return dict({'mediaType': mt, 'digest': dg(c), 'size': size}, **extra)


OCI_M = 'application/vnd.oci.image.manifest.v1+json'
OCI_I = 'application/vnd.oci.image.index.v1+json'
DOCKER_M = 'application/vnd.docker.distribution.manifest.v2+json'
DOCKER_L = 'application/vnd.docker.distribution.manifest.list.v2+json'
image = {'schemaVersion': 2, 'mediaType': OCI_M,
         'config': desc('application/vnd.oci.image.config.v1+json', 'c', 1000),
         'layers': [desc('application/vnd.oci.image.layer.v1.tar+gzip', 'a', 30000),
                    desc('application/vnd.oci.image.layer.v1.tar+gzip', 'b', 2000)],
         'subject': desc(OCI_M, 'd', 10), 'annotations': {'k': 'v'}}
index = {'schemaVersion': 2, 'mediaType': OCI_I, 'manifests': [
    desc(OCI_M, '1', 500, platform={'os': 'linux', 'architecture': 'amd64'}),
    desc(OCI_M, '2', 500, platform={'os': 'linux', 'architecture': 'arm64', 'variant': 'v8'},
         annotations={'org.opencontainers.image.ref.name': 'latest'})]}
docker = dict(image, mediaType=DOCKER_M)
docker_list = dict(index, mediaType=DOCKER_L)
schema1 = {'schemaVersion': 1, 'name': 'team/web', 'tag': '1.0', 'architecture': 'amd64',
           'fsLayers': [{'blobSum': dg('a')}], 'history': [{'v1Compatibility': '{}'}]}
confused = dict(index, config=image['config'], layers=image['layers'])
docs = [image, index, docker, docker_list, schema1, confused]
manifests = [json.dumps(d) for d in docs]
manifests += [d['mediaType'] + '\n' + json.dumps(d) for d in docs if 'mediaType' in d]
manifests += [OCI_I + '\n' + json.dumps(image), '\n{}', 'application/json; charset=utf-8\n' + json.dumps(index)]
write('fuzz_manifest', manifests)

write('fuzz_reference', literals('tst_reference.cpp'))
write('fuzz_challenge', [s for s in literals('tst_challenge.cpp') if '=' in s or ':' in s])
write('fuzz_linkheader', [s for s in literals('tst_linkheader.cpp') if 'rel' in s or '<' in s])
write('fuzz_registryerror', [s for s in literals('tst_registryerror.cpp') if s.startswith('{') or '<' in s]
      + ['{"errors":[{"code":"MANIFEST_UNKNOWN","message":"manifest unknown","detail":{"Tag":"1.0"}}]}',
         '{"errors":[{"code":"TOOMANYREQUESTS","message":"slow down","detail":null}]}',
         '299 - "this registry is deprecated"\n299 - "second"'])
write('fuzz_tokenresponse', [s for s in literals('tst_tokenresponse.cpp') if s.startswith('{')]
      + ['{"token":"t","refresh_token":"r","expires_in":300,"issued_at":"2024-01-02T03:04:05.123456789Z"}'])
write('fuzz_ocilayout_index', [json.dumps(index), json.dumps({'schemaVersion': 2, 'manifests': []}),
                               json.dumps({'schemaVersion': 2, 'manifests': [desc(OCI_M, '3', 10,
                                           annotations={'org.opencontainers.image.ref.name': 'v1'}),
                                           desc(OCI_M, '4', 10)]})])
project = {'project_id': 1, 'name': 'library', 'metadata': {'public': 'true'}, 'repo_count': 3,
           'registry_id': 0, 'creation_time': '2024-05-06T07:08:09.123Z'}
repository = {'id': 7, 'project_id': 1, 'name': 'library/team/web', 'description': 'd', 'artifact_count': 2,
              'pull_count': 12, 'update_time': '0001-01-01T00:00:00.000Z'}
artifact = {'id': 9, 'digest': dg('e'), 'type': 'IMAGE', 'manifest_media_type': OCI_I, 'size': 1234,
            'push_time': '2024-05-06T07:08:09Z', 'tags': [{'name': '1.0'}], 'labels': [{'name': 'prod'}],
            'references': [{'child_digest': dg('1'), 'platform': {'os': 'linux', 'architecture': 'arm64',
                                                                   'variant': 'v8'}}],
            'accessories': [{'digest': dg('f'), 'type': 'signature.cosign', 'size': 500}],
            'scan_overview': {'application/vnd.security.vulnerability.report; version=1.1': {'severity': 'High'}}}
write('fuzz_harbor', [json.dumps(x) for x in (project, repository, artifact, [project], [repository, repository],
                                              [artifact])] + [s for s in literals('tst_harborclient.cpp')
                                                              if s.startswith('{') or s.startswith('[')])


def tar(entries):
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode='w', format=tarfile.USTAR_FORMAT) as t:
        for name, data, link in entries:
            info = tarfile.TarInfo(name)
            if link is not None:
                info.type, info.linkname = tarfile.SYMTYPE, link
                t.addfile(info)
            else:
                info.size = len(data)
                t.addfile(info, io.BytesIO(data))
    return buf.getvalue()


config = b'{"architecture":"amd64","os":"linux"}'
config_hex = hashlib.sha256(config).hexdigest()
layer = b'\x1f\x8b\x08\x00' + b'\0' * 60
manifest_json = json.dumps([{'Config': 'config.json', 'RepoTags': ['host/team/web:1.0'],
                             'Layers': ['layer.tar', 'layer/layer.tar']}]).encode()
oci_manifest = json.dumps({'schemaVersion': 2, 'mediaType': OCI_M,
                           'config': {'mediaType': 'application/vnd.oci.image.config.v1+json',
                                      'digest': 'sha256:' + config_hex, 'size': len(config)},
                           'layers': []}).encode()
oci_index = json.dumps({'schemaVersion': 2, 'manifests': [
    {'mediaType': OCI_M, 'digest': 'sha256:' + hashlib.sha256(oci_manifest).hexdigest(), 'size': len(oci_manifest),
     'annotations': {'io.containerd.image.name': 'host/team/web:1.0'}}]}).encode()
legacy = tar([('config.json', config, None), ('layer/layer.tar', layer, None), ('layer.tar', None, 'layer/layer.tar'),
              ('manifest.json', manifest_json, None)])
modern = tar([('blobs/sha256/' + config_hex, config, None),
              ('blobs/sha256/' + hashlib.sha256(oci_manifest).hexdigest(), oci_manifest, None),
              ('oci-layout', b'{"imageLayoutVersion":"1.0.0"}', None), ('index.json', oci_index, None),
              ('manifest.json', json.dumps([{'Config': 'blobs/sha256/' + config_hex, 'Layers': []}]).encode(), None)])
escaping = tar([('../evil', b'x', None), ('manifest.json', b'[]', None)])
bad_link = tar([('link', None, '../../etc/passwd'), ('manifest.json', b'[]', None)])
packed_manifest = json.dumps([{'Config': 'config.json', 'RepoTags': ['a/b:1'], 'Layers': ['layer.tar']}]).encode()
packed_index = json.dumps({'schemaVersion': 2, 'manifests': [
    {'mediaType': OCI_M, 'digest': 'sha256:' + config_hex, 'size': len(config)}]}).encode()
write('fuzz_dockerarchive_manifest', [b'\0' + legacy, b'\0' + modern, b'\0' + escaping, b'\0' + bad_link,
                                      b'\1' + packed_manifest, b'\1' + packed_manifest + b'\n--\n' + packed_index])

# Administration and replication answers, shaped as Harbor's API definition (v2.15.2) gives them.
t0 = '2024-05-01T10:00:00.000Z'
admin_records = [
    {'id': 3, 'project_id': 2, 'entity_name': 'alice', 'entity_type': 'u', 'entity_id': 4, 'role_id': 2,
     'role_name': 'developer'},
    {'user_id': 4, 'username': 'alice'},
    {'username': 'bob', 'realname': 'Bob', 'email': 'bob@example.com'},
    {'id': 7, 'group_name': 'devs', 'group_type': 1, 'ldap_group_dn': 'cn=devs,dc=example,dc=com'},
    {'id': 9, 'name': 'robot$team+ci', 'secret': 'x' * 32, 'creation_time': t0, 'expires_at': 1893456000},
    {'id': 1, 'name': 'robot$ci', 'level': 'system', 'duration': 30, 'disable': False, 'expires_at': -1,
     'permissions': [{'kind': 'project', 'namespace': '*', 'access': [{'resource': 'repository', 'action': 'pull'}]}]},
    {'schedule': {'type': 'Daily', 'cron': '0 0 0 * * *', 'next_scheduled_time': t0},
     'parameters': {'delete_untagged': True, 'dry_run': False, 'workers': 1}},
    {'id': 5, 'job_name': 'GARBAGE_COLLECTION', 'job_kind': 'MANUAL', 'job_status': 'Success',
     'job_parameters': '{"delete_untagged":true,"dry_run":true}', 'creation_time': t0, 'update_time': t0,
     'schedule': {'type': 'Manual'}},
    {'id': 2, 'algorithm': 'or', 'scope': {'level': 'project', 'ref': 2}, 'trigger': {'kind': 'Schedule',
     'settings': {'cron': '0 0 0 * * *'}}, 'rules': [{'id': 1, 'action': 'retain', 'template': 'latestPushedK',
     'params': {'latestPushedK': 5}, 'tag_selectors': [{'kind': 'doublestar', 'decoration': 'matches',
     'pattern': '**'}], 'scope_selectors': {'repository': [{'kind': 'doublestar', 'decoration': 'repoMatches',
     'pattern': '**'}]}}]},
    {'id': 4, 'policy_id': 2, 'status': 'Succeed', 'trigger': 'MANUAL', 'dry_run': True, 'start_time': t0},
    {'id': 8, 'execution_id': 4, 'repository': 'team/web', 'job_id': 'abc', 'status': 'Success',
     'total': 10, 'retained': 5, 'start_time': t0, 'end_time': t0},
    {'id': 6, 'project_id': 2, 'disabled': False, 'action': 'immutable', 'template': 'immutable_template',
     'tag_selectors': [{'kind': 'doublestar', 'decoration': 'matches', 'pattern': 'v*'}],
     'scope_selectors': {'repository': [{'kind': 'doublestar', 'decoration': 'repoMatches', 'pattern': '**'}]}},
    {'id': 11, 'username': 'admin', 'operation': 'create', 'resource': 'team/web:1.0', 'resource_type': 'artifact',
     'operation_result': True, 'op_time': t0, 'operation_description': 'push, "quoted", new\nline'},
    {'id': 1, 'ref': {'id': 2, 'name': 'team', 'owner_name': 'admin'}, 'hard': {'storage': 10737418240},
     'used': {'storage': 1024}, 'creation_time': t0, 'update_time': t0},
    {'id': 1, 'name': 'hub', 'type': 'docker-hub', 'url': 'https://hub.docker.com', 'insecure': False,
     'status': 'healthy', 'credential': {'type': 'basic', 'access_key': 'u', 'access_secret': '*****'},
     'creation_time': t0},
    {'docker-hub': {'endpoint_pattern': {'endpoint_type': 'EndpointPatternTypeFix',
     'endpoints': [{'key': 'hub.docker.com', 'value': 'https://hub.docker.com'}]},
     'credential_pattern': {'access_key_type': 'AccessKeyTypeStandard'}}},
    {'type': 'harbor', 'supported_resource_filters': [{'type': 'name', 'style': 'input'},
     {'type': 'tag', 'style': 'input'}, {'type': 'resource', 'style': 'radio', 'values': ['image', 'artifact']}],
     'supported_triggers': ['manual', 'scheduled', 'event_based']},
    {'id': 1, 'name': 'mirror', 'description': '', 'dest_registry': {'id': 1}, 'dest_namespace': 'copies',
     'dest_namespace_replace_count': 1, 'filters': [{'type': 'name', 'value': 'team/**'},
     {'type': 'tag', 'value': 'v*', 'decoration': 'excludes'}], 'trigger': {'type': 'scheduled',
     'trigger_settings': {'cron': '0 0 * * * *'}}, 'deletion': True, 'replicate_deletion': True,
     'override': True, 'enabled': True, 'speed': 1024, 'copy_by_chunk': False},
    {'id': 12, 'policy_id': 1, 'status': 'InProgress', 'trigger': 'manual', 'start_time': t0, 'total': 3,
     'failed': 0, 'succeed': 1, 'in_progress': 2, 'stopped': 0},
    {'id': 30, 'execution_id': 12, 'resource_type': 'image', 'src_resource': 'team/web:[1.0]',
     'dst_resource': 'copies/web:[1.0]', 'operation': 'copy', 'status': 'Succeed', 'start_time': t0,
     'end_time': t0},
]
write('fuzz_harbor_admin', [json.dumps(x) for x in admin_records] + [json.dumps(admin_records)] + [
    json.dumps([{'resource': '/project/2/member', 'action': 'create'}, {'resource': 'repository', 'action': 'pull'}]),
    'level=info msg="GC results: status: true, blobs: 12, manifests: 3, space freed: 12.5 MB"',
    '0 0 0 * * *', '0 */5 * ? JAN-DEC MON-FRI', '0 0 25 * * * *', '61 0 0 * * *'])
