// The registry client against a fake server that behaves badly in the ways real ones have:
// paging quirks and loops, rate limits, hostile redirects and challenges, wrong content.

#include "core/digest.h"
#include "core/registryclient.h"
#include "core/registryjobs.h"
#include "support/fakehttpserver.h"
#include "support/testcerts.h"
#include "support/testutil.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QTest>

using namespace berth;
using namespace berth::test;
using namespace Qt::StringLiterals;
using Response = FakeHttpServer::Response;
using Request = FakeHttpServer::Request;

namespace {
const QByteArray ociManifest = R"({"schemaVersion":2,"mediaType":"application/vnd.oci.image.manifest.v1+json",)"
                               R"("config":{"mediaType":"application/vnd.oci.image.config.v1+json","size":2,)"
                               R"("digest":"sha256:44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a"},"layers":[]})";

int countPath(const FakeHttpServer &server, const QByteArray &prefix)
{
    int n = 0;
    for (const Request &r : server.requests())
        n += r.target.startsWith(prefix) ? 1 : 0;
    return n;
}
} // namespace

class TestRegistryClientFaults : public QObject
{
    Q_OBJECT

    QNetworkAccessManager m_nam;

    RegistryClient *client(const FakeHttpServer &server, const Credentials &creds = {}, const QString &caFile = {})
    {
        berth::RegistryOptions o;
        o.registry = u"127.0.0.1:"_s + QString::number(server.port());
        o.credentials = creds;
        o.caFile = caFile;
        o.timeoutMs = 5000;
        if (!caFile.isEmpty())
            o.loopbackIsInsecure = false;
        return new RegistryClient(o, &m_nam, this);
    }

    static bool isPing(const Request &r) { return r.target == "/v2/"; }

private slots:
    void tagPagingQuirks_data()
    {
        QTest::addColumn<QList<QByteArray>>("links"); // Link header of page i (empty: none)
        QTest::addColumn<QStringList>("expected");
        QTest::addColumn<int>("requests");
        QTest::newRow("relative, no brackets, query kept")
            << QList<QByteArray>{"/v2/r/tags/list?last=b%2Fx&n=2; rel=\"next\"", ""} << QStringList{u"a"_s, u"b"_s, u"c"_s}
            << 2;
        QTest::newRow("repeating link")
            << QList<QByteArray>{"</v2/r/tags/list?p=2>; rel=\"next\"", "</v2/r/tags/list?p=2>; rel=\"next\""}
            << QStringList{u"a"_s, u"b"_s, u"c"_s} << 2;
        QTest::newRow("empty page with link")
            << QList<QByteArray>{"</v2/r/tags/list?p=2>; rel=\"next\"", "</v2/r/tags/list?p=3>; rel=\"next\"",
                                 "</v2/r/tags/list?p=4>; rel=\"next\""}
            << QStringList{u"a"_s, u"b"_s, u"c"_s} << 3;
    }
    void tagPagingQuirks()
    {
        QFETCH(QList<QByteArray>, links);
        QFETCH(QStringList, expected);
        QFETCH(int, requests);
        FakeHttpServer server;
        QVERIFY(server.listen());
        const QString tag = QString::fromLatin1(QTest::currentDataTag());
        server.setHandler([&](const Request &r) {
            if (isPing(r))
                return Response::json(200, "{}");
            const int page = countPath(server, "/v2/r/tags/list") - 1; // this request is recorded already
            const QByteArray body = page == 0 ? R"({"name":"r","tags":["c","a"]})"
                : page == 1                   ? R"({"name":"r","tags":["b"]})"
                                              : R"({"name":"r","tags":[]})";
            if (tag == u"relative, no brackets, query kept" && page == 1 && r.target != "/v2/r/tags/list?last=b%2Fx&n=2")
                return Response::json(400, R"({"errors":[{"code":"UNSUPPORTED","message":"query changed"}]})");
            Response resp = Response::json(200, body);
            const QByteArray link = links.value(qMin(page, int(links.size()) - 1));
            if (!link.isEmpty())
                resp.withHeader("Link", link);
            return resp;
        });
        ListJob *job = client(server)->tags(u"r"_s);
        QStringList items;
        QCOMPARE(waitForJob(job, [&] { items = job->items(); }).kind, ErrorKind::None);
        QCOMPARE(items, expected);
        QCOMPARE(countPath(server, "/v2/r/tags/list"), requests);
    }

