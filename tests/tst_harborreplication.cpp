// Harbor replication in core against FakeHarbor, which checks every request against Harbor's API
// definition (swagger v2.15.2): endpoints, adapters, policies (an invalid one never sent),
// executions, tasks, logs and stopping. Not against a running Harbor. Records: tst_harborreplicationtypes.

#include "core/harborclient.h"
#include "core/harborreplication.h"
#include "support/fakeharbor.h"
#include "support/fakeharborreplication.h"
#include "support/testutil.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace berth;
using berth::test::FakeHarbor;
using berth::test::waitForJob;
namespace fh = berth::test::harbor;

namespace {

RegistryOptions optionsFor(const FakeHarbor &h, const QString &user = u"admin"_s,
                           const QString &password = u"Harbor12345"_s)
{
    RegistryOptions o;
    o.registry = h.url().authority();
    if (!user.isEmpty())
        o.credentials = Credentials{user, password, false};
    o.timeoutMs = 10000;
    return o;
}

int countRequests(const FakeHarbor &h, const QByteArray &method, const QByteArray &pathPart)
{
    int n = 0;
    for (const auto &r : h.requests())
        n += (r.method == method && r.target.contains(pathPart)) ? 1 : 0;
    return n;
}

// Runs a request, returns its error; body and Location are copied out before it deletes itself.
Error run(HarborRequest *r, QByteArray *body = nullptr, qint64 *createdId = nullptr)
{
    return waitForJob(r, [&] {
        if (body)
            *body = r->body();
        if (createdId)
            *createdId = HarborReplication::idFromLocation(r->header("Location"));
    });
}

HarborReplicationPolicy pushPolicy(qint64 endpointId)
{
    HarborReplicationPolicy p;
    p.name = u"to-backup"_s;
    p.description = u"nightly"_s;
    p.destRegistryId = endpointId;
    p.nameFilter = u"library/**"_s;
    p.tagFilter = u"v1*"_s;
    p.destNamespace = u"mirror"_s;
    p.flatten = 1;
    return p;
}

} // namespace

class TstHarborReplication : public QObject
{
    Q_OBJECT

private slots:
    void endpoints();
    void adaptersAndInfo();
    void onlyAdmins();
    void policies();
    void invalidPolicyIsNotSent();
    void executionsTasksLogStop();
    void pullExecution();

private:
    QNetworkAccessManager m_nam;
};

void TstHarborReplication::endpoints()
{
    BERTH_REQUIRE_HARBOR_SPEC();
    FakeHarbor h;
    QVERIFY(h.start());
    fh::setUrlReachable(h, u"https://backup.example.com"_s);
    HarborClient client(optionsFor(h), &m_nam);
    HarborReplication repl(&client);

    HarborEndpoint e;
    e.name = u"backup"_s;
    e.type = u"harbor"_s;
    e.url = u"https://backup.example.com/"_s;
    e.accessKey = u"robot$sync"_s;
    e.accessSecret = u"s3cret"_s;
    e.insecure = true;
    e.caCertificate = u"-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n"_s;
    QVERIFY(!run(repl.pingEndpoint(e))); // before saving: a reachable URL
    qint64 id = 0;
    QVERIFY(!run(repl.createEndpoint(e), nullptr, &id));
    QVERIFY(id > 0);
    const fh::ReplicationEndpoint *stored = fh::findEndpoint(h, int(id));
    QVERIFY(stored);
    QCOMPARE(stored->accessSecret, u"s3cret"_s);
    QCOMPARE(stored->caCertificate, e.caCertificate);
    QVERIFY(stored->insecure);

    QList<HarborEndpoint> list;
    auto *job = repl.endpoints();
    QVERIFY(!waitForJob(job, [&] { list = HarborEndpoint::listFromJson(job->items()); }));
    QCOMPARE(list.size(), 1);
    QCOMPARE(list.first().name, u"backup"_s);
    QCOMPARE(list.first().url, u"https://backup.example.com"_s);
    QCOMPARE(list.first().accessKey, u"robot$sync"_s);
    QVERIFY(list.first().accessSecret.isEmpty()); // Harbor's mask is not taken for the secret
    QCOMPARE(list.first().status, u"healthy"_s);
    QVERIFY(!list.first().toJson().value("credential"_L1).toObject().contains("access_secret"_L1));

    // Edit without retyping the secret: Harbor keeps the old one.
    HarborEndpoint edited = list.first();
    edited.name = u"backup-eu"_s;
    edited.url = u"https://eu.backup.example.com"_s;
    QVERIFY(!run(repl.updateEndpoint(edited)));
    QCOMPARE(fh::findEndpoint(h, int(id))->name, u"backup-eu"_s);
    QCOMPARE(fh::findEndpoint(h, int(id))->accessSecret, u"s3cret"_s);
    QByteArray body;
    QVERIFY(!run(repl.endpoint(id), &body));
    QCOMPARE(HarborEndpoint::fromJson(QJsonDocument::fromJson(body).object()).status, u"unhealthy"_s);

    // The saved endpoint's new URL does not answer: Harbor's ping says 400.
    Error e2 = run(repl.pingEndpoint(edited));
    QCOMPARE(e2.kind, ErrorKind::InvalidInput);
    QCOMPARE(e2.httpStatus, 400);
    QVERIFY2(e2.message.contains(u"eu.backup.example.com"_s), qPrintable(e2.message));

    // Duplicate names are refused.
    HarborEndpoint dup = e;
    dup.name = u"backup-eu"_s;
    e2 = run(repl.createEndpoint(dup));
    QCOMPARE(e2.httpStatus, 409);
    QVERIFY(e2.message.contains(u"already exists"_s));

    QVERIFY(!run(repl.deleteEndpoint(id)));
    QCOMPARE(run(repl.deleteEndpoint(id)).kind, ErrorKind::NotFound);
    QVERIFY(h.state().replication.endpoints.isEmpty());
    BERTH_EXPECT_NO_HARBOR_VIOLATIONS(h);
}

