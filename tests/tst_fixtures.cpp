// Proves the test fixtures: certificates, the fake HTTP server, the token issuer and the real
// registry with seeded storage (checked with HTTP and skopeo).

#include "support/fakehttpserver.h"
#include "support/registryfixture.h"
#include "support/synchttp.h"
#include "support/testcerts.h"
#include "support/tokenissuer.h"

#include "core/digest.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QProcess>
#include <QSslCertificate>
#include <QStandardPaths>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace berth::test;

namespace {

using Http = SyncHttp;

const QByteArray kAcceptAll = "application/vnd.oci.image.index.v1+json, application/vnd.oci.image.manifest.v1+json, "
                              "application/vnd.docker.distribution.manifest.list.v2+json, "
                              "application/vnd.docker.distribution.manifest.v2+json";

QUrl at(const QUrl &base, const QString &path)
{
    return base.resolved(QUrl(path));
}

QByteArray basic(const QByteArray &user, const QByteArray &password)
{
    return "Basic " + QByteArray(user + ':' + password).toBase64();
}

// Runs a program to the end; output merged.
int run(const QString &program, const QStringList &args, QByteArray *output = nullptr, int timeoutMs = 60000)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(program, args);
    if (!p.waitForFinished(timeoutMs))
        return -1;
    if (output)
        *output = p.readAll();
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}

QJsonObject jsonObject(const QByteArray &bytes)
{
    return QJsonDocument::fromJson(bytes).object();
}

} // namespace

class TestFixtures : public QObject
{
    Q_OBJECT

private slots:
    void certificatesServeTls();
    void fakeServerKeepAliveAndRecording();
    void fakeServerChunkedAndPipelined();
    void fakeServerFaults();
    void registryServesSeededImage();
    void registryServesSeededIndexAndTags();
    void seededLayersAreRealGzipTars();
    void skopeoCopiesSeededContent();
    void registryDeleteDisabled();
    void registryHtpasswd();
    void registryTls();
    void tokenAuthAgainstRealRegistry();
    void tokenIssuerOAuthPost();
    void tokenIssuerModes();
    void testRegistryExecutable();
};

void TestFixtures::certificatesServeTls()
{
    QTemporaryDir dir;
    const TestCertificates certs = TestCertificates::generate(dir.path(), {u"registry.test"_s});
    QVERIFY(certs.isValid());
    const QList<QSslCertificate> server = QSslCertificate::fromPath(certs.serverCertFile);
    QCOMPARE(server.size(), 1);
    const auto sans = server.first().subjectAlternativeNames();
    QVERIFY(sans.values(QSsl::IpAddressEntry).contains(u"127.0.0.1"_s));
    QVERIFY(sans.values(QSsl::IpAddressEntry).contains(u"127.0.0.2"_s));
    QVERIFY(sans.values(QSsl::DnsEntry).contains(u"localhost"_s));
    QVERIFY(sans.values(QSsl::DnsEntry).contains(u"registry.test"_s));

    FakeHttpServer fake;
    QVERIFY(fake.listenTls(certs.serverCertFile, certs.serverKeyFile));
    QCOMPARE(fake.baseUrl().scheme(), u"https"_s);
    fake.setHandler([](const FakeHttpServer::Request &) { return FakeHttpServer::Response::text(200, "hi"); });

    Http untrusted;
    QCOMPARE(untrusted.get(at(fake.baseUrl(), u"/x"_s)).error, QNetworkReply::SslHandshakeFailedError);
    Http trusted;
    trusted.caFile = certs.caCertFile;
    const HttpResult ok = trusted.get(at(fake.baseUrl(), u"/x"_s));
    QCOMPARE(ok.error, QNetworkReply::NoError);
    QCOMPARE(ok.body, "hi");

    const TestCertificates signing = TestCertificates::generateSigning(dir.filePath(u"sign"_s));
    QVERIFY(signing.isValid());
    QCOMPARE(QSslCertificate::fromPath(signing.caCertFile).size(), 1);
}