    void rateLimitAndUnavailableAreRetried()
    {
        FakeHttpServer server;
        QVERIFY(server.listen());
        int calls = 0;
        server.setHandler([&](const Request &r) {
            if (isPing(r))
                return Response::json(200, "{}");
            ++calls;
            if (calls == 1)
                return Response::json(429, R"({"errors":[{"code":"TOOMANYREQUESTS","message":"slow down"}]})")
                    .withHeader("Retry-After", "1");
            if (calls == 2)
                return Response::text(503, "busy");
            return Response::json(200, R"({"name":"r","tags":["x"]})");
        });
        QCOMPARE(waitForJob(client(server)->tags(u"r"_s)).kind, ErrorKind::None);
        QCOMPARE(calls, 3);
    }

    void rateLimitWithoutEndFails()
    {
        FakeHttpServer server;
        QVERIFY(server.listen());
        server.setHandler([&](const Request &r) {
            if (isPing(r))
                return Response::json(200, "{}");
            return Response::json(429, R"({"errors":[{"code":"TOOMANYREQUESTS","message":"slow down"}]})")
                .withHeader("Retry-After", "0");
        });
        const Error e = waitForJob(client(server)->tags(u"r"_s));
        QCOMPARE(e.kind, ErrorKind::RateLimited);
        QCOMPARE(countPath(server, "/v2/r/"), 5); // the first try and 4 retries
    }

    void unauthorizedWithoutChallengeIsFinal()
    {
        FakeHttpServer server;
        QVERIFY(server.listen());
        server.setHandler([&](const Request &r) {
            if (isPing(r))
                return Response::json(200, "{}");
            return Response::json(401, R"({"errors":[{"code":"UNAUTHORIZED","message":"no"}]})");
        });
        const Error e = waitForJob(client(server, {u"u"_s, u"p"_s})->tags(u"r"_s));
        QCOMPARE(e.kind, ErrorKind::Unauthorized);
        QCOMPARE(countPath(server, "/v2/r/"), 1);
    }

    void crossHostRedirectDropsAuthorization()
    {
        FakeHttpServer storage;
        QVERIFY(storage.listen(QHostAddress(u"127.0.0.2"_s)));
        const QByteArray blob = "hello blob";
        storage.setHandler([&](const Request &) { return Response::text(200, blob); });

        FakeHttpServer registry;
        QVERIFY(registry.listen());
        const QString digest = Sha256::digestOf(blob);
        registry.setHandler([&](const Request &r) {
            if (r.header("Authorization") != "Basic dTpw") // u:p
                return Response::json(401, "{}").withHeader("WWW-Authenticate", "Basic realm=\"r\"");
            if (isPing(r))
                return Response::json(200, "{}");
            return Response::text(307, "").withHeader(
                "Location", "http://127.0.0.2:" + QByteArray::number(storage.port()) + "/bucket/blob?sig=abc");
        });
        QByteArray received;
        BlobBytesJob *job = client(registry, {u"u"_s, u"p"_s})->blobBytes(u"r"_s, digest);
        QCOMPARE(waitForJob(job, [&] { received = job->bytes(); }).kind, ErrorKind::None);
        QCOMPARE(received, blob);
        QCOMPARE(storage.requests().size(), 1);
        QCOMPARE(storage.requests().first().target, QByteArray("/bucket/blob?sig=abc"));
        QVERIFY(storage.requests().first().header("Authorization").isEmpty());
    }

