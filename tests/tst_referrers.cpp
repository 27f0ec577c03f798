// Referrers of a manifest: the tag-schema fallback against the real Distribution 2.8 (which has no
// referrers API) with artifacts pushed by hand, and the referrers API against a fake server.
#include "artifactfixture.h"

#include "core/referrersjob.h"
#include "core/registryclient.h"
#include "support/fakehttpserver.h"
#include "support/registryfixture.h"
#include "support/testutil.h"

#include <QNetworkAccessManager>
#include <QTest>

using namespace berth;
using namespace berth::test;
using namespace Qt::StringLiterals;
using Response = FakeHttpServer::Response;
using Request = FakeHttpServer::Request;

namespace {
const QString Sbom = u"application/vnd.example.sbom"_s;
const QString Signature = u"application/vnd.example.signature"_s;
const QString Subject = u"sha256:"_s + QString(64, u'a');

Response indexResponse(const QByteArray &body)
{
    Response r;
    r.body = body;
    return r.withHeader("Content-Type", "application/vnd.oci.image.index.v1+json");
}

QByteArray indexOf(const QJsonArray &manifests)
{
    return QJsonDocument(QJsonObject{{u"schemaVersion"_s, 2},
                                     {u"mediaType"_s, u"application/vnd.oci.image.index.v1+json"_s},
                                     {u"manifests"_s, manifests}})
        .toJson(QJsonDocument::Compact);
}
} // namespace

class TestReferrers : public QObject
{
    Q_OBJECT
    QNetworkAccessManager m_nam;

    RegistryClient *client(const QString &hostPort)
    {
        berth::RegistryOptions o;
        o.registry = hostPort;
        o.timeoutMs = 10000;
        return new RegistryClient(o, &m_nam, this);
    }
    struct Result {
        Error error;
        QList<Descriptor> referrers;
        bool fallback = false;
    };
    static Result run(RegistryClient *c, const QString &repo, const QString &digest, const QString &type = {})
    {
        auto *job = new ReferrersJob(c, repo, digest, type);
        job->start();
        Result r;
        r.error = waitForJob(job, [&] {
            r.referrers = job->referrers();
            r.fallback = job->usedFallback();
        });
        return r;
    }

private slots:
    void fallbackTag()
    {
        QCOMPARE(ReferrersJob::fallbackTag(Subject), u"sha256-"_s + QString(64, u'a'));
        QCOMPARE(ReferrersJob::fallbackTag(u"sha256:../x"_s), QString());
    }

    void fallbackOnDistribution()
    {
        RegistryFixture registry;
        QVERIFY(registry.start());
        SeedOptions o;
        o.oci = true;
        const Seeded image = registry.seedImage(u"app"_s, u"1.0"_s, o);
        const Seeded other = registry.seedImage(u"app"_s, u"2.0"_s, {.seed = 7, .oci = true});
        const QJsonObject subject{{u"mediaType"_s, image.mediaType}, {u"digest"_s, image.digest},
                                  {u"size"_s, qint64(image.manifest.size())}};
        const PushedArtifact sbom = pushArtifact(registry.baseUrl(), u"app"_s, Sbom, subject, {}, {},
                                                 {{u"application/spdx+json"_s, u"sbom.spdx.json"_s, "{\"spdxVersion\":\"SPDX-2.3\"}"}},
                                                 {{u"org.opencontainers.image.created"_s, u"2026-11-02T10:41:00Z"_s}});
        QVERIFY(!sbom.digest.isEmpty());
        const PushedArtifact sig = pushArtifact(registry.baseUrl(), u"app"_s, Signature, subject, {}, {},
                                                {{u"application/vnd.example.sig.v1"_s, u"sig"_s, "signature-bytes"}}, {});
        QVERIFY(!sig.digest.isEmpty());
        QVERIFY(!pushFallbackIndex(registry.baseUrl(), u"app"_s, image.digest, {sbom.descriptor, sig.descriptor}).isEmpty());

        RegistryClient *c = client(registry.hostPort());
        Result r = run(c, u"app"_s, image.digest);
        QVERIFY2(!r.error, qPrintable(r.error.message));
        QVERIFY(r.fallback); // Distribution 2.8 answers 404 to /v2/<name>/referrers/
        QCOMPARE(r.referrers.size(), 2);
        QCOMPARE(r.referrers.at(0).artifactType, Sbom);
        QCOMPARE(r.referrers.at(0).digest, sbom.digest);
        QCOMPARE(r.referrers.at(0).annotations.value(u"org.opencontainers.image.created"_s), u"2026-11-02T10:41:00Z"_s);
        QCOMPARE(r.referrers.at(1).artifactType, Signature);

        // Filtered here: the fallback index cannot filter.
        r = run(c, u"app"_s, image.digest, Signature);
        QVERIFY(!r.error);
        QCOMPARE(r.referrers.size(), 1);
        QCOMPARE(r.referrers.at(0).digest, sig.digest);

        // No fallback tag: no referrers, not an error.
        r = run(c, u"app"_s, other.digest);
        QVERIFY2(!r.error, qPrintable(r.error.message));
        QVERIFY(r.fallback);
        QVERIFY(r.referrers.isEmpty());

        // Distribution answers MANIFEST_UNKNOWN for the fallback tag of a repository that is not
        // there either: nothing refers to it.
        r = run(c, u"nothing/here"_s, image.digest);
        QVERIFY(!r.error);
        QVERIFY(r.referrers.isEmpty());
    }

