// Client-side sync of plain registries: rules (globs, tag regex, prefixes) as pure values, the plan
// and the copy against two real registries, and berthctl sync checked with skopeo.

#include "core/digest.h"
#include "core/registryclient.h"
#include "core/registrysettings.h"
#include "core/syncplan.h"
#include "support/registryfixture.h"
#include "support/testutil.h"
#include "support/tokenissuer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QTest>

using namespace berth;
using namespace berth::test;
using namespace Qt::StringLiterals;

class TestSync : public QObject
{
    Q_OBJECT

    QNetworkAccessManager m_nam;
    QTemporaryDir m_dir;
    RegistryFixture *m_src = nullptr;
    RegistryFixture *m_dst = nullptr;
    TokenIssuer *m_issuer = nullptr;
    RegistryFixture *m_guarded = nullptr; // token auth: push only to mirror/app*, no catalog
    QHash<QString, QString> m_digests;   // "repo:tag" -> digest in the source

    RegistryClient *client(const RegistryFixture *f)
    {
        berth::RegistryOptions o;
        o.registry = f->hostPort();
        o.timeoutMs = 15000;
        return new RegistryClient(o, &m_nam, this);
    }
    static ProcessResult skopeo(const QStringList &args)
    {
        return runProcess(u"skopeo"_s, QStringList{u"--insecure-policy"_s} + args);
    }
    // Tags of a repository as skopeo lists them; empty when the repository is not there.
    static QStringList skopeoTags(const RegistryFixture *f, const QString &repository)
    {
        const ProcessResult r = skopeo({u"list-tags"_s, u"--tls-verify=false"_s,
                                        u"docker://"_s + f->hostPort() + u'/' + repository});
        if (r.exitCode != 0)
            return {};
        QStringList tags;
        const QJsonArray list = QJsonDocument::fromJson(r.out).object().value(u"Tags").toArray();
        for (const QJsonValue &v : list)
            tags << v.toString();
        tags.sort();
        return tags;
    }
    static QString skopeoDigest(const RegistryFixture *f, const QString &reference)
    {
        const ProcessResult r = skopeo({u"inspect"_s, u"--raw"_s, u"--tls-verify=false"_s,
                                        u"docker://"_s + f->hostPort() + u'/' + reference});
        return r.exitCode == 0 ? Sha256::digestOf(r.out) : QString();
    }
    QStringList env() const { return {u"BERTH_CONFIG_DIR="_s + m_dir.path() + u"/config"_s}; }
    ProcessResult sync(const QStringList &args) { return runBerthctl(QStringList{u"sync"_s} + args, {}, env()); }

private slots:
    void initTestCase();
    void cleanupTestCase();

    void endpointParsing_data();
    void endpointParsing();
    void globs_data();
    void globs();
    void rules();
    void savedRules();

    void coreSyncAndPlan();
    void dryRunChangesNothing();
    void syncCopiesMatchingTags();
    void secondRunSkipsEverything();
    void failingItemDoesNotStopTheOthers();
    void sourceWithoutCatalog();
    void sharedBlobsAreMounted();
};

void TestSync::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_src = new RegistryFixture({}, this);
    m_dst = new RegistryFixture({}, this);
    auto seed = [this](const QString &repo, const QString &tag, quint32 s) {
        m_digests.insert(repo + u':' + tag, m_src->seedImage(repo, tag, {.layers = 2, .layerSize = 8192, .seed = s}).digest);
    };
    seed(u"team/app"_s, u"1.0"_s, 1);
    seed(u"team/app"_s, u"1.1"_s, 2);
    seed(u"team/app"_s, u"dev-x"_s, 3);
    m_src->addTag(u"team/app"_s, u"latest"_s, m_digests.value(u"team/app:1.1"_s));
    m_digests.insert(u"team/app:latest"_s, m_digests.value(u"team/app:1.1"_s));
    seed(u"team/lib"_s, u"2.0"_s, 4);
    seed(u"team/sub/deep"_s, u"0.1"_s, 5);
    seed(u"other/x"_s, u"1.0"_s, 6);
    m_digests.insert(u"team/multi:3.0"_s,
                     m_src->seedIndex(u"team/multi"_s, u"3.0"_s, {u"linux/amd64"_s, u"linux/arm64/v8"_s}, true, 7).digest);
    QVERIFY(m_src->start());
    QVERIFY(m_dst->start());

    m_issuer = new TokenIssuer(m_dir.path() + u"/issuer"_s, this);
    m_issuer->grant({QString(), u"mirror/*"_s, {u"pull"_s}});
    m_issuer->grant({QString(), u"mirror/app*"_s, {u"pull"_s, u"push"_s}});
    QVERIFY(m_issuer->start());
    m_guarded = new RegistryFixture({.auth = RegistryAuth::Token, .issuer = m_issuer}, this);
    QVERIFY(m_guarded->start());
}

