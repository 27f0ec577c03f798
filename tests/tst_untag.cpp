// Untag, retag, repository inventory and bulk delete against the real Distribution registry.

#include "core/cleanupjob.h"
#include "core/registryclient.h"
#include "core/registryjobs.h"
#include "core/repositorydelete.h"
#include "core/retagjob.h"
#include "core/untagjob.h"
#include "support/fakehttpserver.h"
#include "support/registryfixture.h"
#include "support/testutil.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace berth;
using namespace berth::test;
using namespace Qt::StringLiterals;

class TestUntag : public QObject
{
    Q_OBJECT

    QNetworkAccessManager m_nam;

    RegistryClient *client(const RegistryFixture &fixture)
    {
        berth::RegistryOptions o;
        o.registry = fixture.hostPort();
        o.timeoutMs = 15000;
        return new RegistryClient(o, &m_nam, this);
    }

    QStringList tags(RegistryClient *c, const QString &repository, ErrorKind *kind = nullptr)
    {
        QStringList out;
        ListJob *job = c->tags(repository);
        const Error e = waitForJob(job, [&] { out = job->items(); });
        if (kind)
            *kind = e.kind;
        return out;
    }

    QString digestOf(RegistryClient *c, const QString &repository, const QString &reference, ErrorKind *kind = nullptr)
    {
        QString out;
        ManifestJob *job = c->manifest(repository, reference, /*headOnly=*/true);
        const Error e = waitForJob(job, [&] { out = job->digest(); });
        if (kind)
            *kind = e.kind;
        return out;
    }

private slots:
    // What Distribution 2.8 answers to the OCI tag DELETE, which is why the throw-away path exists.
    void distributionRefusesTagDelete()
    {
        RegistryFixture fixture;
        fixture.seedImage(u"team/web"_s, u"1.0"_s);
        QVERIFY(fixture.start());
        RequestSpec spec;
        spec.verb = "DELETE";
        spec.path = RegistryClient::manifestPath(u"team/web"_s, u"1.0"_s);
        spec.scopes = {Scope::repository(u"team/web"_s, {u"delete"_s})};
        RegistryReply *reply = client(fixture)->send(spec);
        int status = 0;
        QString code;
        waitForJob(reply, [&] { status = reply->status(); code = reply->error().code; });
        QCOMPARE(status, 400);
        QCOMPARE(code, u"DIGEST_INVALID"_s);
    }

    void untagKeepsTheOtherTagsOfTheDigest()
    {
        RegistryFixture fixture;
        const Seeded seeded = fixture.seedImage(u"team/web"_s, u"1.0"_s);
        fixture.addTag(u"team/web"_s, u"latest"_s, seeded.digest);
        fixture.addTag(u"team/web"_s, u"stable"_s, seeded.digest);
        fixture.seedImage(u"team/web"_s, u"0.9"_s, {.seed = 4});
        QVERIFY(fixture.start());
        RegistryClient *c = client(fixture);

        auto *job = new UntagJob(c, u"team/web"_s, u"latest"_s);
        UntagJob::Method method = UntagJob::Method::None;
        QString digest;
        QStringList remaining;
        bool known = false;
        job->start();
        QCOMPARE(waitForJob(job, [&] {
                     method = job->method();
                     digest = job->digest();
                     remaining = job->remainingTags();
                     known = job->remainingKnown();
                 }).kind,
                 ErrorKind::None);
        QCOMPARE(method, UntagJob::Method::ThrowAway);
        QCOMPARE(digest, seeded.digest);
        QVERIFY(known);
        QCOMPARE(remaining, (QStringList{u"1.0"_s, u"stable"_s}));

        QCOMPARE(tags(c, u"team/web"_s), (QStringList{u"0.9"_s, u"1.0"_s, u"stable"_s}));
        QCOMPARE(digestOf(c, u"team/web"_s, u"1.0"_s), seeded.digest);
        QCOMPARE(digestOf(c, u"team/web"_s, u"stable"_s), seeded.digest);
        QCOMPARE(digestOf(c, u"team/web"_s, seeded.digest), seeded.digest);
        ErrorKind kind = ErrorKind::None;
        digestOf(c, u"team/web"_s, u"latest"_s, &kind);
        QCOMPARE(kind, ErrorKind::NotFound);
    }