    void wrongContent_data()
    {
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("dockerContentDigest");
        QTest::addColumn<bool>("pinned");
        QTest::addColumn<int>("kind");
        QByteArray dockerBody = ociManifest;
        dockerBody.replace("application/vnd.oci.image.manifest.v1+json",
                           "application/vnd.docker.distribution.manifest.v2+json");
        QByteArray confused = ociManifest;
        confused.replace("\"layers\":[]", "\"layers\":[],\"manifests\":[]");
        QTest::newRow("media type differs from Content-Type")
            << QByteArray("application/vnd.oci.image.manifest.v1+json") << dockerBody << QByteArray() << false
            << int(ErrorKind::Protocol);
        QTest::newRow("index with layers") << QByteArray("application/vnd.oci.image.manifest.v1+json") << confused
                                           << QByteArray() << false << int(ErrorKind::Protocol);
        QTest::newRow("wrong bytes for pinned digest") << QByteArray("application/vnd.oci.image.manifest.v1+json")
                                                       << ociManifest << QByteArray() << true << int(ErrorKind::Integrity);
        QTest::newRow("Docker-Content-Digest mismatch")
            << QByteArray("application/vnd.oci.image.manifest.v1+json") << ociManifest
            << QByteArray("sha256:0000000000000000000000000000000000000000000000000000000000000000") << false
            << int(ErrorKind::Integrity);
        QTest::newRow("oversized") << QByteArray("application/vnd.oci.image.manifest.v1+json")
                                   << QByteArray(5 * 1024 * 1024, ' ') << QByteArray() << false << int(ErrorKind::Protocol);
    }
    void wrongContent()
    {
        QFETCH(QByteArray, contentType);
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, dockerContentDigest);
        QFETCH(bool, pinned);
        QFETCH(int, kind);
        FakeHttpServer server;
        QVERIFY(server.listen());
        server.setHandler([&](const Request &r) {
            if (isPing(r))
                return Response::json(200, "{}");
            Response resp = Response::text(200, body);
            resp.headers.clear();
            resp.withHeader("Content-Type", contentType);
            if (!dockerContentDigest.isEmpty())
                resp.withHeader("Docker-Content-Digest", dockerContentDigest);
            return resp;
        });
        const QString ref = pinned ? u"sha256:1111111111111111111111111111111111111111111111111111111111111111"_s : u"1.0"_s;
        const Error e = waitForJob(client(server)->manifest(u"r"_s, ref));
        QCOMPARE(int(e.kind), kind);
        QVERIFY(!e.message.isEmpty());
    }

    void deletionDisabledIsSaidPlainly()
    {
        FakeHttpServer server;
        QVERIFY(server.listen());
        server.setHandler([&](const Request &r) {
            if (isPing(r))
                return Response::json(200, "{}");
            return Response::json(405, R"({"errors":[{"code":"UNSUPPORTED","message":"The operation is unsupported."}]})");
        });
        const Error e = waitForJob(client(server)->deleteManifest(
            u"r"_s, u"sha256:1111111111111111111111111111111111111111111111111111111111111111"_s));
        QCOMPARE(e.kind, ErrorKind::Unsupported);
        QVERIFY2(e.message.contains(u"disabled"_s), qPrintable(e.message));
    }

    void httpRealmForHttpsRegistryIsRefused()
    {
        QTemporaryDir dir;
        const TestCertificates certs = TestCertificates::generate(dir.path());
        QVERIFY(certs.isValid());
        FakeHttpServer tokens;
        QVERIFY(tokens.listen());
        tokens.setHandler([](const Request &) { return Response::json(200, R"({"token":"t"})"); });
        FakeHttpServer registry;
        QVERIFY(registry.listenTls(certs.serverCertFile, certs.serverKeyFile));
        const QByteArray realm = "http://127.0.0.1:" + QByteArray::number(tokens.port()) + "/token";
        registry.setHandler([&](const Request &) {
            return Response::json(401, "{}").withHeader("WWW-Authenticate",
                                                        "Bearer realm=\"" + realm + "\",service=\"s\"");
        });
        const Error e = waitForJob(client(registry, {u"u"_s, u"secret"_s}, certs.caCertFile)->tags(u"r"_s));
        QVERIFY(e.isError());
        QVERIFY2(e.message.contains(u"plain-HTTP"_s), qPrintable(e.message));
        QCOMPARE(tokens.requests().size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestRegistryClientFaults)
#include "tst_registryclient_faults.moc"