void TestFixtures::fakeServerKeepAliveAndRecording()
{
    FakeHttpServer fake;
    QVERIFY(fake.listen());
    fake.setHandler([](const FakeHttpServer::Request &r) {
        return FakeHttpServer::Response::json(201, "{\"path\":\"" + r.url.path().toUtf8() + "\"}")
            .withHeader("X-Seen", r.header("x-custom"));
    });
    Http http;
    const HttpResult a = http.send("PUT", at(fake.baseUrl(), u"/v2/a?x=1%2F2"_s), {{"X-Custom", "one"}}, "payload");
    QCOMPARE(a.status, 201);
    QCOMPARE(a.header("x-seen"), "one");
    QCOMPARE(jsonObject(a.body).value(u"path"_s).toString(), u"/v2/a"_s);
    QCOMPARE(http.get(at(fake.baseUrl(), u"/b"_s)).status, 201);

    const auto requests = fake.requests();
    QCOMPARE(requests.size(), 2);
    QCOMPARE(requests[0].method, "PUT");
    QCOMPARE(requests[0].target, "/v2/a?x=1%2F2");
    QCOMPARE(requests[0].body, "payload");
    QCOMPARE(requests[0].header("X-CUSTOM"), "one");
    QCOMPARE(requests[0].headerValues("x-custom").size(), 1);
    QCOMPARE(requests[0].url.port(), int(fake.port()));
    QCOMPARE(requests[1].method, "GET");
    QCOMPARE(fake.connectionCount(), 1); // keep-alive
    fake.clearRequests();
    QVERIFY(fake.requests().isEmpty());
}

void TestFixtures::fakeServerChunkedAndPipelined()
{
    FakeHttpServer fake;
    QVERIFY(fake.listen());
    fake.setHandler([](const FakeHttpServer::Request &r) { return FakeHttpServer::Response::text(200, r.body); });
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, fake.port());
    QVERIFY(socket.waitForConnected(5000));
    socket.write("PATCH /up HTTP/1.1\r\nHost: example:1\r\nTransfer-Encoding: chunked\r\nX-A: 1\r\nx-a: 2\r\n\r\n"
                 "5\r\nhello\r\n7;ext=1\r\n, world\r\n0\r\n\r\n"
                 "GET /second HTTP/1.1\r\nHost: example:1\r\n\r\n");
    QByteArray received;
    QVERIFY(QTest::qWaitFor([&] {
        received += socket.readAll();
        return received.count("HTTP/1.1 200") == 2;
    }, 5000));
    QVERIFY(received.contains("hello, world"));
    const auto requests = fake.requests();
    QCOMPARE(requests.size(), 2);
    QCOMPARE(requests[0].body, "hello, world");
    QCOMPARE(requests[0].headerValues("X-A"), (QList<QByteArray>{"1", "2"}));
    QCOMPARE(requests[0].url, QUrl(u"http://example:1/up"_s));
    QCOMPARE(requests[1].target, "/second");
}

void TestFixtures::fakeServerFaults()
{
    FakeHttpServer fake;
    QVERIFY(fake.listen());
    using Fault = FakeHttpServer::Response::Fault;
    fake.setHandler([](const FakeHttpServer::Request &r) {
        FakeHttpServer::Response resp{200, {}, QByteArray(1000, 'x')};
        if (r.target == "/mid")
            resp.fault = Fault::CloseMidBody;
        else if (r.target == "/headers")
            resp.fault = Fault::CloseAfterHeaders;
        else if (r.target == "/stall")
            resp.fault = Fault::Stall;
        return resp;
    });
    Http http;
    QCOMPARE(http.get(at(fake.baseUrl(), u"/ok"_s)).body.size(), 1000);
    const HttpResult mid = http.get(at(fake.baseUrl(), u"/mid"_s));
    QCOMPARE(mid.error, QNetworkReply::RemoteHostClosedError);
    QCOMPARE(mid.body.size(), 500);
    QCOMPARE(http.get(at(fake.baseUrl(), u"/headers"_s)).error, QNetworkReply::RemoteHostClosedError);
    http.timeoutMs = 500;
    const HttpResult stall = http.get(at(fake.baseUrl(), u"/stall"_s));
    QCOMPARE(stall.body.size(), 500);
    QCOMPARE(stall.error, QNetworkReply::OperationCanceledError); // transfer timeout
    QCOMPARE(fake.requests().size(), 4);
}

