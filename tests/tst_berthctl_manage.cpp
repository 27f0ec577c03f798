// berthctl untag and cleanup against the real registry: output, --json, exit codes, confirmation.

#include "support/registryfixture.h"
#include "support/testutil.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace berth;
using namespace berth::test;
using namespace Qt::StringLiterals;

class TestBerthctlManage : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    ProcessResult ctl(const QStringList &args)
    {
        return runBerthctl(QStringList{u"--config-dir"_s, m_dir.path() + u"/config"_s} + args, {},
                           {u"DOCKER_CONFIG="_s + m_dir.path() + u"/nodocker"_s});
    }

private slots:
    void untagKeepsTheOtherTags()
    {
        RegistryFixture fixture;
        const Seeded s = fixture.seedImage(u"team/web"_s, u"1.0"_s);
        fixture.addTag(u"team/web"_s, u"latest"_s, s.digest);
        fixture.addTag(u"team/web"_s, u"stable"_s, s.digest);
        QVERIFY(fixture.start());
        const QString repo = fixture.hostPort() + u"/team/web"_s;

        ProcessResult r = ctl({u"untag"_s, repo + u":latest"_s});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(r.out.contains(QByteArray("Untagged " + repo.toUtf8() + ":latest.")), r.out.constData());
        QVERIFY2(r.out.contains("other 2 tags: 1.0, stable"), r.out.constData());
        QVERIFY(r.out.contains(s.digest.toUtf8()));

        r = ctl({u"ls"_s, repo});
        QCOMPARE(r.out, QByteArray("1.0\nstable\n"));
        r = ctl({u"digest"_s, repo + u":stable"_s});
        QCOMPARE(r.out.trimmed(), s.digest.toUtf8());

        r = ctl({u"--json"_s, u"untag"_s, repo + u":stable"_s});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(o.value(u"untagged"_s).toString(), repo + u":stable"_s);
        QCOMPARE(o.value(u"digest"_s).toString(), s.digest);
        QCOMPARE(o.value(u"method"_s).toString(), u"throw-away"_s);
        QCOMPARE(o.value(u"remainingTags"_s).toArray(), QJsonArray{u"1.0"_s});

        // The last tag: only the tag goes, the manifest stays by digest.
        r = ctl({u"untag"_s, repo + u":1.0"_s});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(r.out.contains("only tag"), r.out.constData());
        r = ctl({u"manifest"_s, repo + u"@"_s + s.digest});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, s.manifest);
    }

    void untagErrors()
    {
        RegistryFixture fixture;
        const Seeded s = fixture.seedImage(u"team/web"_s, u"1.0"_s);
        QVERIFY(fixture.start());
        const QString repo = fixture.hostPort() + u"/team/web"_s;
        ProcessResult r = ctl({u"untag"_s, repo + u":nope"_s});
        QCOMPARE(r.exitCode, 4);
        QVERIFY(!r.err.isEmpty());
        r = ctl({u"untag"_s, repo + u"@"_s + s.digest});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("needs a tag"));
        r = ctl({u"untag"_s});
        QCOMPARE(r.exitCode, 2);

        RegistryFixture readOnly({.deleteEnabled = false});
        readOnly.seedImage(u"team/web"_s, u"1.0"_s);
        QVERIFY(readOnly.start());
        r = ctl({u"untag"_s, readOnly.hostPort() + u"/team/web:1.0"_s});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("Deletion is disabled") && r.err.contains("storage.delete.enabled"), r.err.constData());
        r = ctl({u"ls"_s, readOnly.hostPort() + u"/team/web"_s});
        QCOMPARE(r.out, QByteArray("1.0\n"));
    }

    void cleanup()
    {
        RegistryFixture fixture;
        // Created dates follow the seed: 1 oldest ... 5 newest. "latest" shares the oldest manifest.
        QString oldest;
        for (int i = 1; i <= 5; ++i) {
            const Seeded s = fixture.seedImage(u"team/web"_s, u"v%1"_s.arg(i), {.layers = 1, .seed = quint32(i)});
            if (i == 1)
                oldest = s.digest;
        }
        fixture.addTag(u"team/web"_s, u"latest"_s, oldest);
        fixture.seedImage(u"team/web"_s, u"keep-me"_s, {.layers = 1, .seed = 0});
        QVERIFY(fixture.start());
        const QString repo = fixture.hostPort() + u"/team/web"_s;

        ProcessResult r = ctl({u"cleanup"_s, repo});
        QCOMPARE(r.exitCode, 2); // no keep rule

        r = ctl({u"cleanup"_s, repo, u"--keep"_s, u"2"_s, u"--match"_s, u"v*"_s, u"--dry-run"_s});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(r.out.contains("keep team/web:v5 "), r.out.constData());
        QVERIFY(r.out.contains("keep team/web:v4 "));
        QVERIFY(r.out.contains("delete team/web:v3 "));
        QVERIFY(r.out.contains("delete team/web:v2 "));
        QVERIFY2(r.out.contains(QByteArray("keep team/web:v1 " + oldest.toUtf8() + "  (kept: shares its manifest with the kept tag latest)")),
                 r.out.constData());
        QVERIFY(r.out.contains("keep team/web:keep-me "));
        QVERIFY(r.err.contains("Dry run"));
        QCOMPARE(ctl({u"ls"_s, repo}).out.count('\n'), 7);

        // No terminal, no --yes: the plan is printed, nothing goes, exit 2.
        r = ctl({u"cleanup"_s, repo, u"--keep"_s, u"2"_s, u"--match"_s, u"v*"_s});
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(ctl({u"ls"_s, repo}).out.count('\n'), 7);

        r = ctl({u"--json"_s, u"cleanup"_s, repo, u"--keep"_s, u"2"_s, u"--match"_s, u"v*"_s, u"--yes"_s});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(o.value(u"delete"_s).toArray().size(), 2);
        QCOMPARE(o.value(u"manifests"_s).toArray().size(), 2);
        QCOMPARE(o.value(u"keep"_s).toArray().size(), 5);
        QCOMPARE(ctl({u"ls"_s, repo}).out, QByteArray("keep-me\nlatest\nv1\nv4\nv5\n"));

        // Version order, regex.
        r = ctl({u"cleanup"_s, repo, u"--keep"_s, u"1"_s, u"--order"_s, u"version"_s, u"--regex"_s, u"^v[45]$"_s,
                 u"--yes"_s});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(ctl({u"ls"_s, repo}).out, QByteArray("keep-me\nlatest\nv1\nv5\n"));
    }
};

QTEST_GUILESS_MAIN(TestBerthctlManage)
#include "tst_berthctl_manage.moc"
