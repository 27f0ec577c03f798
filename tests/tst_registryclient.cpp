// The registry client against the real Distribution registry: anonymous, htpasswd and TLS set-ups.

#include "core/digest.h"
#include "core/registryclient.h"
#include "core/registryjobs.h"
#include "support/registryfixture.h"
#include "support/testutil.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace berth;
using namespace berth::test;
using namespace Qt::StringLiterals;

class TestRegistryClient : public QObject
{
    Q_OBJECT

    QNetworkAccessManager m_nam;

    RegistryClient *client(const RegistryFixture &fixture, const Credentials &creds = {})
    {
        berth::RegistryOptions o;
        o.registry = fixture.hostPort();
        o.credentials = creds;
        o.timeoutMs = 15000;
        return new RegistryClient(o, &m_nam, this);
    }

private slots:
    void catalogFollowsLinkPastTheFirstPage()
    {
        RegistryFixture fixture;
        for (int i = 0; i < 130; ++i)
            fixture.seedImage(u"ns%1/repo%2"_s.arg(i % 7).arg(i), u"v1"_s, {.layers = 1, .layerSize = 64, .seed = 7});
        QVERIFY(fixture.start());
        ListJob *job = client(fixture)->catalog();
        QSignalSpy pages(job, &ListJob::pageReceived);
        QStringList items;
        int pageCount = 0;
        QCOMPARE(waitForJob(job, [&] { items = job->items(); pageCount = job->pages(); }).kind, ErrorKind::None);
        QCOMPARE(items.size(), 130);
        QVERIFY2(pageCount >= 2, "Distribution pages the catalog at 100 entries");
        QVERIFY(pages.size() >= 2);
        QVERIFY(items.contains(u"ns3/repo129"_s));
    }

    void tagsComeInNaturalOrder()
    {
        RegistryFixture fixture;
        const QString digest = fixture.seedImage(u"team/web"_s, u"1.10"_s).digest;
        for (const QString &tag : {u"1.9"_s, u"1.2"_s, u"latest"_s, u"1.10.1"_s, u"v10"_s, u"v9"_s})
            fixture.addTag(u"team/web"_s, tag, digest);
        QVERIFY(fixture.start());
        ListJob *job = client(fixture)->tags(u"team/web"_s);
        QStringList items;
        QCOMPARE(waitForJob(job, [&] { items = job->items(); }).kind, ErrorKind::None);
        QCOMPARE(items, (QStringList{u"1.2"_s, u"1.9"_s, u"1.10"_s, u"1.10.1"_s, u"latest"_s, u"v9"_s, u"v10"_s}));
    }

    void unknownRepositoryIsNotFound()
    {
        RegistryFixture fixture;
        QVERIFY(fixture.start());
        ListJob *job = client(fixture)->tags(u"no/such"_s);
        const Error e = waitForJob(job);
        QCOMPARE(e.kind, ErrorKind::NotFound);
        QCOMPARE(e.exitCode(), 4);
        QVERIFY2(e.message.contains(u"no/such"_s), qPrintable(e.message));
    }

    void manifestDigestMatchesWhatWasStored_data()
    {
        QTest::addColumn<bool>("oci");
        QTest::newRow("docker") << false;
        QTest::newRow("oci") << true;
    }
    void manifestDigestMatchesWhatWasStored()
    {
        QFETCH(bool, oci);
        RegistryFixture fixture;
        const Seeded seeded = fixture.seedImage(u"team/api"_s, u"1.0"_s, {.layers = 3, .oci = oci});
        QVERIFY(fixture.start());
        RegistryClient *c = client(fixture);

        Manifest manifest;
        ManifestJob *get = c->manifest(u"team/api"_s, u"1.0"_s);
        QCOMPARE(waitForJob(get, [&] { manifest = get->manifest(); }).kind, ErrorKind::None);
        QCOMPARE(manifest.digest, seeded.digest);
        QCOMPARE(manifest.bytes, seeded.manifest);
        QCOMPARE(manifest.mediaType, seeded.mediaType);
        QCOMPARE(manifest.layers.size(), 3);
        QCOMPARE(manifest.config.digest, seeded.configDigest);

        QString headDigest;
        ManifestJob *head = c->manifest(u"team/api"_s, u"1.0"_s, true);
        QCOMPARE(waitForJob(head, [&] { headDigest = head->digest(); }).kind, ErrorKind::None);
        QCOMPARE(headDigest, seeded.digest);

        ManifestJob *byDigest = c->manifest(u"team/api"_s, seeded.digest);
        QCOMPARE(waitForJob(byDigest).kind, ErrorKind::None);

        QByteArray config;
        BlobBytesJob *blob = c->blobBytes(u"team/api"_s, seeded.configDigest);
        QCOMPARE(waitForJob(blob, [&] { config = blob->bytes(); }).kind, ErrorKind::None);
        QCOMPARE(Sha256::digestOf(config), seeded.configDigest);
        QVERIFY(config.contains("\"architecture\""));
    }

    void indexListsItsPlatforms()
    {
        RegistryFixture fixture;
        const Seeded seeded = fixture.seedIndex(u"team/multi"_s, u"2.0"_s, {u"linux/amd64"_s, u"linux/arm64/v8"_s});
        QVERIFY(fixture.start());
        Manifest manifest;
        ManifestJob *get = client(fixture)->manifest(u"team/multi"_s, u"2.0"_s);
        QCOMPARE(waitForJob(get, [&] { manifest = get->manifest(); }).kind, ErrorKind::None);
        QVERIFY(manifest.isIndex());
        QCOMPARE(manifest.digest, seeded.digest);
        QCOMPARE(manifest.manifests.size(), 2);
        QCOMPARE(manifest.manifests.at(1).platform->toString(), u"linux/arm64/v8"_s);
    }