void TstHarborReplication::adaptersAndInfo()
{
    BERTH_REQUIRE_HARBOR_SPEC();
    FakeHarbor h;
    QVERIFY(h.start());
    const int harborId = fh::addReplicationEndpoint(h, u"peer"_s, u"https://peer.example.com"_s);
    const int hubId = fh::addReplicationEndpoint(h, u"hub"_s, u"https://hub.docker.com"_s, u"docker-hub"_s);
    HarborClient client(optionsFor(h), &m_nam);
    HarborReplication repl(&client);

    QByteArray body;
    QVERIFY(!run(repl.adapters(), &body));
    const QStringList names = HarborReplication::adapterNames(body);
    QVERIFY(names.contains(u"harbor"_s) && names.contains(u"docker-hub"_s) && names.contains(u"aws-ecr"_s));

    QVERIFY(!run(repl.adapterInfos(), &body));
    const QList<HarborAdapterInfo> infos = HarborAdapterInfo::listFromJson(QJsonDocument::fromJson(body).object());
    auto info = [&](const QString &type) {
        for (const HarborAdapterInfo &i : infos) {
            if (i.type == type)
                return i;
        }
        return HarborAdapterInfo{};
    };
    QVERIFY(info(u"docker-hub"_s).hasFixedUrl());
    QCOMPARE(info(u"docker-hub"_s).endpoints.first().url, u"https://hub.docker.com"_s);
    QVERIFY(info(u"github-ghcr"_s).hasFixedUrl());
    QVERIFY(info(u"aws-ecr"_s).hasUrlList());
    QCOMPARE(info(u"aws-ecr"_s).endpoints.first().key, u"us-east-1"_s);
    QVERIFY(info(u"google-gcr"_s).hasFixedAccessKey());
    QCOMPARE(info(u"google-gcr"_s).accessKeyData, u"_json_key"_s);
    QVERIFY(info(u"google-gcr"_s).secretIsFile());
    QVERIFY(!info(u"azure-acr"_s).hasFixedUrl() && !info(u"azure-acr"_s).hasUrlList());

    QVERIFY(!run(repl.endpointInfo(harborId), &body));
    HarborEndpointInfo peer = HarborEndpointInfo::fromJson(QJsonDocument::fromJson(body).object());
    QVERIFY(peer.supportsFilter(u"label"_s) && peer.supportsFilter(u"resource"_s));
    QCOMPARE(peer.filter(u"resource"_s).values, QStringList({u"image"_s, u"artifact"_s}));
    QVERIFY(peer.supportsTrigger(u"event_based"_s));
    QVERIFY(peer.copyByChunk);
    QVERIFY(!run(repl.endpointInfo(hubId), &body));
    HarborEndpointInfo hub = HarborEndpointInfo::fromJson(QJsonDocument::fromJson(body).object());
    QVERIFY(hub.supportsFilter(u"name"_s) && !hub.supportsFilter(u"label"_s));
    QVERIFY(!hub.supportsTrigger(u"event_based"_s) && hub.supportsTrigger(u"scheduled"_s));
    QCOMPARE(run(repl.endpointInfo(99999)).kind, ErrorKind::NotFound);
    BERTH_EXPECT_NO_HARBOR_VIOLATIONS(h);
}