void TestFixtures::registryServesSeededImage()
{
    RegistryFixture registry;
    RegistryFixture::SeedOptions o;
    o.layers = 3;
    o.layerSize = 10000;
    const auto seeded = registry.seedImage(u"team/web"_s, u"1.0"_s, o);
    QVERIFY(berth::isValidDigest(seeded.digest));
    QCOMPARE(seeded.layerDigests.size(), 3);
    QCOMPARE(seeded.mediaType, u"application/vnd.docker.distribution.manifest.v2+json"_s);
    QCOMPARE(berth::Sha256::digestOf(seeded.manifest), seeded.digest);
    QVERIFY(registry.start());
    QCOMPARE(registry.hostPort(), u"127.0.0.1:"_s + QString::number(registry.baseUrl().port()));

    Http http;
    const HttpResult m = http.get(at(registry.baseUrl(), u"/v2/team/web/manifests/1.0"_s), {{"Accept", kAcceptAll}});
    QCOMPARE(m.status, 200);
    QCOMPARE(m.body, seeded.manifest);
    QCOMPARE(berth::Sha256::digestOf(m.body), seeded.digest);
    QCOMPARE(m.header("docker-content-digest"), seeded.digest.toLatin1());
    QCOMPARE(m.header("content-type"), seeded.mediaType.toLatin1());

    const HttpResult byDigest = http.get(at(registry.baseUrl(), u"/v2/team/web/manifests/"_s + seeded.digest), {{"Accept", kAcceptAll}});
    QCOMPARE(byDigest.status, 200);

    const HttpResult config = http.get(at(registry.baseUrl(), u"/v2/team/web/blobs/"_s + seeded.configDigest));
    QCOMPARE(config.status, 200);
    QCOMPARE(berth::Sha256::digestOf(config.body), seeded.configDigest);
    const QJsonObject cfg = jsonObject(config.body);
    QCOMPARE(cfg.value(u"os"_s).toString(), u"linux"_s);
    QCOMPARE(cfg.value(u"architecture"_s).toString(), u"amd64"_s);
    QCOMPARE(cfg.value(u"rootfs"_s).toObject().value(u"diff_ids"_s).toArray().size(), 3);
    QVERIFY(!cfg.value(u"created"_s).toString().isEmpty());

    qint64 total = config.body.size();
    for (const QString &layer : seeded.layerDigests) {
        const HttpResult blob = http.get(at(registry.baseUrl(), u"/v2/team/web/blobs/"_s + layer));
        QCOMPARE(blob.status, 200);
        QCOMPARE(berth::Sha256::digestOf(blob.body), layer);
        QVERIFY(blob.body.size() > o.layerSize);
        total += blob.body.size();
    }
    QCOMPARE(seeded.totalSize, total);

    // Unknown blob in this repository: the registry checks the repository's links, not just the blob.
    QCOMPARE(http.get(at(registry.baseUrl(), u"/v2/team/other/blobs/"_s + seeded.configDigest)).status, 404);
}

void TestFixtures::registryServesSeededIndexAndTags()
{
    RegistryFixture registry;
    const auto index = registry.seedIndex(u"team/web"_s, u"1.4.2"_s, {u"linux/amd64"_s, u"linux/arm64/v8"_s});
    QVERIFY(!index.digest.isEmpty());
    QCOMPARE(index.mediaType, u"application/vnd.oci.image.index.v1+json"_s);
    registry.addTag(u"team/web"_s, u"latest"_s, index.digest);
    const auto list = registry.seedIndex(u"library/alpine"_s, u"3.20"_s, {u"linux/amd64"_s, u"linux/arm/v7"_s}, false, 9);
    QCOMPARE(list.mediaType, u"application/vnd.docker.distribution.manifest.list.v2+json"_s);
    QVERIFY(registry.start());

    Http http;
    const HttpResult m = http.get(at(registry.baseUrl(), u"/v2/team/web/manifests/latest"_s), {{"Accept", kAcceptAll}});
    QCOMPARE(m.status, 200);
    QCOMPARE(m.header("docker-content-digest"), index.digest.toLatin1());
    const QJsonArray manifests = jsonObject(m.body).value(u"manifests"_s).toArray();
    QCOMPARE(manifests.size(), 2);
    QCOMPARE(manifests[1].toObject().value(u"platform"_s).toObject().value(u"variant"_s).toString(), u"v8"_s);
    for (const QJsonValue &child : manifests) {
        const QString digest = child.toObject().value(u"digest"_s).toString();
        const HttpResult c = http.get(at(registry.baseUrl(), u"/v2/team/web/manifests/"_s + digest), {{"Accept", kAcceptAll}});
        QCOMPARE(c.status, 200);
        QCOMPARE(berth::Sha256::digestOf(c.body), digest);
    }
    const HttpResult l = http.get(at(registry.baseUrl(), u"/v2/library/alpine/manifests/3.20"_s), {{"Accept", kAcceptAll}});
    QCOMPARE(l.header("content-type"), list.mediaType.toLatin1());

    const HttpResult tags = http.get(at(registry.baseUrl(), u"/v2/team/web/tags/list"_s));
    QCOMPARE(tags.status, 200);
    QStringList names;
    for (const QJsonValue &t : jsonObject(tags.body).value(u"tags"_s).toArray())
        names.append(t.toString());
    names.sort();
    QCOMPARE(names, (QStringList{u"1.4.2"_s, u"latest"_s}));
    const HttpResult catalog = http.get(at(registry.baseUrl(), u"/v2/_catalog"_s));
    QCOMPARE(jsonObject(catalog.body).value(u"repositories"_s).toArray(),
             (QJsonArray{u"library/alpine"_s, u"team/web"_s}));
}