void TestSync::cleanupTestCase()
{
    delete m_guarded;
    delete m_src;
    delete m_dst;
}

void TestSync::endpointParsing_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("registry");
    QTest::addColumn<QString>("prefix");
    QTest::newRow("registry") << u"reg.example:5000"_s << u"reg.example:5000"_s << QString();
    QTest::newRow("prefix") << u"reg.example:5000/team"_s << u"reg.example:5000"_s << u"team"_s;
    QTest::newRow("deep, slash, scheme") << u"https://reg.example/team/sub/"_s << u"reg.example"_s << u"team/sub"_s;
    QTest::newRow("uppercase prefix") << u"reg.example/Team"_s << QString() << QString();
    QTest::newRow("empty") << QString() << QString() << QString();
}

void TestSync::endpointParsing()
{
    QFETCH(QString, text);
    QFETCH(QString, registry);
    QFETCH(QString, prefix);
    Error error;
    const auto endpoint = SyncEndpoint::parse(text, &error);
    if (registry.isEmpty()) {
        QVERIFY(!endpoint);
        QCOMPARE(error.kind, ErrorKind::InvalidInput);
        QVERIFY(!error.message.isEmpty());
        return;
    }
    QVERIFY2(endpoint, qPrintable(error.message));
    QCOMPARE(endpoint->registry, registry);
    QCOMPARE(endpoint->prefix, prefix);
}

void TestSync::globs_data()
{
    QTest::addColumn<QString>("glob");
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("match");
    QTest::newRow("star") << u"app*"_s << u"app-web"_s << true;
    QTest::newRow("star stops at slash") << u"*"_s << u"sub/deep"_s << false;
    QTest::newRow("double star crosses") << u"**"_s << u"sub/deep"_s << true;
    QTest::newRow("folder double star") << u"sub/**"_s << u"sub/deep/er"_s << true;
    QTest::newRow("leading double star, no folder") << u"**/app"_s << u"app"_s << true;
    QTest::newRow("leading double star, folders") << u"**/app"_s << u"a/b/app"_s << true;
    QTest::newRow("question mark") << u"ap?"_s << u"app"_s << true;
    QTest::newRow("question mark not slash") << u"a?b"_s << u"a/b"_s << false;
    QTest::newRow("whole path") << u"app"_s << u"app2"_s << false;
    QTest::newRow("dot is literal") << u"a.b"_s << u"axb"_s << false;
}

void TestSync::globs()
{
    QFETCH(QString, glob);
    QFETCH(QString, path);
    QFETCH(bool, match);
    QCOMPARE(SyncRules::globMatch(glob, path), match);
}