void TstHarborReplication::onlyAdmins()
{
    BERTH_REQUIRE_HARBOR_SPEC();
    FakeHarbor h;
    QVERIFY(h.start());
    h.addUser(u"dev"_s, u"Dev12345"_s);
    HarborClient dev(optionsFor(h, u"dev"_s, u"Dev12345"_s), &m_nam);
    HarborReplication devRepl(&dev);
    QCOMPARE(waitForJob(devRepl.endpoints()).kind, ErrorKind::Denied);
    QCOMPARE(waitForJob(devRepl.policies()).kind, ErrorKind::Denied);
    QCOMPARE(run(devRepl.startExecution(1)).exitCode(), 3);
    HarborClient anonymous(optionsFor(h, {}), &m_nam);
    HarborReplication anonRepl(&anonymous);
    QCOMPARE(waitForJob(anonRepl.executions()).kind, ErrorKind::Unauthorized);
    BERTH_EXPECT_NO_HARBOR_VIOLATIONS(h);
}

void TstHarborReplication::policies()
{
    BERTH_REQUIRE_HARBOR_SPEC();
    FakeHarbor h;
    QVERIFY(h.start());
    const int peer = fh::addReplicationEndpoint(h, u"peer"_s, u"https://peer.example.com"_s);
    HarborClient client(optionsFor(h), &m_nam);
    HarborReplication repl(&client);

    HarborReplicationPolicy p = pushPolicy(peer);
    p.trigger = HarborTrigger::Scheduled;
    p.cron = u"0 0 2 * * *"_s;
    p.deletion = true;
    p.speedKbps = 1024;
    qint64 id = 0;
    QVERIFY(!run(repl.createPolicy(p), nullptr, &id));
    QVERIFY(id > 0);
    const QJsonObject sent = fh::findPolicy(h, int(id))->sent;
    QCOMPARE(sent.value("deletion"_L1), QJsonValue(true));
    QCOMPARE(sent.value("replicate_deletion"_L1), QJsonValue(true));
    QCOMPARE(sent.value("speed"_L1).toInt(), 1024);
    QVERIFY(!sent.contains("id"_L1));

    HarborReplicationPolicy pull;
    pull.name = u"from-peer"_s;
    pull.srcRegistryId = peer;
    pull.enabled = false;
    QVERIFY(!run(repl.createPolicy(pull)));

    QList<HarborReplicationPolicy> list;
    auto *job = repl.policies();
    QVERIFY(!waitForJob(job, [&] { list = HarborReplicationPolicy::listFromJson(job->items()); }));
    QCOMPARE(list.size(), 2);
    const HarborReplicationPolicy got = list.first();
    QCOMPARE(got.id, id);
    QCOMPARE(got.destRegistryId, peer);
    QCOMPARE(got.destRegistryName, u"peer"_s);
    QCOMPARE(got.srcRegistryId, 0); // this Harbor
    QCOMPARE(got.cron, u"0 0 2 * * *"_s);
    QCOMPARE(got.nameFilter, u"library/**"_s);
    QVERIFY(got.deletion && got.enabled);
    QCOMPARE(list.last().srcRegistryName, u"peer"_s);
    QVERIFY(!list.last().isPush() && !list.last().enabled);

    // Disable, then edit: the whole policy is sent again.
    QVERIFY(!run(repl.setPolicyEnabled(got, false)));
    QCOMPARE(fh::findPolicy(h, int(id))->sent.value("enabled"_L1), QJsonValue(false));
    HarborReplicationPolicy edited = got;
    edited.trigger = HarborTrigger::EventBased;
    QVERIFY(!run(repl.updatePolicy(edited)));
    QByteArray body;
    QVERIFY(!run(repl.policy(id), &body));
    QCOMPARE(HarborReplicationPolicy::fromJson(QJsonDocument::fromJson(body).object()).trigger,
             HarborTrigger::EventBased);

    // Names are unique; an endpoint in use cannot be deleted.
    const Error dup = run(repl.createPolicy(pushPolicy(peer)));
    QCOMPARE(dup.httpStatus, 409);
    const Error inUse = run(repl.deleteEndpoint(peer));
    QCOMPARE(inUse.httpStatus, 412);
    QVERIFY2(inUse.message.contains(u"referenced by replication policies"_s), qPrintable(inUse.message));

    QVERIFY(!run(repl.deletePolicy(id)));
    QCOMPARE(run(repl.policy(id)).kind, ErrorKind::NotFound);
    BERTH_EXPECT_NO_HARBOR_VIOLATIONS(h);
}