void TestFixtures::seededLayersAreRealGzipTars()
{
    RegistryFixture registry;
    RegistryFixture::SeedOptions o;
    o.layers = 2;
    o.layerSize = 200000; // several deflate blocks, and not a multiple of 512
    const auto seeded = registry.seedImage(u"a/b"_s, u"t"_s, o);
    QVERIFY(!seeded.digest.isEmpty());
    QFile configFile(registry.seeder().blobPath(seeded.configDigest));
    QVERIFY(configFile.open(QIODevice::ReadOnly));
    const QJsonArray diffIds = jsonObject(configFile.readAll()).value(u"rootfs"_s).toObject().value(u"diff_ids"_s).toArray();
    QCOMPARE(diffIds.size(), 2);
    for (int i = 0; i < 2; ++i) {
        const QString blob = registry.seeder().blobPath(seeded.layerDigests[i]);
        QByteArray tar;
        QCOMPARE(run(u"gzip"_s, {u"-dc"_s, blob}, &tar), 0);
        QCOMPARE(berth::Sha256::digestOf(tar), diffIds[i].toString());
        QByteArray listing;
        QCOMPARE(run(u"tar"_s, {u"-tvzf"_s, blob}, &listing), 0);
        QVERIFY2(listing.contains(QByteArray("berth/layer-" + QByteArray::number(i) + ".bin")), listing.constData());
        QVERIFY2(listing.contains(" 200000 "), listing.constData());
    }
    // Same options, same bytes: digests are stable from run to run.
    RegistryFixture other;
    QCOMPARE(other.seedImage(u"a/b"_s, u"t"_s, o).digest, seeded.digest);
}