void TestSync::rules()
{
    SyncRules r;
    r.source = *SyncEndpoint::parse(u"a.example/team"_s);
    r.destination = *SyncEndpoint::parse(u"b.example/mirror"_s);
    r.include = u"app*, sub/**"_s;
    r.exclude = u"app-old"_s;
    r.tags = u"v[0-9]+"_s;
    QVERIFY(!r.validate());
    QVERIFY(r.includesRepository(u"team/app"_s));
    QVERIFY(r.includesRepository(u"team/sub/deep"_s));
    QVERIFY(!r.includesRepository(u"team/app-old"_s));  // exclude wins
    QVERIFY(!r.includesRepository(u"team/lib"_s));      // not included
    QVERIFY(!r.includesRepository(u"teamx/app"_s));     // not under the prefix
    QVERIFY(!r.includesRepository(u"other/team/app"_s));
    QCOMPARE(r.destinationRepository(u"team/sub/deep"_s), u"mirror/sub/deep"_s);
    QVERIFY(r.includesTag(u"v12"_s));
    QVERIFY(!r.includesTag(u"v12-rc"_s)); // anchored: the whole tag
    QVERIFY(!r.includesTag(u"xv1"_s));

    SyncRules single = r;
    single.include.clear();
    single.exclude.clear();
    single.source.prefix = u"team/app"_s;
    QVERIFY(single.includesRepository(u"team/app"_s));
    QCOMPARE(single.destinationRepository(u"team/app"_s), u"mirror"_s);
    single.destination.prefix.clear();
    QCOMPARE(single.destinationRepository(u"team/app"_s), u"app"_s);

    SyncRules bad = r;
    bad.tags = u"v[0-"_s;
    QCOMPARE(bad.validate().kind, ErrorKind::InvalidInput);
    SyncRules same = r;
    same.destination = same.source;
    QCOMPARE(same.validate().kind, ErrorKind::InvalidInput);
    QCOMPARE(SyncRules::fromJson(r.toJson()), r);
}

void TestSync::savedRules()
{
    const QString dir = m_dir.path() + u"/settings"_s;
    SyncRules r;
    r.name = u"nightly"_s;
    r.source = *SyncEndpoint::parse(u"a.example:5000/team"_s);
    r.destination = *SyncEndpoint::parse(u"b.example"_s);
    r.tags = u"1\\..*"_s;
    {
        RegistrySettings settings(dir);
        settings.add(RegistryEntry{.registry = u"a.example:5000"_s});
        settings.setSyncRules({r});
        Error error;
        QVERIFY2(settings.save(&error), qPrintable(error.message));
    }
    RegistrySettings loaded(dir);
    QVERIFY(loaded.load());
    QCOMPARE(loaded.syncRules().size(), 1);
    QCOMPARE(loaded.syncRules().constFirst(), r);
    QCOMPARE(loaded.entries().size(), 1); // the registries are still there
}

void TestSync::coreSyncAndPlan()
{
    SyncRules r;
    r.source = {m_src->hostPort(), u"team"_s};
    r.destination = {m_dst->hostPort(), u"core"_s};
    r.tags = u"1\\..*|3\\.0"_s;
    RegistryClient *source = client(m_src);
    RegistryClient *destination = client(m_dst);
    auto *planJob = new SyncPlanJob(source, destination, r, this);
    QList<int> steps;
    connect(planJob, &SyncPlanJob::progress, this, [&steps](int done, int) { steps << done; });
    SyncPlan plan;
    planJob->start();
    QCOMPARE(waitForJob(planJob, [&] { plan = planJob->plan(); }).message, QString());
    QVERIFY(!steps.isEmpty());
    QCOMPARE(plan.repositories, 4); // app, lib, multi, sub/deep
    QStringList lines;
    for (const SyncItem &item : std::as_const(plan.items)) {
        QCOMPARE(item.action, SyncItem::Action::Copy);
        QCOMPARE(item.sourceDigest, m_digests.value(item.source.repository + u':' + item.source.tag));
        lines << item.source.repository + u':' + item.source.tag + u" > "_s + item.destination.repository;
    }
    QCOMPARE(lines, (QStringList{u"team/app:1.0 > core/app"_s, u"team/app:1.1 > core/app"_s,
                                 u"team/multi:3.0 > core/multi"_s}));

    auto *sync = new SyncJob(source, destination, plan, this);
    int copied = -1;
    sync->start();
    QCOMPARE(waitForJob(sync, [&] { copied = sync->copied(); }).message, QString());
    QCOMPARE(copied, 3);
    QCOMPARE(skopeoDigest(m_dst, u"core/multi:3.0"_s), m_digests.value(u"team/multi:3.0"_s));

    // Again: every tag is identical now.
    auto *again = new SyncPlanJob(source, destination, r, this);
    again->start();
    QCOMPARE(waitForJob(again, [&] { plan = again->plan(); }).message, QString());
    QCOMPARE(plan.count(SyncItem::Action::Skip), 3);
    QCOMPARE(plan.count(SyncItem::Action::Copy), 0);
}