    void referrersApi()
    {
        FakeHttpServer server;
        QVERIFY(server.listen());
        const QJsonObject a{{u"mediaType"_s, u"application/vnd.oci.image.manifest.v1+json"_s},
                            {u"digest"_s, QString(u"sha256:"_s + QString(64, u'b'))}, {u"size"_s, 321},
                            {u"artifactType"_s, Sbom},
                            {u"annotations"_s, QJsonObject{{u"org.example.tool"_s, QJsonValue(u"syft"_s)}}}};
        QJsonObject b = a;
        b[u"digest"_s] = QString(u"sha256:"_s + QString(64, u'c'));
        b[u"artifactType"_s] = Signature;
        server.setHandler([&](const Request &r) {
            if (r.target == "/v2/")
                return Response::json(200, "{}");
            const QByteArray path = "/v2/app/referrers/" + Subject.toLatin1();
            if (r.target == path)
                return indexResponse(indexOf({a})).withHeader("Link", "<" + path + "?page=2>; rel=\"next\"");
            if (r.target == path + "?page=2")
                return indexResponse(indexOf({b}));
            if (r.target.startsWith(QByteArray(path + "?artifactType=")))
                return indexResponse(indexOf({b})).withHeader("OCI-Filters-Applied", "artifactType");
            if (r.target.startsWith("/v2/gone/"))
                return Response::json(404, R"({"errors":[{"code":"NAME_UNKNOWN","message":"repository name not known"}]})");
            return Response::json(404, R"({"errors":[{"code":"MANIFEST_UNKNOWN","message":"unknown"}]})");
        });
        RegistryClient *c = client(u"127.0.0.1:"_s + QString::number(server.port()));
        Result r = run(c, u"app"_s, Subject);
        QVERIFY2(!r.error, qPrintable(r.error.message));
        QVERIFY(!r.fallback);
        QCOMPARE(r.referrers.size(), 2); // both pages
        QCOMPARE(r.referrers.at(0).annotations.value(u"org.example.tool"_s), u"syft"_s);
        QCOMPARE(r.referrers.at(1).artifactType, Signature);

        server.clearRequests();
        r = run(c, u"app"_s, Subject, Signature);
        QVERIFY(!r.error);
        QCOMPARE(r.referrers.size(), 1);
        bool asked = false;
        for (const Request &req : server.requests())
            asked = asked || req.target.contains("artifactType=application%2Fvnd.example.signature")
                    || req.target.contains("artifactType=application/vnd.example.signature");
        QVERIFY(asked);

        // NAME_UNKNOWN: no fallback request, an error.
        server.clearRequests();
        r = run(c, u"gone"_s, Subject);
        QCOMPARE(r.error.kind, ErrorKind::NotFound);
        for (const Request &req : server.requests())
            QVERIFY(!req.target.contains("/manifests/sha256-"));
    }

    void malformedIndexIsAnError()
    {
        FakeHttpServer server;
        QVERIFY(server.listen());
        server.setHandler([](const Request &r) {
            if (r.target == "/v2/")
                return Response::json(200, "{}");
            return indexResponse("not json");
        });
        const Result r = run(client(u"127.0.0.1:"_s + QString::number(server.port())), u"app"_s, Subject);
        QCOMPARE(r.error.kind, ErrorKind::Protocol);
    }
};

QTEST_MAIN(TestReferrers)
#include "tst_referrers.moc"