void TestFixtures::skopeoCopiesSeededContent()
{
    if (QStandardPaths::findExecutable(u"skopeo"_s).isEmpty())
        QSKIP("skopeo is not installed");
    RegistryFixture registry;
    RegistryFixture::SeedOptions o;
    o.oci = true;
    o.layers = 2;
    o.layerSize = 50000;
    const auto image = registry.seedImage(u"team/api"_s, u"2.0"_s, o);
    const auto docker = registry.seedImage(u"team/api"_s, u"docker"_s, RegistryFixture::SeedOptions());
    const auto index = registry.seedIndex(u"team/web"_s, u"1.4.2"_s, {u"linux/amd64"_s, u"linux/arm64/v8"_s});
    QVERIFY(registry.start());
    const QString base = u"docker://"_s + registry.hostPort() + u'/';

    QByteArray out;
    QCOMPARE(run(u"skopeo"_s, {u"inspect"_s, u"--tls-verify=false"_s, base + u"team/api:docker"_s}, &out), 0);
    QCOMPARE(jsonObject(out).value(u"Digest"_s).toString(), docker.digest);
    QCOMPARE(jsonObject(out).value(u"Layers"_s).toArray().size(), 2);

    QTemporaryDir dir;
    const QString layout = dir.filePath(u"oci"_s);
    QCOMPARE(run(u"skopeo"_s, {u"copy"_s, u"--src-tls-verify=false"_s, base + u"team/api:2.0"_s, u"oci:"_s + layout + u":2.0"_s}, &out), 0);
    QCOMPARE(run(u"skopeo"_s, {u"copy"_s, u"--all"_s, u"--src-tls-verify=false"_s, base + u"team/web:1.4.2"_s,
                               u"oci:"_s + layout + u":1.4.2"_s}, &out), 0);
    QFile indexJson(layout + u"/index.json"_s);
    QVERIFY(indexJson.open(QIODevice::ReadOnly));
    QMap<QString, QString> byTag;
    for (const QJsonValue &m : jsonObject(indexJson.readAll()).value(u"manifests"_s).toArray()) {
        const QJsonObject d = m.toObject();
        byTag.insert(d.value(u"annotations"_s).toObject().value(u"org.opencontainers.image.ref.name"_s).toString(),
                     d.value(u"digest"_s).toString());
    }
    QCOMPARE(byTag.value(u"2.0"_s), image.digest);
    QCOMPARE(byTag.value(u"1.4.2"_s), index.digest);
    for (const QString &layer : index.layerDigests)
        QVERIFY(QFile::exists(layout + u"/blobs/sha256/"_s + berth::digestHex(layer)));
}

void TestFixtures::registryDeleteDisabled()
{
    RegistryFixture::Options options;
    options.deleteEnabled = false;
    RegistryFixture registry(options);
    const auto seeded = registry.seedImage(u"x/y"_s, u"1"_s);
    QVERIFY(registry.start());
    Http http;
    QCOMPARE(http.send("DELETE", at(registry.baseUrl(), u"/v2/x/y/manifests/"_s + seeded.digest)).status, 405);

    RegistryFixture enabled;
    const auto again = enabled.seedImage(u"x/y"_s, u"1"_s);
    QVERIFY(enabled.start());
    QCOMPARE(http.send("DELETE", at(enabled.baseUrl(), u"/v2/x/y/manifests/"_s + again.digest)).status, 202);
    QCOMPARE(http.get(at(enabled.baseUrl(), u"/v2/x/y/manifests/1"_s), {{"Accept", kAcceptAll}}).status, 404);
}

void TestFixtures::registryHtpasswd()
{
    RegistryFixture::Options options;
    options.auth = RegistryFixture::Auth::Htpasswd;
    options.users = {{u"alice"_s, u"s3cret"_s}};
    RegistryFixture registry(options);
    registry.seedImage(u"team/web"_s, u"1"_s);
    QVERIFY(registry.start());
    Http http;
    const HttpResult anonymous = http.get(at(registry.baseUrl(), u"/v2/"_s));
    QCOMPARE(anonymous.status, 401);
    QVERIFY(anonymous.header("www-authenticate").startsWith("Basic realm="));
    QCOMPARE(http.get(at(registry.baseUrl(), u"/v2/"_s), {{"Authorization", basic("alice", "wrong")}}).status, 401);
    QCOMPARE(http.get(at(registry.baseUrl(), u"/v2/team/web/tags/list"_s), {{"Authorization", basic("alice", "s3cret")}}).status, 200);
}

void TestFixtures::registryTls()
{
    RegistryFixture::Options options;
    options.tls = true;
    RegistryFixture registry(options);
    QVERIFY(registry.start());
    QCOMPARE(registry.baseUrl().scheme(), u"https"_s);
    QVERIFY(QFile::exists(registry.caFile()));
    Http untrusted;
    QCOMPARE(untrusted.get(at(registry.baseUrl(), u"/v2/"_s)).error, QNetworkReply::SslHandshakeFailedError);
    Http http;
    http.caFile = registry.caFile();
    QCOMPARE(http.get(at(registry.baseUrl(), u"/v2/"_s)).status, 200);
}