void TstHarborReplication::invalidPolicyIsNotSent()
{
    BERTH_REQUIRE_HARBOR_SPEC();
    FakeHarbor h;
    QVERIFY(h.start());
    const int peer = fh::addReplicationEndpoint(h, u"peer"_s, u"https://peer.example.com"_s);
    HarborClient client(optionsFor(h), &m_nam);
    HarborReplication repl(&client);
    HarborReplicationPolicy p = pushPolicy(peer);
    p.trigger = HarborTrigger::Scheduled;
    p.cron = u"0 2 * * *"_s; // Unix cron: Harbor's has seconds
    Error e = run(repl.createPolicy(p));
    QCOMPARE(e.kind, ErrorKind::InvalidInput);
    p.cron = u"0 0 2 * * 8"_s;
    e = run(repl.updatePolicy(p));
    QCOMPARE(e.kind, ErrorKind::InvalidInput);
    QVERIFY2(e.message.contains(u"day of week"_s), qPrintable(e.message));
    QCOMPARE(countRequests(h, "POST", "/replication/policies"), 0);
    QCOMPARE(countRequests(h, "PUT", "/replication/policies"), 0);

    // Harbor checks too: a cron the client did not check is refused with 400.
    HarborRequestSpec raw;
    raw.verb = "POST";
    raw.path = "/replication/policies";
    raw.headers = {{"Content-Type", "application/json"}};
    QJsonObject body = pushPolicy(peer).toJson();
    body.insert(u"trigger"_s, QJsonObject{{u"type"_s, u"scheduled"_s},
                                          {u"trigger_settings"_s, QJsonObject{{u"cron"_s, u"0 2 * * *"_s}}}});
    raw.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    QCOMPARE(run(client.send(raw)).httpStatus, 400);
    QVERIFY(h.state().replication.policies.isEmpty());
    BERTH_EXPECT_NO_HARBOR_VIOLATIONS(h);
}

void TstHarborReplication::executionsTasksLogStop()
{
    BERTH_REQUIRE_HARBOR_SPEC();
    FakeHarbor h;
    QVERIFY(h.start());
    h.addArtifact(u"library/web"_s, u"sha256:"_s + QString(64, u'a'), {u"v1.0"_s, u"v2.0"_s});
    h.addArtifact(u"library/team/api"_s, u"sha256:"_s + QString(64, u'b'), {u"v1.1"_s});
    h.addArtifact(u"library/db"_s, u"sha256:"_s + QString(64, u'c'), {u"v3"_s});
    const int peer = fh::addReplicationEndpoint(h, u"peer"_s, u"https://peer.example.com"_s);
    HarborClient client(optionsFor(h), &m_nam);
    HarborReplication repl(&client);
    qint64 policyId = 0;
    QVERIFY(!run(repl.createPolicy(pushPolicy(peer)), nullptr, &policyId));

    qint64 executionId = 0;
    QVERIFY(!run(repl.startExecution(policyId), nullptr, &executionId));
    QVERIFY(executionId > 0);
    QByteArray body;
    QVERIFY(!run(repl.execution(executionId), &body));
    HarborExecution running = HarborExecution::fromJson(QJsonDocument::fromJson(body).object());
    QVERIFY(running.isRunning());
    QCOMPARE(running.total, 2);
    QCOMPARE(running.inProgress, 2);

    QList<HarborTask> tasks;
    auto *tasksJob = repl.tasks(executionId);
    QVERIFY(!waitForJob(tasksJob, [&] { tasks = HarborTask::listFromJson(tasksJob->items()); }));
    QCOMPARE(tasks.size(), 2);
    QStringList sources, destinations;
    for (const HarborTask &t : tasks)
        sources << t.srcResource, destinations << t.dstResource;
    sources.sort();
    destinations.sort();
    QCOMPARE(sources, QStringList({u"library/team/api:v1.1"_s, u"library/web:v1.0"_s}));
    // Flattening 1 level: "library" is replaced by the destination namespace.
    QCOMPARE(destinations, QStringList({u"mirror/team/api:v1.1"_s, u"mirror/web:v1.0"_s}));
    QVERIFY(tasks.first().started.isValid());

    QVERIFY(!run(repl.taskLog(executionId, tasks.first().id), &body));
    QVERIFY2(body.contains(QByteArray("copying " + tasks.first().srcResource.toUtf8())), body.constData());
    QCOMPARE(run(repl.taskLog(executionId, 424242)).kind, ErrorKind::NotFound);

    QVERIFY(!run(repl.stopExecution(executionId)));
    QVERIFY(!run(repl.execution(executionId), &body));
    HarborExecution stopped = HarborExecution::fromJson(QJsonDocument::fromJson(body).object());
    QCOMPARE(stopped.status, u"Stopped"_s);
    QCOMPARE(stopped.stopped, 2);
    QVERIFY(stopped.ended.isValid());

    // A second run that finishes with one failure, and a third that succeeds.
    qint64 second = 0;
    QVERIFY(!run(repl.startExecution(policyId), nullptr, &second));
    fh::finishReplications(h, u"team/api"_s);
    qint64 third = 0;
    QVERIFY(!run(repl.startExecution(policyId), nullptr, &third));
    fh::finishReplications(h);

    QList<HarborExecution> executions;
    auto *execJob = repl.executions(policyId);
    QVERIFY(!waitForJob(execJob, [&] { executions = HarborExecution::listFromJson(execJob->items()); }));
    QCOMPARE(executions.size(), 3);
    QCOMPARE(executions.at(0).id, third);
    QCOMPARE(executions.at(0).status, u"Succeed"_s);
    QCOMPARE(executions.at(0).succeed, 2);
    QCOMPARE(executions.at(1).status, u"Failed"_s);
    QCOMPARE(executions.at(1).failed, 1);
    QCOMPARE(executions.at(1).succeed, 1);
    QCOMPARE(executions.at(2).status, u"Stopped"_s);
    QVERIFY(countRequests(h, "GET", "/replication/executions?policy_id=") >= 1);

    QCOMPARE(run(repl.stopExecution(999999)).kind, ErrorKind::NotFound);
    BERTH_EXPECT_NO_HARBOR_VIOLATIONS(h);
}

