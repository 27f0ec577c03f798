// berthctl harbor administration (members, robots, gc, audit, quota-set) against FakeHarbor,
// which checks every request against Harbor's API definition; gc against the real Distribution
// registry for the explanation a plain registry gets.

#include "support/fakeharbor.h"
#include "support/fakeharboradmin.h"
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

class TstBerthctlHarborAdmin : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    ProcessResult ctl(const FakeHarbor &h, const QStringList &args, const QString &user = u"admin"_s,
                      const QByteArray &password = "Harbor12345", bool json = false)
    {
        QStringList all{u"--config-dir"_s, m_dir.path() + u"/config"_s};
        if (json)
            all << u"--json"_s;
        if (!user.isEmpty())
            all << u"--username"_s << user << u"--password-stdin"_s;
        all << u"harbor"_s << args.at(0) << h.url().authority() << args.mid(1);
        const QStringList env{u"DOCKER_CONFIG="_s + m_dir.path() + u"/nodocker"_s};
        return runBerthctl(all, user.isEmpty() ? QByteArray() : password + '\n', env);
    }

    static QStringList lines(const ProcessResult &r)
    {
        return QString::fromUtf8(r.out).split(u'\n', Qt::SkipEmptyParts);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(!qEnvironmentVariable("BERTHCTL").isEmpty(), "BERTHCTL is not set (run through CTest)");
    }

    void members()
    {
        BERTH_REQUIRE_HARBOR_SPEC();
        FakeHarbor h;
        QVERIFY(h.start());
        h.addProject(u"team"_s);
        h.addUser(u"alice"_s, u"Alice12345"_s);
        h.addUser(u"dev"_s, u"Dev12345"_s);

        ProcessResult r = ctl(h, {u"member-add"_s, u"team"_s, u"alice"_s, u"--role"_s, u"maintainer"_s});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(r.out.isEmpty());
        r = ctl(h, {u"member-add"_s, u"team"_s, u"dev"_s, u"--role"_s, u"developer"_s});
        QCOMPARE(r.exitCode, 0);
        r = ctl(h, {u"member-add"_s, u"team"_s, u"alice"_s, u"--role"_s, u"guest"_s});
        QCOMPARE(r.exitCode, 1); // 409: already a member
        r = ctl(h, {u"member-add"_s, u"team"_s, u"alice"_s, u"--role"_s, u"owner"_s});
        QCOMPARE(r.exitCode, 2);
        r = ctl(h, {u"member-add"_s, u"team"_s, u"ghost"_s, u"--role"_s, u"guest"_s});
        QCOMPARE(r.exitCode, 4);

        r = ctl(h, {u"members"_s, u"team"_s});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QStringList out = lines(r);
        QCOMPARE(out.size(), 3);
        QVERIFY(out.contains(u"admin\tuser\tadmin\t"_s + QString::number(h.state().members.at(1).id)));
        bool alice = false;
        for (const QString &line : out)
            alice = alice || line.startsWith(u"alice\tuser\tmaintainer\t"_s);
        QVERIFY2(alice, qPrintable(out.join(u'\n')));

        r = ctl(h, {u"members"_s, u"team"_s}, u"admin"_s, "Harbor12345", true);
        QCOMPARE(r.exitCode, 0);
        const QJsonArray json = QJsonDocument::fromJson(r.out).array();
        QCOMPARE(json.size(), 3);
        QVERIFY(json.at(0).toObject().contains("role_id"_L1));

        // A developer may list but not change members: exit 3.
        r = ctl(h, {u"member-remove"_s, u"team"_s, u"alice"_s}, u"dev"_s, "Dev12345");
        QCOMPARE(r.exitCode, 3);
        r = ctl(h, {u"member-remove"_s, u"team"_s, u"alice"_s});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        r = ctl(h, {u"member-remove"_s, u"team"_s, u"alice"_s});
        QCOMPARE(r.exitCode, 4);
        r = ctl(h, {u"members"_s, u"nothere"_s});
        QCOMPARE(r.exitCode, 4);
        BERTH_EXPECT_NO_HARBOR_VIOLATIONS(h);
    }

    void robots()
    {
        BERTH_REQUIRE_HARBOR_SPEC();
        FakeHarbor h;
        QVERIFY(h.start());
        h.addProject(u"team"_s);
        h.addArtifact(u"team/web"_s, u"sha256:"_s + QString(64, u'a'), {u"1"_s});

        ProcessResult r = ctl(h, {u"robot-create"_s, u"ci"_s, u"--project"_s, u"team"_s, u"--access"_s,
                                  u"pull,push"_s, u"--days"_s, u"30"_s});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        // The secret alone on stdout, once; the account's name on stderr.
        const QStringList out = lines(r);
        QCOMPARE(out.size(), 1);
        const QString secret = out.first();
        QCOMPARE(h.state().robots.last().secret, secret);
        QVERIFY(r.err.contains("robot$team+ci"));
        QVERIFY(!r.err.contains(secret.toUtf8()));

        // The secret works for the registry's API and never shows again.
        ProcessResult asRobot = ctl(h, {u"repos"_s, u"team"_s}, u"robot$team+ci"_s, secret.toUtf8());
        QVERIFY2(asRobot.exitCode == 0, asRobot.err.constData());
        r = ctl(h, {u"robots"_s, u"--project"_s, u"team"_s});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(!r.out.contains(secret.toUtf8()));
        QCOMPARE(lines(r).size(), 1);
        QVERIFY(lines(r).first().startsWith(u"robot$team+ci\tproject\tenabled\t"_s));
        QVERIFY(lines(r).first().contains(u"team:repository/push"_s));
        r = ctl(h, {u"robots"_s, u"--project"_s, u"team"_s}, u"admin"_s, "Harbor12345", true);
        QCOMPARE(QJsonDocument::fromJson(r.out).array().first().toObject().value("duration"_L1).toInt(), 30);

        r = ctl(h, {u"robot-create"_s, u"ci"_s, u"--project"_s, u"team"_s, u"--access"_s, u"pull"_s});
        QCOMPARE(r.exitCode, 1); // 409
        QVERIFY(r.out.isEmpty());
        r = ctl(h, {u"robot-create"_s, u"x"_s, u"--access"_s, u"fly"_s});
        QCOMPARE(r.exitCode, 2);

        // System level, --json: one object with the secret.
        r = ctl(h, {u"robot-create"_s, u"reader"_s, u"--access"_s, u"pull"_s}, u"admin"_s, "Harbor12345", true);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject created = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(created.value("name"_L1).toString(), u"robot$reader"_s);
        QVERIFY(!created.value("secret"_L1).toString().isEmpty());
        r = ctl(h, {u"robots"_s});
        QCOMPARE(lines(r).size(), 1);
        QVERIFY(lines(r).first().startsWith(u"robot$reader\tsystem\t"_s));

        // A developer is refused (exit 3) and sees no secret.
        const int project = h.projectByName(u"team"_s)->id;
        h.addMember(project, h.addUser(u"dev"_s, u"Dev12345"_s), harbor::Role::Developer);
        r = ctl(h, {u"robot-create"_s, u"x"_s, u"--project"_s, u"team"_s, u"--access"_s, u"pull"_s}, u"dev"_s,
                "Dev12345");
        QCOMPARE(r.exitCode, 3);
        QVERIFY(r.out.isEmpty());

        // Delete asks; without a terminal it needs --yes.
        r = ctl(h, {u"robot-delete"_s, u"robot$team+ci"_s});
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(h.state().robots.size(), 2);
        r = ctl(h, {u"robot-delete"_s, u"ci"_s, u"--project"_s, u"team"_s, u"--yes"_s});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        r = ctl(h, {u"robot-delete"_s, u"reader"_s, u"--yes"_s});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(h.state().robots.isEmpty());
        r = ctl(h, {u"robot-delete"_s, u"reader"_s, u"--yes"_s});
        QCOMPARE(r.exitCode, 4);
        BERTH_EXPECT_NO_HARBOR_VIOLATIONS(h);
    }

    void garbageCollection()
    {
        BERTH_REQUIRE_HARBOR_SPEC();
        FakeHarbor h;
        QVERIFY(h.start());
        ProcessResult r = ctl(h, {u"gc"_s});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(lines(r).contains(u"schedule\tNone"_s));
        r = ctl(h, {u"gc"_s, u"--dry-run"_s});
        QCOMPARE(r.exitCode, 2);

        r = ctl(h, {u"gc"_s, u"--run"_s, u"--dry-run"_s, u"--delete-untagged"_s});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const int id = lines(r).first().toInt();
        QCOMPARE(id, h.state().admin.gcRuns.first().id);
        QVERIFY(h.state().admin.gcRuns.first().dryRun);
        QVERIFY(h.state().admin.gcRuns.first().deleteUntagged);
        harbor::finishGc(h, id, u"Success"_s, 34);

        r = ctl(h, {u"gc-history"_s});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(lines(r).size(), 1);
        const QStringList fields = lines(r).first().split(u'\t');
        QCOMPARE(fields.size(), 6);
        QCOMPARE(fields.at(0).toInt(), id);
        QCOMPARE(fields.at(1), u"Success"_s);
        QCOMPARE(fields.at(4), u"dry-run,delete-untagged"_s);
        QCOMPARE(fields.at(5), QString::number(34LL * 1024 * 1024));
        r = ctl(h, {u"gc-history"_s}, u"admin"_s, "Harbor12345", true);
        QCOMPARE(QJsonDocument::fromJson(r.out).array().first().toObject().value("freed_bytes"_L1).toInteger(),
                 34LL * 1024 * 1024);

        h.addUser(u"dev"_s, u"Dev12345"_s);
        r = ctl(h, {u"gc"_s, u"--run"_s}, u"dev"_s, "Dev12345");
        QCOMPARE(r.exitCode, 3);
        r = ctl(h, {u"gc-history"_s}, {}, {});
        QCOMPARE(r.exitCode, 3);
        BERTH_EXPECT_NO_HARBOR_VIOLATIONS(h);
    }

    void gcOnPlainRegistry()
    {
        RegistryFixture registry;
        QVERIFY(registry.start());
        const ProcessResult r = runBerthctl({u"--config-dir"_s, m_dir.path() + u"/config"_s, u"harbor"_s, u"gc"_s,
                                             registry.hostPort(), u"--run"_s},
                                            {}, {u"DOCKER_CONFIG="_s + m_dir.path() + u"/nodocker"_s});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("garbage-collect"), r.err.constData());
        QVERIFY(r.err.contains("docker-registry garbage-collect"));
        QVERIFY(r.out.isEmpty());
    }

    void audit()
    {
        BERTH_REQUIRE_HARBOR_SPEC();
        FakeHarbor h;
        QVERIFY(h.start());
        h.addProject(u"team"_s);
        h.addUser(u"alice"_s, u"Alice12345"_s);
        QCOMPARE(ctl(h, {u"member-add"_s, u"team"_s, u"alice"_s, u"--role"_s, u"guest"_s}).exitCode, 0);
        QCOMPARE(ctl(h, {u"robot-create"_s, u"ci"_s, u"--project"_s, u"team"_s, u"--access"_s, u"pull"_s}).exitCode, 0);
        harbor::AuditEntry old;
        old.username = u"bob"_s;
        old.operation = u"delete"_s;
        old.resourceType = u"artifact"_s;
        old.resource = u"library/old:1"_s;
        old.time = QDateTime(QDate(2023, 6, 1), QTime(12, 0), Qt::UTC);
        harbor::addAuditEntry(h, old);

        ProcessResult r = ctl(h, {u"audit"_s});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QStringList out = lines(r);
        QCOMPARE(out.size(), 3);
        QVERIFY(out.first().contains(u"\tadmin\tcreate\trobot\trobot$team+ci\tsuccess"_s));
        QVERIFY(out.last().startsWith(u"2023-06-01T12:00:00Z\tbob\tdelete\tartifact\tlibrary/old:1\tsuccess"_s));

        r = ctl(h, {u"audit"_s, u"--user"_s, u"bob"_s});
        QCOMPARE(lines(r).size(), 1);
        r = ctl(h, {u"audit"_s, u"--operation"_s, u"create"_s, u"--since"_s, u"2024-01-01"_s});
        QCOMPARE(lines(r).size(), 2);
        r = ctl(h, {u"audit"_s, u"--since"_s, u"2023-05-31T00:00:00+02:00"_s}, u"admin"_s, "Harbor12345", true);
        QCOMPARE(QJsonDocument::fromJson(r.out).array().size(), 3);
        r = ctl(h, {u"audit"_s, u"--since"_s, u"last week"_s});
        QCOMPARE(r.exitCode, 2);
        r = ctl(h, {u"audit"_s}, {}, {});
        QCOMPARE(r.exitCode, 3);
        BERTH_EXPECT_NO_HARBOR_VIOLATIONS(h);
    }

    void quotaSet()
    {
        BERTH_REQUIRE_HARBOR_SPEC();
        FakeHarbor h;
        QVERIFY(h.start());
        const int project = h.addProject(u"team"_s);
        ProcessResult r = ctl(h, {u"quota-set"_s, u"team"_s, u"1073741824"_s});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(h.projectByName(u"team"_s)->storageLimit, 1073741824LL);
        r = ctl(h, {u"summary"_s, u"team"_s});
        QVERIFY(lines(r).contains(u"storage_limit\t1073741824"_s));
        r = ctl(h, {u"quota-set"_s, u"team"_s, u"none"_s});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(h.projectByName(u"team"_s)->storageLimit, -1);
        QCOMPARE(ctl(h, {u"quota-set"_s, u"team"_s, u"--"_s, u"2048"_s}).exitCode, 0);
        QCOMPARE(ctl(h, {u"quota-set"_s, u"team"_s, u"--"_s, u"-1"_s}).exitCode, 0);
        QCOMPARE(h.projectByName(u"team"_s)->storageLimit, -1);
        r = ctl(h, {u"quota-set"_s, u"team"_s, u"lots"_s});
        QCOMPARE(r.exitCode, 2);
        h.addMember(project, h.addUser(u"boss"_s, u"Boss12345"_s), harbor::Role::ProjectAdmin);
        r = ctl(h, {u"quota-set"_s, u"team"_s, u"1000"_s}, u"boss"_s, "Boss12345");
        QCOMPARE(r.exitCode, 3);
        BERTH_EXPECT_NO_HARBOR_VIOLATIONS(h);
    }
};

QTEST_GUILESS_MAIN(TstBerthctlHarborAdmin)
#include "tst_berthctl_harboradmin.moc"