void TestFixtures::tokenAuthAgainstRealRegistry()
{
    QTemporaryDir dir;
    TokenIssuer issuer(dir.path());
    issuer.addUser(u"alice"_s, u"apass"_s);
    issuer.addUser(u"bob"_s, u"bpass"_s);
    issuer.grant({u"alice"_s, u"*"_s, {u"pull"_s, u"push"_s, u"delete"_s}});
    issuer.grant({u"bob"_s, u"team/*"_s, {u"pull"_s}});
    issuer.grant({QString(), u"public/*"_s, {u"pull"_s}});
    issuer.grantCatalog(u"alice"_s);
    RegistryFixture::Options options;
    options.auth = RegistryFixture::Auth::Token;
    options.issuer = &issuer;
    RegistryFixture registry(options);
    const auto web = registry.seedImage(u"team/web"_s, u"1"_s);
    registry.seedImage(u"public/hello"_s, u"1"_s);
    QVERIFY(registry.start());

    Http http;
    const HttpResult challenge = http.get(at(registry.baseUrl(), u"/v2/team/web/manifests/1"_s));
    QCOMPARE(challenge.status, 401);
    const QByteArray wwwAuth = challenge.header("www-authenticate");
    QVERIFY2(wwwAuth.contains(QByteArray("Bearer realm=\"" + issuer.realm().toEncoded() + '"')), wwwAuth.constData());
    QVERIFY(wwwAuth.contains("service=\"berth-test-registry\""));
    QVERIFY(wwwAuth.contains("scope=\"repository:team/web:pull\""));

    auto token = [&](const QByteArray &auth, const QString &scope) {
        QUrl url = issuer.realm();
        url.setQuery(u"service=berth-test-registry&scope="_s + scope);
        QList<QPair<QByteArray, QByteArray>> headers;
        if (!auth.isEmpty())
            headers.append({"Authorization", auth});
        return http.get(url, headers);
    };
    const HttpResult aliceToken = token(basic("alice", "apass"), u"repository:team/web:pull,push"_s);
    QCOMPARE(aliceToken.status, 200);
    const QJsonObject tokenBody = jsonObject(aliceToken.body);
    QCOMPARE(tokenBody.value(u"token"_s), tokenBody.value(u"access_token"_s));
    QCOMPARE(tokenBody.value(u"expires_in"_s).toInt(), 300);
    QVERIFY(!tokenBody.value(u"issued_at"_s).toString().isEmpty());
    const QByteArray bearer = "Bearer " + tokenBody.value(u"token"_s).toString().toLatin1();
    const HttpResult manifest = http.get(at(registry.baseUrl(), u"/v2/team/web/manifests/1"_s),
                                         {{"Authorization", bearer}, {"Accept", kAcceptAll}});
    QCOMPARE(manifest.status, 200);
    QCOMPARE(manifest.header("docker-content-digest"), web.digest.toLatin1());
    // The token carries what was asked and granted; the claims hold the access list.
    const QJsonObject claims = jsonObject(QByteArray::fromBase64(bearer.split('.').at(1), QByteArray::Base64UrlEncoding));
    QCOMPARE(claims.value(u"aud"_s).toString(), u"berth-test-registry"_s);
    QCOMPARE(claims.value(u"sub"_s).toString(), u"alice"_s);
    QCOMPARE(claims.value(u"access"_s).toArray().first().toObject().value(u"actions"_s).toArray(),
             (QJsonArray{u"pull"_s, u"push"_s}));
    QCOMPARE(issuer.log().last().authenticatedUser, u"alice"_s);
    QVERIFY(issuer.log().last().hadAuthorization);

    // bob: pull only; a push gets a token without push, and the registry refuses the upload.
    const HttpResult bobToken = token(basic("bob", "bpass"), u"repository:team/web:pull,push"_s);
    const QByteArray bobBearer = "Bearer " + jsonObject(bobToken.body).value(u"token"_s).toString().toLatin1();
    const QJsonObject bobClaims = jsonObject(QByteArray::fromBase64(bobBearer.split('.').at(1), QByteArray::Base64UrlEncoding));
    QCOMPARE(bobClaims.value(u"access"_s).toArray().first().toObject().value(u"actions"_s).toArray(), QJsonArray{u"pull"_s});
    QCOMPARE(http.send("POST", at(registry.baseUrl(), u"/v2/team/web/blobs/uploads/"_s), {{"Authorization", bobBearer}}).status, 401);
    QCOMPARE(http.get(at(registry.baseUrl(), u"/v2/team/web/manifests/1"_s), {{"Authorization", bobBearer}, {"Accept", kAcceptAll}}).status, 200);

    // Anonymous: only the public grant.
    const HttpResult anon = token({}, u"repository:public/hello:pull"_s);
    QCOMPARE(anon.status, 200);
    QVERIFY(!issuer.log().last().hadAuthorization);
    const QByteArray anonBearer = "Bearer " + jsonObject(anon.body).value(u"token"_s).toString().toLatin1();
    QCOMPARE(http.get(at(registry.baseUrl(), u"/v2/public/hello/manifests/1"_s), {{"Authorization", anonBearer}, {"Accept", kAcceptAll}}).status, 200);
    const HttpResult anonPrivate = token({}, u"repository:team/web:pull"_s);
    const QByteArray anonPrivateBearer = "Bearer " + jsonObject(anonPrivate.body).value(u"token"_s).toString().toLatin1();
    QCOMPARE(http.get(at(registry.baseUrl(), u"/v2/team/web/manifests/1"_s), {{"Authorization", anonPrivateBearer}}).status, 401);

    // Catalog scope.
    const HttpResult catalogToken = token(basic("alice", "apass"), u"registry:catalog:*"_s);
    const QByteArray catalogBearer = "Bearer " + jsonObject(catalogToken.body).value(u"token"_s).toString().toLatin1();
    QCOMPARE(http.get(at(registry.baseUrl(), u"/v2/_catalog"_s), {{"Authorization", catalogBearer}}).status, 200);
    QCOMPARE(http.get(at(registry.baseUrl(), u"/v2/_catalog"_s), {{"Authorization", bobBearer}}).status, 401);

    // Wrong password and unknown user: 401 with a JSON error.
    const HttpResult wrong = token(basic("alice", "nope"), u"repository:team/web:pull"_s);
    QCOMPARE(wrong.status, 401);
    QCOMPARE(jsonObject(wrong.body).value(u"errors"_s).toArray().first().toObject().value(u"code"_s).toString(), u"UNAUTHORIZED"_s);
    QCOMPARE(token(basic("mallory", "x"), u"repository:team/web:pull"_s).status, 401);

    // A token for another audience is refused by the registry.
    const QByteArray foreign = issuer.signToken(u"alice"_s, u"other-service"_s, issuer.accessFor(u"alice"_s, {u"repository:team/web:pull"_s}),
                                                QDateTime::currentSecsSinceEpoch() - 5, QDateTime::currentSecsSinceEpoch() + 300);
    QCOMPARE(http.get(at(registry.baseUrl(), u"/v2/team/web/manifests/1"_s), {{"Authorization", "Bearer " + foreign}}).status, 401);
}

