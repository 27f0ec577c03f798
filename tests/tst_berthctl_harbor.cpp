// berthctl harbor against FakeHarbor (checked against Harbor's API definition, not a running
// Harbor): output lines and JSON, confirmation of deletes, exit codes.

#include "support/fakeharbor.h"
#include "support/testutil.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace berth;
using namespace berth::test;
using namespace Qt::StringLiterals;

namespace {
QString digestOf(char c)
{
    return u"sha256:"_s + QString(64, QLatin1Char(c));
}
} // namespace

class TstBerthctlHarbor : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    ProcessResult ctl(const FakeHarbor &h, const QStringList &args, const QString &user = u"admin"_s,
                      const QByteArray &password = "Harbor12345")
    {
        QStringList all{u"--config-dir"_s, m_dir.path() + u"/config"_s};
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

    void projects()
    {
        BERTH_REQUIRE_HARBOR_SPEC();
        FakeHarbor h;
        QVERIFY(h.start());
        for (int i = 0; i < 120; ++i)
            h.addProject(u"team%1"_s.arg(i, 3, 10, QLatin1Char('0')));
        h.addArtifact(u"library/web"_s, digestOf('a'), {u"1"_s});
        const ProcessResult r = ctl(h, {u"projects"_s});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QStringList out = lines(r);
        QCOMPARE(out.size(), 121);
        QVERIFY(out.contains(u"library\tpublic\t1"_s));
        QVERIFY(out.contains(u"team119\tprivate\t0"_s));

        const ProcessResult json = runBerthctl({u"--json"_s, u"--config-dir"_s, m_dir.path(), u"--username"_s,
                                                u"admin"_s, u"--password-stdin"_s, u"harbor"_s, u"projects"_s,
                                                h.url().authority()},
                                               "Harbor12345\n");
        QCOMPARE(json.exitCode, 0);
        const QJsonArray array = QJsonDocument::fromJson(json.out).array();
        QCOMPARE(array.size(), 121);
        QVERIFY(array.at(0).toObject().contains("public"_L1));
        QVERIFY(array.at(0).toObject().contains("repo_count"_L1));
        BERTH_EXPECT_NO_HARBOR_VIOLATIONS(h);
    }

    void reposAndArtifacts()
    {
        BERTH_REQUIRE_HARBOR_SPEC();
        FakeHarbor h;
        QVERIFY(h.start());
        h.addArtifact(u"library/team/web"_s, digestOf('a'), {u"1.0"_s, u"latest"_s}, 4096);
        h.addArtifact(u"library/team/web"_s, digestOf('b'), {}, 100);
        const ProcessResult repos = ctl(h, {u"repos"_s, u"library"_s});
        QVERIFY2(repos.exitCode == 0, repos.err.constData());
        QCOMPARE(lines(repos), QStringList{u"library/team/web\t2"_s});

        const ProcessResult arts = ctl(h, {u"artifacts"_s, u"library/team/web"_s});
        QVERIFY2(arts.exitCode == 0, arts.err.constData());
        const QStringList out = lines(arts);
        QCOMPARE(out.size(), 2);
        QVERIFY(out.contains(digestOf('b') + u"\t-\t100"_s));
        bool tagged = false;
        for (const QString &line : out)
            tagged = tagged || (line.startsWith(digestOf('a')) && line.contains(u"1.0"_s) && line.endsWith(u"\t4096"_s));
        QVERIFY2(tagged, qPrintable(out.join(u'\n')));

        const ProcessResult missing = ctl(h, {u"repos"_s, u"nothere"_s});
        QCOMPARE(missing.exitCode, 4);
        const ProcessResult usage = ctl(h, {u"artifacts"_s, u"justaname"_s});
        QCOMPARE(usage.exitCode, 2);
        BERTH_EXPECT_NO_HARBOR_VIOLATIONS(h);
    }

    void projectCreateAndDelete()
    {
        BERTH_REQUIRE_HARBOR_SPEC();
        FakeHarbor h;
        QVERIFY(h.start());
        const ProcessResult created =
            ctl(h, {u"project-create"_s, u"fresh"_s, u"--public"_s, u"--storage-limit"_s, u"1048576"_s});
        QVERIFY2(created.exitCode == 0, created.err.constData());
        const auto *p = h.projectByName(u"fresh"_s);
        QVERIFY(p);
        QVERIFY(p->isPublic);
        QCOMPARE(p->storageLimit, 1048576);

        // Without a terminal and without --yes: what would go, exit 2, nothing deleted.
        const ProcessResult unconfirmed = ctl(h, {u"project-delete"_s, u"fresh"_s});
        QCOMPARE(unconfirmed.exitCode, 2);
        QVERIFY(unconfirmed.out.contains("fresh"));
        QVERIFY(h.projectByName(u"fresh"_s));

        h.addArtifact(u"fresh/app"_s, digestOf('c'), {u"v1"_s});
        const ProcessResult full = ctl(h, {u"project-delete"_s, u"fresh"_s, u"--yes"_s});
        QCOMPARE(full.exitCode, 1);
        QVERIFY2(full.err.contains("repositories"), full.err.constData());
        QVERIFY(h.projectByName(u"fresh"_s));

        QCOMPARE(ctl(h, {u"repo-delete"_s, u"fresh/app"_s, u"--yes"_s}).exitCode, 0);
        const ProcessResult deleted = ctl(h, {u"project-delete"_s, u"fresh"_s, u"--yes"_s});
        QVERIFY2(deleted.exitCode == 0, deleted.err.constData());
        QVERIFY(!h.projectByName(u"fresh"_s));
        QCOMPARE(h.csrfRejections(), 0);
        BERTH_EXPECT_NO_HARBOR_VIOLATIONS(h);
    }

    void tagsAndArtifactDelete()
    {
        BERTH_REQUIRE_HARBOR_SPEC();
        FakeHarbor h;
        QVERIFY(h.start());
        h.addArtifact(u"library/team/web"_s, digestOf('a'), {u"1.0"_s});
        h.addArtifact(u"library/team/web"_s, digestOf('b'), {u"old"_s});
        const QString repo = u"library/team/web"_s;
        const ProcessResult added = ctl(h, {u"tag-add"_s, repo + u'@' + digestOf('a'), u"stable"_s});
        QVERIFY2(added.exitCode == 0, added.err.constData());
        const auto *repository = h.findRepository(repo);
        QVERIFY(repository);
        QVERIFY(h.findArtifact(repository->id, u"stable"_s));

        const ProcessResult untagged = ctl(h, {u"tag-delete"_s, repo + u":1.0"_s, u"--yes"_s});
        QVERIFY2(untagged.exitCode == 0, untagged.err.constData());
        QVERIFY(!h.findArtifact(repository->id, u"1.0"_s));
        QVERIFY(h.findArtifact(repository->id, digestOf('a')));

        // Unconfirmed: names the digest and every tag on it, deletes nothing.
        h.addTag(h.findArtifact(repository->id, u"old"_s)->id, u"older"_s);
        const ProcessResult shown = ctl(h, {u"artifact-delete"_s, repo + u":old"_s});
        QCOMPARE(shown.exitCode, 2);
        QVERIFY2(shown.out.contains(digestOf('b').toLatin1()) && shown.out.contains(":old")
                     && shown.out.contains(":older"), shown.out.constData());
        QVERIFY(h.findArtifact(repository->id, digestOf('b')));
        QCOMPARE(ctl(h, {u"artifact-delete"_s, repo + u":old"_s, u"--yes"_s}).exitCode, 0);
        QVERIFY(!h.findArtifact(repository->id, digestOf('b')));
        QCOMPARE(ctl(h, {u"artifact-delete"_s, repo + u'@' + digestOf('a'), u"--yes"_s}).exitCode, 0);
        QVERIFY(!h.findArtifact(repository->id, digestOf('a')));
        QCOMPARE(ctl(h, {u"artifact-delete"_s, repo + u'@' + digestOf('a'), u"--yes"_s}).exitCode, 4);
        QCOMPARE(ctl(h, {u"tag-add"_s, repo + u":notadigest"_s, u"x"_s}).exitCode, 2);
        QCOMPARE(h.csrfRejections(), 0);
        for (const auto &r : h.requests())
            QVERIFY2(r.header("cookie").isEmpty(), r.target.constData());
        BERTH_EXPECT_NO_HARBOR_VIOLATIONS(h);
    }

    void summaryAndScan()
    {
        BERTH_REQUIRE_HARBOR_SPEC();
        FakeHarbor h;
        QVERIFY(h.start());
        h.addProject(u"quota"_s, false, 4096);
        h.addArtifact(u"quota/app"_s, digestOf('c'), {u"1.0"_s}, 1000);
        const ProcessResult summary = ctl(h, {u"summary"_s, u"quota"_s});
        QVERIFY2(summary.exitCode == 0, summary.err.constData());
        QVERIFY2(lines(summary).contains(u"repositories\t1"_s) && lines(summary).contains(u"storage_limit\t4096"_s),
                 summary.out.constData());
        QCOMPARE(ctl(h, {u"summary"_s, u"nothere"_s}).exitCode, 4);

        const ProcessResult scan = ctl(h, {u"scan"_s, u"quota/app:1.0"_s});
        QVERIFY2(scan.exitCode == 0, scan.err.constData());
        const auto *repo = h.findRepository(u"quota/app"_s);
        QVERIFY(repo && !h.findArtifact(repo->id, u"1.0"_s)->scanOverview.isEmpty());
        QCOMPARE(ctl(h, {u"scan"_s, u"quota/app"_s}).exitCode, 2);
        BERTH_EXPECT_NO_HARBOR_VIOLATIONS(h);
    }

    void refusedCredentials()
    {
        BERTH_REQUIRE_HARBOR_SPEC();
        FakeHarbor h;
        QVERIFY(h.start());
        h.addUser(u"dev"_s, u"devpass"_s);
        const ProcessResult wrong = ctl(h, {u"projects"_s}, u"admin"_s, "wrong");
        QCOMPARE(wrong.exitCode, 3);
        QVERIFY2(wrong.err.contains("admin"), wrong.err.constData());
        const ProcessResult denied = ctl(h, {u"project-delete"_s, u"library"_s, u"--yes"_s}, u"dev"_s, "devpass");
        QCOMPARE(denied.exitCode, 3);
        QVERIFY(h.projectByName(u"library"_s));
        const ProcessResult anonymousCreate = ctl(h, {u"project-create"_s, u"x"_s}, QString());
        QCOMPARE(anonymousCreate.exitCode, 3);
        BERTH_EXPECT_NO_HARBOR_VIOLATIONS(h);
    }
};

QTEST_GUILESS_MAIN(TstBerthctlHarbor)
#include "tst_berthctl_harbor.moc"