    void untagTheOnlyTagLeavesTheManifestByDigest()
    {
        RegistryFixture fixture;
        const Seeded seeded = fixture.seedImage(u"solo"_s, u"only"_s, {.oci = true});
        QVERIFY(fixture.start());
        RegistryClient *c = client(fixture);
        auto *job = new UntagJob(c, u"solo"_s, u"only"_s);
        QStringList remaining{u"x"_s};
        job->start();
        QCOMPARE(waitForJob(job, [&] { remaining = job->remainingTags(); }).kind, ErrorKind::None);
        QVERIFY(remaining.isEmpty());
        ErrorKind kind = ErrorKind::None;
        QVERIFY(tags(c, u"solo"_s, &kind).isEmpty());
        QCOMPARE(digestOf(c, u"solo"_s, seeded.digest), seeded.digest);
        ManifestJob *get = c->manifest(u"solo"_s, seeded.digest);
        QByteArray bytes;
        QCOMPARE(waitForJob(get, [&] { bytes = get->manifest().bytes; }).kind, ErrorKind::None);
        QCOMPARE(bytes, seeded.manifest);
    }

    void untagWhenDeletionIsDisabled()
    {
        RegistryFixture fixture({.deleteEnabled = false});
        const Seeded seeded = fixture.seedImage(u"team/web"_s, u"1.0"_s);
        fixture.addTag(u"team/web"_s, u"latest"_s, seeded.digest);
        QVERIFY(fixture.start());
        RegistryClient *c = client(fixture);
        auto *job = new UntagJob(c, u"team/web"_s, u"latest"_s);
        job->start();
        const Error e = waitForJob(job);
        QCOMPARE(e.kind, ErrorKind::Unsupported);
        QVERIFY2(e.message.contains(u"storage.delete.enabled"_s), qPrintable(e.message));
        QVERIFY2(e.message.contains(u"Deletion is disabled"_s), qPrintable(e.message));
        QCOMPARE(digestOf(c, u"team/web"_s, u"latest"_s), seeded.digest);
        QCOMPARE(tags(c, u"team/web"_s), (QStringList{u"1.0"_s, u"latest"_s}));
    }

    // A registry that implements the OCI tag DELETE: one request, nothing pushed.
    void ociTagDeleteIsUsedWhereSupported()
    {
        const QByteArray digest = "sha256:" + QByteArray(64, 'a');
        FakeHttpServer server;
        server.setHandler([digest](const FakeHttpServer::Request &r) {
            using Response = FakeHttpServer::Response;
            if (r.target == "/v2/")
                return Response::json(200, "{}");
            if (r.method == "HEAD" && r.target.startsWith("/v2/team/web/manifests/"))
                return Response::json(200, "").withHeader("Docker-Content-Digest", digest).withHeader(
                    "Content-Type", "application/vnd.oci.image.manifest.v1+json");
            if (r.method == "DELETE" && r.target == "/v2/team/web/manifests/latest")
                return Response::text(202, "");
            if (r.target.startsWith("/v2/team/web/tags/list"))
                return Response::json(200, R"({"name":"team/web","tags":["1.0"]})");
            return Response::json(404, R"({"errors":[{"code":"MANIFEST_UNKNOWN","message":"unknown"}]})");
        });
        QVERIFY(server.listen());
        berth::RegistryOptions o;
        o.registry = u"127.0.0.1:%1"_s.arg(server.port());
        o.timeoutMs = 15000;
        auto *c = new RegistryClient(o, &m_nam, this);
        auto *job = new UntagJob(c, u"team/web"_s, u"latest"_s);
        UntagJob::Method method = UntagJob::Method::None;
        QStringList remaining;
        job->start();
        QCOMPARE(waitForJob(job, [&] { method = job->method(); remaining = job->remainingTags(); }).kind, ErrorKind::None);
        QCOMPARE(method, UntagJob::Method::TagDelete);
        QCOMPARE(remaining, QStringList{u"1.0"_s});
        for (const auto &r : server.requests())
            QVERIFY2(r.method != "PUT" && r.method != "POST", r.target.constData());
    }

    void untagUnknownTagIsNotFound()
    {
        RegistryFixture fixture;
        fixture.seedImage(u"team/web"_s, u"1.0"_s);
        QVERIFY(fixture.start());
        auto *job = new UntagJob(client(fixture), u"team/web"_s, u"nope"_s);
        job->start();
        QCOMPARE(waitForJob(job).kind, ErrorKind::NotFound);
    }

    void retagPutsTheSameManifestUnderAnotherTag()
    {
        RegistryFixture fixture;
        const Seeded seeded = fixture.seedIndex(u"team/multi"_s, u"1.0"_s, {u"linux/amd64"_s, u"linux/arm64/v8"_s});
        QVERIFY(fixture.start());
        RegistryClient *c = client(fixture);
        auto *job = new RetagJob(c, u"team/multi"_s, u"1.0"_s, u"release"_s);
        QString digest;
        job->start();
        QCOMPARE(waitForJob(job, [&] { digest = job->digest(); }).kind, ErrorKind::None);
        QCOMPARE(digest, seeded.digest);
        QCOMPARE(digestOf(c, u"team/multi"_s, u"release"_s), seeded.digest);

        auto *bad = new RetagJob(c, u"team/multi"_s, u"1.0"_s, u"-bad tag"_s);
        bad->start();
        QCOMPARE(waitForJob(bad).kind, ErrorKind::InvalidInput);
    }