void TestFixtures::tokenIssuerOAuthPost()
{
    QTemporaryDir dir;
    TokenIssuer issuer(dir.path());
    issuer.addUser(u"alice"_s, u"a p&ss"_s);
    issuer.grant({u"alice"_s, u"team/*"_s, {u"pull"_s, u"push"_s}});
    QVERIFY(issuer.start());
    Http http;
    const QList<QPair<QByteArray, QByteArray>> form{{"Content-Type", "application/x-www-form-urlencoded"}};
    const HttpResult r = http.send("POST", issuer.realm(), form,
                                   "grant_type=password&username=alice&password=a+p%26ss&service=berth-test-registry"
                                   "&client_id=berth&access_type=offline&scope=repository%3Ateam%2Fweb%3Apull+repository%3Ateam%2Fapi%3Apush");
    QCOMPARE(r.status, 200);
    const QJsonObject body = jsonObject(r.body);
    const QString refresh = body.value(u"refresh_token"_s).toString();
    QVERIFY(!refresh.isEmpty());
    const QJsonObject claims = jsonObject(QByteArray::fromBase64(body.value(u"access_token"_s).toString().toLatin1().split('.').at(1),
                                                                 QByteArray::Base64UrlEncoding));
    QCOMPARE(claims.value(u"access"_s).toArray().size(), 2);
    QCOMPARE(issuer.log().last().method, "POST");
    QVERIFY(issuer.log().last().formBody.contains("grant_type=password"));

    const HttpResult again = http.send("POST", issuer.realm(), form,
                                       "grant_type=refresh_token&refresh_token=" + refresh.toLatin1()
                                           + "&service=berth-test-registry&client_id=berth&scope=repository%3Ateam%2Fweb%3Apull");
    QCOMPARE(again.status, 200);
    QCOMPARE(issuer.log().last().authenticatedUser, u"alice"_s);
    QCOMPARE(http.send("POST", issuer.realm(), form, "grant_type=refresh_token&refresh_token=bogus").status, 401);
    QCOMPARE(http.send("POST", issuer.realm(), form, "grant_type=password&username=alice&password=x").status, 401);
}