void TstHarborReplication::pullExecution()
{
    BERTH_REQUIRE_HARBOR_SPEC();
    FakeHarbor h;
    QVERIFY(h.start());
    const int hub = fh::addReplicationEndpoint(h, u"hub"_s, u"https://hub.docker.com"_s, u"docker-hub"_s);
    fh::addRemoteRepository(h, hub, u"library/nginx"_s, {u"1.25"_s, u"1.26"_s, u"latest"_s});
    fh::addRemoteRepository(h, hub, u"library/redis"_s, {u"7"_s});
    HarborClient client(optionsFor(h), &m_nam);
    HarborReplication repl(&client);
    HarborReplicationPolicy p;
    p.name = u"nginx"_s;
    p.srcRegistryId = hub;
    p.nameFilter = u"library/nginx"_s;
    p.tagFilter = u"latest"_s;
    p.tagExcludes = true;
    p.destNamespace = u"cache"_s;
    p.flatten = HarborReplicationPolicy::FlattenAll;
    qint64 policyId = 0;
    QVERIFY(!run(repl.createPolicy(p), nullptr, &policyId));
    qint64 executionId = 0;
    QVERIFY(!run(repl.startExecution(policyId), nullptr, &executionId));
    QList<HarborTask> tasks;
    auto *job = repl.tasks(executionId);
    QVERIFY(!waitForJob(job, [&] { tasks = HarborTask::listFromJson(job->items()); }));
    QCOMPARE(tasks.size(), 1);
    QCOMPARE(tasks.first().srcResource, u"library/nginx:[1.25,1.26]"_s);
    QCOMPARE(tasks.first().dstResource, u"cache/nginx:[1.25,1.26]"_s);

    // While it runs the policy cannot be deleted; a disabled policy cannot be started.
    QCOMPARE(run(repl.deletePolicy(policyId)).httpStatus, 412);
    fh::finishReplications(h);
    HarborReplicationPolicy off = p;
    off.id = policyId;
    QVERIFY(!run(repl.setPolicyEnabled(off, false)));
    QCOMPARE(run(repl.startExecution(policyId)).httpStatus, 412);
    QVERIFY(!run(repl.deletePolicy(policyId)));
    BERTH_EXPECT_NO_HARBOR_VIOLATIONS(h);
}

QTEST_GUILESS_MAIN(TstHarborReplication)
#include "tst_harborreplication.moc"