    void inventoryGroupsTagsAndReadsCreatedDates()
    {
        RegistryFixture fixture;
        const Seeded a = fixture.seedImage(u"team/web"_s, u"1.0"_s, {.seed = 1});
        fixture.addTag(u"team/web"_s, u"latest"_s, a.digest);
        const Seeded b = fixture.seedImage(u"team/web"_s, u"2.0"_s, {.seed = 9});
        const Seeded idx = fixture.seedIndex(u"team/web"_s, u"multi"_s, {u"linux/amd64"_s}, true, 20);
        QVERIFY(fixture.start());
        auto *job = new RepositoryInventoryJob(client(fixture), u"team/web"_s, /*withCreated=*/true);
        QSignalSpy progress(job, &RepositoryInventoryJob::progress);
        QList<TagInfo> infos;
        QList<ManifestGroup> groups;
        job->start();
        QCOMPARE(waitForJob(job, [&] { infos = job->tags(); groups = job->groups(); }).kind, ErrorKind::None);
        QCOMPARE(infos.size(), 4);
        QCOMPARE(groups.size(), 3);
        QCOMPARE(groups.at(0).digest, a.digest);
        QCOMPARE(groups.at(0).tags, (QStringList{u"1.0"_s, u"latest"_s}));
        const QDateTime base(QDate(2024, 1, 1), QTime(10, 0), Qt::UTC);
        for (const TagInfo &t : std::as_const(infos))
            QVERIFY2(t.created.isValid(), qPrintable(t.tag));
        QVERIFY(infos.at(1).created > infos.at(0).created); // 2.0 (seed 9) after 1.0 (seed 1)
        QCOMPARE(infos.at(0).created.date(), base.date());
        QCOMPARE(infos.at(3).tag, u"multi"_s);
        QCOMPARE(infos.at(3).digest, idx.digest);
        QVERIFY(infos.at(3).created > infos.at(1).created);
        QCOMPARE(infos.at(2).created, infos.at(0).created); // latest is 1.0
        QVERIFY(!progress.isEmpty());
        QCOMPARE(progress.constLast().at(0).toInt(), progress.constLast().at(1).toInt());
        Q_UNUSED(b);
    }

    void deleteEveryManifestLeavesAnEmptyRepository()
    {
        RegistryFixture fixture;
        const Seeded a = fixture.seedImage(u"team/web"_s, u"1.0"_s, {.seed = 1});
        fixture.addTag(u"team/web"_s, u"latest"_s, a.digest);
        const Seeded b = fixture.seedImage(u"team/web"_s, u"2.0"_s, {.seed = 2});
        QVERIFY(fixture.start());
        RegistryClient *c = client(fixture);
        auto *job = new DeleteManifestsJob(c, u"team/web"_s, {a.digest, b.digest});
        QSignalSpy progress(job, &DeleteManifestsJob::progress);
        QStringList deleted;
        job->start();
        QCOMPARE(waitForJob(job, [&] { deleted = job->deleted(); }).kind, ErrorKind::None);
        QCOMPARE(deleted, (QStringList{a.digest, b.digest}));
        QCOMPARE(progress.size(), 2);
        ErrorKind kind = ErrorKind::None;
        QVERIFY(tags(c, u"team/web"_s, &kind).isEmpty());
        ListJob *catalog = c->catalog();
        QStringList repos;
        waitForJob(catalog, [&] { repos = catalog->items(); });
        QVERIFY(repos.contains(u"team/web"_s)); // Distribution keeps the repository, empty
    }

    void bulkDeleteStopsWhenDeletionIsDisabled()
    {
        RegistryFixture fixture({.deleteEnabled = false});
        const Seeded a = fixture.seedImage(u"team/web"_s, u"1.0"_s, {.seed = 1});
        const Seeded b = fixture.seedImage(u"team/web"_s, u"2.0"_s, {.seed = 2});
        QVERIFY(fixture.start());
        auto *job = new DeleteManifestsJob(client(fixture), u"team/web"_s, {a.digest, b.digest});
        QStringList failed;
        job->start();
        const Error e = waitForJob(job, [&] { failed = job->failed(); });
        QCOMPARE(e.kind, ErrorKind::Unsupported);
        QVERIFY2(e.message.contains(u"storage.delete.enabled"_s), qPrintable(e.message));
        QCOMPARE(failed.size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestUntag)
#include "tst_untag.moc"