void TestFixtures::tokenIssuerModes()
{
    QTemporaryDir dir;
    TokenIssuer issuer(dir.path());
    QVERIFY(issuer.start());
    Http http;
    issuer.setTokenField(TokenIssuer::TokenField::AccessToken);
    issuer.setIncludeExpiresIn(false);
    issuer.setIncludeIssuedAt(false);
    QUrl url = issuer.realm();
    url.setQuery(u"service=berth-test-registry"_s);
    const QJsonObject body = jsonObject(http.get(url).body);
    QVERIFY(body.contains(u"access_token"_s));
    QVERIFY(!body.contains(u"token"_s));
    QVERIFY(!body.contains(u"expires_in"_s));
    QVERIFY(!body.contains(u"issued_at"_s));
    issuer.setTokenField(TokenIssuer::TokenField::Token);
    issuer.setIncludeExpiresIn(true);
    issuer.setExpiresIn(61);
    const QJsonObject body2 = jsonObject(http.get(url).body);
    QVERIFY(!body2.contains(u"access_token"_s));
    QCOMPARE(body2.value(u"expires_in"_s).toInt(), 61);

    const struct {
        TokenIssuer::PostMode mode;
        int status;
    } modes[] = {{TokenIssuer::PostMode::NotFound, 404}, {TokenIssuer::PostMode::MethodNotAllowed, 405},
                 {TokenIssuer::PostMode::Unauthorized, 401}};
    for (const auto &m : modes) {
        issuer.setPostMode(m.mode);
        QCOMPARE(http.send("POST", issuer.realm(), {}, "grant_type=password&username=a&password=b").status, m.status);
    }
    QCOMPARE(issuer.log().size(), 5);
    issuer.clearLog();
    QVERIFY(issuer.log().isEmpty());
}

void TestFixtures::testRegistryExecutable()
{
    QProcess p;
    p.start(QStringLiteral(BERTH_TESTREGISTRY), {u"--seed"_s, u"demo"_s, u"--repos"_s, u"3"_s, u"--tags"_s, u"2"_s,
                                                  u"--big-repo-tags"_s, u"50"_s});
    QByteArray out;
    QVERIFY2(QTest::qWaitFor([&] {
        out += p.readAllStandardOutput();
        return out.contains('\n') || p.state() == QProcess::NotRunning;
    }, 30000), p.readAllStandardError().constData());
    QVERIFY2(out.startsWith("ready 127.0.0.1:"), out.constData());
    const QString hostPort = QString::fromLatin1(out.mid(6).trimmed());
    Http http;
    const QUrl base(u"http://"_s + hostPort);
    const HttpResult catalog = http.get(at(base, u"/v2/_catalog"_s));
    const QJsonArray repos = jsonObject(catalog.body).value(u"repositories"_s).toArray();
    for (const QString &name : {u"team/web"_s, u"team/api"_s, u"infra/proxy"_s, u"library/alpine"_s, u"ns1/repo1"_s, u"big/many-tags"_s})
        QVERIFY2(repos.contains(name), qPrintable(name));
    QCOMPARE(jsonObject(http.get(at(base, u"/v2/big/many-tags/tags/list"_s)).body).value(u"tags"_s).toArray().size(), 51);
    QCOMPARE(http.get(at(base, u"/v2/team/web/manifests/1.4.2"_s), {{"Accept", kAcceptAll}}).header("content-type"),
             "application/vnd.oci.image.index.v1+json");
    p.terminate();
    QVERIFY(p.waitForFinished(10000));
    QCOMPARE(p.exitStatus(), QProcess::NormalExit);
    QCOMPARE(p.exitCode(), 0);
    QCOMPARE(http.get(at(base, u"/v2/"_s)).error, QNetworkReply::ConnectionRefusedError);
}

QTEST_MAIN(TestFixtures)
#include "tst_fixtures.moc"