    void deleteByDigestRemovesEveryTag()
    {
        RegistryFixture fixture;
        const QString digest = fixture.seedImage(u"team/old"_s, u"a"_s).digest;
        fixture.addTag(u"team/old"_s, u"b"_s, digest);
        fixture.seedImage(u"team/old"_s, u"keep"_s, {.seed = 99});
        QVERIFY(fixture.start());
        RegistryClient *c = client(fixture);
        QCOMPARE(waitForJob(c->deleteManifest(u"team/old"_s, digest)).kind, ErrorKind::None);
        QStringList left;
        ListJob *tags = c->tags(u"team/old"_s);
        QCOMPARE(waitForJob(tags, [&] { left = tags->items(); }).kind, ErrorKind::None);
        QCOMPARE(left, QStringList{u"keep"_s});
        QCOMPARE(waitForJob(c->manifest(u"team/old"_s, digest)).kind, ErrorKind::NotFound);
    }

    void deleteOnARegistryWithoutDeletionSaysSo()
    {
        RegistryFixture fixture({.deleteEnabled = false});
        const QString digest = fixture.seedImage(u"team/keep"_s, u"1"_s).digest;
        QVERIFY(fixture.start());
        const Error e = waitForJob(client(fixture)->deleteManifest(u"team/keep"_s, digest));
        QCOMPARE(e.kind, ErrorKind::Unsupported);
        QVERIFY2(e.message.contains(u"disabled"_s), qPrintable(e.message));
    }

    void basicAuth()
    {
        RegistryFixture fixture({.auth = RegistryAuth::Htpasswd, .users = {{u"alice"_s, u"wonder land"_s}}});
        fixture.seedImage(u"private/app"_s, u"1"_s);
        QVERIFY(fixture.start());

        const Error anonymous = waitForJob(client(fixture)->tags(u"private/app"_s));
        QCOMPARE(anonymous.kind, ErrorKind::Unauthorized);
        QCOMPARE(anonymous.exitCode(), 3);

        const Error wrong = waitForJob(client(fixture, {u"alice"_s, u"nope"_s})->tags(u"private/app"_s));
        QCOMPARE(wrong.kind, ErrorKind::Unauthorized);

        QStringList tags;
        ListJob *ok = client(fixture, {u"alice"_s, u"wonder land"_s})->tags(u"private/app"_s);
        QCOMPARE(waitForJob(ok, [&] { tags = ok->items(); }).kind, ErrorKind::None);
        QCOMPARE(tags, QStringList{u"1"_s});
    }

    void tlsNeedsTheCaUnlessInsecure()
    {
        RegistryFixture fixture({.tls = true});
        fixture.seedImage(u"secure/app"_s, u"1"_s);
        QVERIFY(fixture.start());
        QCOMPARE(fixture.baseUrl().scheme(), u"https"_s);

        berth::RegistryOptions strict;
        strict.registry = fixture.hostPort();
        strict.loopbackIsInsecure = false; // as for any non-loopback registry
        auto *noCa = new RegistryClient(strict, &m_nam, this);
        const Error refused = waitForJob(noCa->tags(u"secure/app"_s));
        QCOMPARE(refused.kind, ErrorKind::Tls);
        QVERIFY2(refused.message.contains(u"--ca-file"_s), qPrintable(refused.message));

        berth::RegistryOptions withCa = strict;
        withCa.caFile = fixture.caFile();
        auto *trusted = new RegistryClient(withCa, &m_nam, this);
        const Error withCaError = waitForJob(trusted->tags(u"secure/app"_s));
        QVERIFY2(!withCaError, qPrintable(withCaError.message));
        QVERIFY(trusted->verifiesTls());
        QCOMPARE(trusted->baseUrl().scheme(), u"https"_s);

        berth::RegistryOptions insecure = strict;
        insecure.insecure = true;
        auto *unverified = new RegistryClient(insecure, &m_nam, this);
        QCOMPARE(waitForJob(unverified->tags(u"secure/app"_s)).kind, ErrorKind::None);
        QVERIFY(!unverified->verifiesTls());
        QCOMPARE(unverified->baseUrl().scheme(), u"https"_s);
    }

    void plainHttpOnlyForInsecureRegistries()
    {
        RegistryFixture fixture;
        QVERIFY(fixture.start());
        berth::RegistryOptions strict;
        strict.registry = fixture.hostPort();
        strict.loopbackIsInsecure = false;
        auto *c = new RegistryClient(strict, &m_nam, this);
        const Error e = waitForJob(c->ping());
        QVERIFY2(e.kind == ErrorKind::Tls || e.kind == ErrorKind::Network, qPrintable(e.message));
        QCOMPARE(c->baseUrl().scheme(), u"https"_s);

        // Loopback: insecure implicitly, so plain HTTP after HTTPS fails.
        RegistryClient *loopback = client(fixture);
        QCOMPARE(waitForJob(loopback->ping()).kind, ErrorKind::None);
        QCOMPARE(loopback->baseUrl().scheme(), u"http"_s);
    }
};

QTEST_GUILESS_MAIN(TestRegistryClient)
#include "tst_registryclient.moc"