void TestSync::dryRunChangesNothing()
{
    const ProcessResult r = sync({m_src->hostPort() + u"/team"_s, m_dst->hostPort() + u"/mirror"_s,
                                  u"--include"_s, u"app,multi,sub/**"_s, u"--tags"_s, u"[0-9.]+|latest"_s,
                                  u"--dry-run"_s});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QString out = QString::fromUtf8(r.out);
    const QString s = m_src->hostPort(), d = m_dst->hostPort();
    QVERIFY2(out.contains(u"copy "_s + s + u"/team/app:1.0 -> "_s + d + u"/mirror/app:1.0"_s), qPrintable(out));
    QVERIFY(out.contains(u"/mirror/sub/deep:0.1"_s));
    QVERIFY(!out.contains(u"dev-x"_s));
    QVERIFY(!out.contains(u"team/lib"_s));
    QVERIFY(!out.contains(u"other/x"_s));
    QVERIFY(out.contains(u"Dry run: 5 to copy"_s));
    QCOMPARE(skopeoTags(m_dst, u"mirror/app"_s), QStringList());
    QCOMPARE(skopeoTags(m_dst, u"mirror/multi"_s), QStringList());
}

void TestSync::syncCopiesMatchingTags()
{
    const ProcessResult r = sync({m_src->hostPort() + u"/team"_s, m_dst->hostPort() + u"/mirror"_s,
                                  u"--include"_s, u"app,multi,sub/**,lib"_s, u"--exclude"_s, u"lib"_s,
                                  u"--tags"_s, u"[0-9.]+|latest"_s, u"--all-platforms"_s});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY2(QString::fromUtf8(r.out).contains(u"Synced: 5 copied, 0 skipped (identical), 0 failed."_s), r.out.constData());
    QCOMPARE(skopeoTags(m_dst, u"mirror/app"_s), (QStringList{u"1.0"_s, u"1.1"_s, u"latest"_s}));
    QCOMPARE(skopeoTags(m_dst, u"mirror/multi"_s), QStringList{u"3.0"_s});
    QCOMPARE(skopeoTags(m_dst, u"mirror/sub/deep"_s), QStringList{u"0.1"_s});
    QCOMPARE(skopeoTags(m_dst, u"mirror/lib"_s), QStringList());
    QCOMPARE(skopeoTags(m_dst, u"mirror/x"_s), QStringList());
    for (const QString &ref : {u"app:1.0"_s, u"app:1.1"_s, u"app:latest"_s, u"multi:3.0"_s, u"sub/deep:0.1"_s})
        QCOMPARE(skopeoDigest(m_dst, u"mirror/"_s + ref), m_digests.value(u"team/"_s + ref));
    // The whole index came along: skopeo reads the arm64 image from the destination.
    const ProcessResult arm = skopeo({u"inspect"_s, u"--tls-verify=false"_s, u"--override-arch"_s, u"arm64"_s,
                                      u"--override-variant"_s, u"v8"_s,
                                      u"docker://"_s + m_dst->hostPort() + u"/mirror/multi:3.0"_s});
    QVERIFY2(arm.exitCode == 0, arm.err.constData());
    QCOMPARE(QJsonDocument::fromJson(arm.out).object().value(u"Architecture").toString(), u"arm64"_s);
}

