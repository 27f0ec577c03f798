// berthctl harbor replication against FakeHarbor (checked against Harbor's API definition, not a
// running Harbor): endpoints, policies, runs, executions, tasks, stop; lines, JSON and exit codes.

#include "support/fakeharbor.h"
#include "support/fakeharborreplication.h"
#include "support/testutil.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace berth;
using namespace berth::test;
using namespace Qt::StringLiterals;

class TstBerthctlReplication : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    // berthctl [--json] --username U --password-stdin harbor replication SUB REGISTRY ARGS...
    ProcessResult ctl(const FakeHarbor &h, const QStringList &args, const QString &user = u"admin"_s,
                      const QByteArray &password = "Harbor12345", bool json = false)
    {
        QStringList all{u"--config-dir"_s, m_dir.path() + u"/config"_s};
        if (json)
            all << u"--json"_s;
        if (!user.isEmpty())
            all << u"--username"_s << user << u"--password-stdin"_s;
        all << u"harbor"_s << u"replication"_s << args.at(0) << h.url().authority() << args.mid(1);
        const QStringList env{u"DOCKER_CONFIG="_s + m_dir.path() + u"/nodocker"_s};
        return runBerthctl(all, user.isEmpty() ? QByteArray() : password + '\n', env);
    }

    QString writeFile(const QString &name, const QByteArray &content)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(content) != content.size())
            return {};
        return path;
    }

    static QStringList lines(const ProcessResult &r)
    {
        return QString::fromUtf8(r.out).split(u'\n', Qt::SkipEmptyParts);
    }

    static int count(const FakeHarbor &h, const QByteArray &method, const QByteArray &pathPart)
    {
        int n = 0;
        for (const auto &r : h.requests())
            n += (r.method == method && r.target.contains(pathPart)) ? 1 : 0;
        return n;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(!qEnvironmentVariable("BERTHCTL").isEmpty(), "BERTHCTL is not set (run through CTest)");
    }

    void endpoints()
    {
        BERTH_REQUIRE_HARBOR_SPEC();
        FakeHarbor h;
        QVERIFY(h.start());
        const QString secret = writeFile(u"secret"_s, "t0ps3cret\n");
        const QString ca = writeFile(u"ca.pem"_s, "-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n");
        const ProcessResult added = ctl(h, {u"endpoint-add"_s, u"--name"_s, u"backup"_s, u"--type"_s, u"harbor"_s,
                                            u"--url"_s, u"https://backup.example.com"_s, u"--access-key"_s,
                                            u"robot$sync"_s, u"--access-secret-file"_s, secret, u"--skip-verify"_s,
                                            u"--ca-cert"_s, ca});
        QVERIFY2(added.exitCode == 0, added.err.constData());
        const int id = QString::fromUtf8(added.out).trimmed().toInt();
        const harbor::ReplicationEndpoint *e = harbor::findEndpoint(h, id);
        QVERIFY(e);
        QCOMPARE(e->accessKey, u"robot$sync"_s);
        QCOMPARE(e->accessSecret, u"t0ps3cret"_s);
        QVERIFY(e->insecure);
        QVERIFY(e->caCertificate.contains(u"BEGIN CERTIFICATE"_s));
        harbor::addReplicationEndpoint(h, u"hub"_s, u"https://hub.docker.com"_s, u"docker-hub"_s, false);

        const ProcessResult list = ctl(h, {u"endpoints"_s});
        QVERIFY2(list.exitCode == 0, list.err.constData());
        QCOMPARE(lines(list).size(), 2);
        QVERIFY(lines(list).contains(u"%1\tbackup\tharbor\thttps://backup.example.com\tunhealthy"_s.arg(id)));
        QVERIFY(!list.out.contains("t0ps3cret"));

        const ProcessResult json = ctl(h, {u"endpoints"_s}, u"admin"_s, "Harbor12345", true);
        QCOMPARE(json.exitCode, 0);
        const QJsonArray array = QJsonDocument::fromJson(json.out).array();
        QCOMPARE(array.size(), 2);
        QCOMPARE(array.at(0).toObject().value("name"_L1).toString(), u"backup"_s);
        QVERIFY(!array.at(0).toObject().value("credential"_L1).toObject().contains("access_secret"_L1));

        // Same name again: Harbor's 409, exit 1. Missing --url: usage, nothing sent.
        const ProcessResult dup = ctl(h, {u"endpoint-add"_s, u"--name"_s, u"backup"_s, u"--type"_s, u"harbor"_s,
                                          u"--url"_s, u"https://other.example.com"_s});
        QCOMPARE(dup.exitCode, 1);
        QVERIFY2(dup.err.contains("already exists"), dup.err.constData());
        const int posts = count(h, "POST", "/registries");
        QCOMPARE(ctl(h, {u"endpoint-add"_s, u"--name"_s, u"x"_s, u"--type"_s, u"harbor"_s}).exitCode, 2);
        QCOMPARE(ctl(h, {u"endpoint-add"_s, u"--name"_s, u"x"_s, u"--type"_s, u"harbor"_s, u"--url"_s, u"https://x"_s,
                         u"--access-secret-file"_s, u"-"_s}).exitCode, 2); // stdin holds the password
        QCOMPARE(count(h, "POST", "/registries"), posts);

        // Only a system administrator manages replication.
        h.addUser(u"dev"_s, u"Dev12345"_s);
        QCOMPARE(ctl(h, {u"endpoints"_s}, u"dev"_s, "Dev12345").exitCode, 3);
        QCOMPARE(ctl(h, {u"bogus"_s}).exitCode, 2);
        BERTH_EXPECT_NO_HARBOR_VIOLATIONS(h);
    }

    void secretFromStandardInput()
    {
        BERTH_REQUIRE_HARBOR_SPEC();
        FakeHarbor h;
        QVERIFY(h.start());
        // Berth's own credentials from Docker's config, so standard input is free for the secret.
        const QString docker = m_dir.path() + u"/docker"_s;
        QVERIFY(QDir().mkpath(docker));
        const QByteArray auth = QByteArray("admin:Harbor12345").toBase64();
        QVERIFY(!writeFile(u"docker/config.json"_s, "{\"auths\":{\"" + h.url().authority().toUtf8()
                                                        + "\":{\"auth\":\"" + auth + "\"}}}").isEmpty());
        const ProcessResult r = runBerthctl({u"--config-dir"_s, m_dir.path() + u"/config"_s, u"harbor"_s,
                                             u"replication"_s, u"endpoint-add"_s, h.url().authority(), u"--name"_s,
                                             u"ghcr"_s, u"--type"_s, u"github-ghcr"_s, u"--url"_s, u"https://ghcr.io"_s,
                                             u"--access-key"_s, u"me"_s, u"--access-secret-file"_s, u"-"_s},
                                            "ghp_token\n", {u"DOCKER_CONFIG="_s + docker});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(h.state().replication.endpoints.size(), 1);
        QCOMPARE(h.state().replication.endpoints.first().accessSecret, u"ghp_token"_s);
        BERTH_EXPECT_NO_HARBOR_VIOLATIONS(h);
    }

    void policies()
    {
        BERTH_REQUIRE_HARBOR_SPEC();
        FakeHarbor h;
        QVERIFY(h.start());
        const int peer = harbor::addReplicationEndpoint(h, u"peer"_s, u"https://peer.example.com"_s);
        const ProcessResult added = ctl(h, {u"policy-add"_s, u"--name"_s, u"nightly"_s, u"--push-to"_s, u"peer"_s,
                                            u"--filter-name"_s, u"library/**"_s, u"--exclude-tag"_s, u"*-rc*"_s,
                                            u"--dest-namespace"_s, u"mirror"_s, u"--flatten"_s, u"2"_s,
                                            u"--trigger"_s, u"cron:0 0 2 * * *"_s, u"--override"_s, u"--deletion"_s,
                                            u"--bandwidth"_s, u"512"_s});
        QVERIFY2(added.exitCode == 0, added.err.constData());
        const int id = QString::fromUtf8(added.out).trimmed().toInt();
        const harbor::ReplicationPolicy *p = harbor::findPolicy(h, id);
        QVERIFY(p);
        const QJsonObject sent = p->sent;
        QCOMPARE(sent.value("dest_registry"_L1).toObject().value("id"_L1).toInt(), peer);
        QVERIFY(!sent.contains("src_registry"_L1));
        QCOMPARE(sent.value("trigger"_L1).toObject().value("trigger_settings"_L1).toObject().value("cron"_L1).toString(),
                 u"0 0 2 * * *"_s);
        QCOMPARE(sent.value("deletion"_L1), QJsonValue(true));
        QCOMPARE(sent.value("replicate_deletion"_L1), QJsonValue(true));
        QCOMPARE(sent.value("override"_L1), QJsonValue(true));
        QCOMPARE(sent.value("speed"_L1).toInt(), 512);
        QCOMPARE(sent.value("dest_namespace"_L1).toString(), u"mirror"_s);
        QCOMPARE(sent.value("dest_namespace_replace_count"_L1).toInt(), 2);
        const QJsonArray filters = sent.value("filters"_L1).toArray();
        QCOMPARE(filters.size(), 2);
        QCOMPARE(filters.at(1).toObject().value("decoration"_L1).toString(), u"excludes"_s);
        QCOMPARE(filters.at(1).toObject().value("value"_L1).toString(), u"*-rc*"_s);

        QVERIFY(ctl(h, {u"policy-add"_s, u"--name"_s, u"back"_s, u"--pull-from"_s, u"peer"_s}).exitCode == 0);

        // Checked before sending: a Unix 5-field cron, event-based pulling, both directions.
        const int posts = count(h, "POST", "/replication/policies");
        const ProcessResult cron5 = ctl(h, {u"policy-add"_s, u"--name"_s, u"bad"_s, u"--push-to"_s, u"peer"_s,
                                            u"--trigger"_s, u"cron:0 2 * * *"_s});
        QCOMPARE(cron5.exitCode, 2);
        QVERIFY2(cron5.err.contains("6"), cron5.err.constData());
        QCOMPARE(ctl(h, {u"policy-add"_s, u"--name"_s, u"bad"_s, u"--pull-from"_s, u"peer"_s, u"--trigger"_s,
                         u"event"_s}).exitCode, 2);
        QCOMPARE(ctl(h, {u"policy-add"_s, u"--name"_s, u"bad"_s, u"--pull-from"_s, u"peer"_s, u"--push-to"_s,
                         u"peer"_s}).exitCode, 2);
        QCOMPARE(ctl(h, {u"policy-add"_s, u"--name"_s, u"bad"_s, u"--push-to"_s, u"peer"_s, u"--flatten"_s,
                         u"9"_s}).exitCode, 2);
        QCOMPARE(count(h, "POST", "/replication/policies"), posts);
        QCOMPARE(ctl(h, {u"policy-add"_s, u"--name"_s, u"bad"_s, u"--push-to"_s, u"nowhere"_s}).exitCode, 4);

        const ProcessResult list = ctl(h, {u"policies"_s});
        QVERIFY2(list.exitCode == 0, list.err.constData());
        QCOMPARE(lines(list).size(), 2);
        QCOMPARE(lines(list).first(), u"%1\tnightly\tpush\tpeer\tcron:0 0 2 * * *\tenabled"_s.arg(id));
        QVERIFY(lines(list).last().contains(u"\tback\tpull\tpeer\tmanual\tenabled"_s));
        const ProcessResult json = ctl(h, {u"policies"_s}, u"admin"_s, "Harbor12345", true);
        QCOMPARE(QJsonDocument::fromJson(json.out).array().size(), 2);

        // Deleting asks; without a terminal and without --yes nothing goes.
        QCOMPARE(ctl(h, {u"policy-delete"_s, u"nightly"_s}).exitCode, 2);
        QVERIFY(harbor::findPolicy(h, id));
        QCOMPARE(ctl(h, {u"policy-delete"_s, u"nightly"_s, u"--yes"_s}).exitCode, 0);
        QVERIFY(!harbor::findPolicy(h, id));
        QCOMPARE(ctl(h, {u"policy-delete"_s, u"nightly"_s, u"--yes"_s}).exitCode, 4);
        BERTH_EXPECT_NO_HARBOR_VIOLATIONS(h);
    }

    void runExecutionsTasksStop()
    {
        BERTH_REQUIRE_HARBOR_SPEC();
        FakeHarbor h;
        QVERIFY(h.start());
        h.addArtifact(u"library/web"_s, u"sha256:"_s + QString(64, u'a'), {u"1.0"_s});
        h.addArtifact(u"library/api"_s, u"sha256:"_s + QString(64, u'b'), {u"2.0"_s});
        harbor::addReplicationEndpoint(h, u"peer"_s, u"https://peer.example.com"_s);
        QCOMPARE(ctl(h, {u"policy-add"_s, u"--name"_s, u"all"_s, u"--push-to"_s, u"peer"_s}).exitCode, 0);
        QCOMPARE(ctl(h, {u"policy-add"_s, u"--name"_s, u"web"_s, u"--push-to"_s, u"peer"_s, u"--filter-name"_s,
                         u"library/web"_s}).exitCode, 0);

        const ProcessResult run = ctl(h, {u"run"_s, u"all"_s});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const int execution = QString::fromUtf8(run.out).trimmed().toInt();
        QVERIFY(harbor::findExecution(h, execution));
        const ProcessResult tasks = ctl(h, {u"tasks"_s, QString::number(execution)});
        QVERIFY2(tasks.exitCode == 0, tasks.err.constData());
        QCOMPARE(lines(tasks).size(), 2);
        QVERIFY(lines(tasks).first().contains(u"\tInProgress\tlibrary/web:1.0\tlibrary/web:1.0\t"_s)
                || lines(tasks).last().contains(u"\tInProgress\tlibrary/web:1.0\tlibrary/web:1.0\t"_s));
        const ProcessResult tasksJson = ctl(h, {u"tasks"_s, QString::number(execution)}, u"admin"_s, "Harbor12345", true);
        QCOMPARE(QJsonDocument::fromJson(tasksJson.out).array().size(), 2);

        const ProcessResult stop = ctl(h, {u"stop"_s, QString::number(execution)});
        QVERIFY2(stop.exitCode == 0, stop.err.constData());
        QCOMPARE(harbor::findExecution(h, execution)->status, u"Stopped"_s);

        const ProcessResult second = ctl(h, {u"run"_s, u"web"_s});
        QCOMPARE(second.exitCode, 0);
        harbor::finishReplications(h);
        const ProcessResult all = ctl(h, {u"executions"_s});
        QVERIFY2(all.exitCode == 0, all.err.constData());
        QCOMPARE(lines(all).size(), 2);
        QVERIFY2(lines(all).first().contains(u"\tSucceed\tmanual\t"_s), qPrintable(lines(all).first()));
        QVERIFY(lines(all).first().endsWith(u"\t1\t1\t0\t0\t0"_s));
        QVERIFY(lines(all).last().endsWith(u"\t2\t0\t0\t0\t2"_s));
        const ProcessResult onlyWeb = ctl(h, {u"executions"_s, u"--policy"_s, u"web"_s}, u"admin"_s, "Harbor12345", true);
        QCOMPARE(onlyWeb.exitCode, 0);
        const QJsonArray webRuns = QJsonDocument::fromJson(onlyWeb.out).array();
        QCOMPARE(webRuns.size(), 1);
        QCOMPARE(webRuns.first().toObject().value("status"_L1).toString(), u"Succeed"_s);

        QCOMPARE(ctl(h, {u"tasks"_s, u"abc"_s}).exitCode, 2);
        QCOMPARE(ctl(h, {u"stop"_s, u"999999"_s}).exitCode, 4);
        QCOMPARE(ctl(h, {u"run"_s, u"nothere"_s}).exitCode, 4);
        QCOMPARE(ctl(h, {u"executions"_s}, {}).exitCode, 3); // anonymous
        BERTH_EXPECT_NO_HARBOR_VIOLATIONS(h);
    }
};

QTEST_GUILESS_MAIN(TstBerthctlReplication)
#include "tst_berthctl_replication.moc"