void TestSync::secondRunSkipsEverything()
{
    const ProcessResult r = runBerthctl({u"--json"_s, u"sync"_s, m_src->hostPort() + u"/team"_s,
                                         m_dst->hostPort() + u"/mirror"_s, u"--include"_s, u"app,multi,sub/**"_s,
                                         u"--tags"_s, u"[0-9.]+|latest"_s},
                                        {}, env());
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonObject o = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(o.value(u"copied").toInt(), 0);
    QCOMPARE(o.value(u"skipped").toInt(), 5);
    QCOMPARE(o.value(u"failed").toInt(), 0);
    const QJsonArray items = o.value(u"items").toArray();
    QCOMPARE(items.size(), 5);
    QCOMPARE(items.at(0).toObject().value(u"source").toString(), m_src->hostPort() + u"/team/app:1.0"_s);
    for (const QJsonValue &v : items)
        QCOMPARE(v.toObject().value(u"result").toString(), u"skipped"_s);
}

void TestSync::failingItemDoesNotStopTheOthers()
{
    // The destination lets anyone push to mirror/app* only: team/lib is refused, team/app goes.
    const ProcessResult r = sync({m_src->hostPort() + u"/team"_s, m_guarded->hostPort() + u"/mirror"_s,
                                  u"--include"_s, u"lib,app"_s, u"--tags"_s, u"1\\.0|2\\.0"_s});
    QCOMPARE(r.exitCode, 1);
    const QString err = QString::fromUtf8(r.err);
    QVERIFY2(err.contains(m_src->hostPort() + u"/team/lib:2.0 failed"_s), qPrintable(err));
    QVERIFY2(QString::fromUtf8(r.out).contains(u"Synced: 1 copied, 0 skipped (identical), 1 failed."_s), r.out.constData());
    QCOMPARE(skopeoTags(m_guarded, u"mirror/app"_s), QStringList{u"1.0"_s});
    QCOMPARE(skopeoDigest(m_guarded, u"mirror/app:1.0"_s), m_digests.value(u"team/app:1.0"_s));
}

void TestSync::sourceWithoutCatalog()
{
    // The guarded registry grants no registry:catalog scope.
    const ProcessResult r = sync({m_guarded->hostPort(), m_dst->hostPort() + u"/copy"_s});
    QVERIFY2(r.exitCode == 3 || r.exitCode == 1, r.err.constData());
    QVERIFY2(QString::fromUtf8(r.err).contains(u"/v2/_catalog"_s), r.err.constData());
    QVERIFY(r.out.isEmpty());
}

// Two repositories of one image: the second copy mounts every blob from the first at the
// destination instead of streaming it again.
void TestSync::sharedBlobsAreMounted()
{
    const QString a = m_src->seedImage(u"shared/a"_s, u"1"_s, {.layers = 2, .layerSize = 8192, .seed = 41}).digest;
    const ProcessResult copied = skopeo({u"copy"_s, u"--src-tls-verify=false"_s, u"--dest-tls-verify=false"_s,
                                         u"docker://"_s + m_src->hostPort() + u"/shared/a:1"_s,
                                         u"docker://"_s + m_src->hostPort() + u"/shared/b:1"_s});
    QVERIFY2(copied.exitCode == 0, copied.err.constData());
    QCOMPARE(skopeoDigest(m_src, u"shared/b:1"_s), a);
    SyncRules r;
    r.source = {m_src->hostPort(), u"shared"_s};
    r.destination = {m_dst->hostPort(), u"shared-copy"_s};
    RegistryClient *source = client(m_src);
    RegistryClient *destination = client(m_dst);
    auto *planJob = new SyncPlanJob(source, destination, r, this);
    SyncPlan plan;
    planJob->start();
    QCOMPARE(waitForJob(planJob, [&] { plan = planJob->plan(); }).message, QString());
    QCOMPARE(plan.count(SyncItem::Action::Copy), 2);

    auto *sync = new SyncJob(source, destination, plan, this);
    sync->setParallel(1); // the first copy ends before the second starts
    int mounted = -1;
    sync->start();
    QCOMPARE(waitForJob(sync, [&] { mounted = sync->blobsMounted(); }).message, QString());
    QCOMPARE(mounted, 3); // two layers and the config
    QCOMPARE(skopeoDigest(m_dst, u"shared-copy/a:1"_s), a);
    QCOMPARE(skopeoDigest(m_dst, u"shared-copy/b:1"_s), a);
}

QTEST_GUILESS_MAIN(TestSync)
#include "tst_sync.moc"
