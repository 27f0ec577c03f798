// The fault proxy in front of the real registry, driven by a plain QNetworkAccessManager.

#include "support/faultproxy.h"
#include "support/registryfixture.h"
#include "support/synchttp.h"

#include "core/digest.h"

#include <QTest>
#include <QUrlQuery>

using namespace Qt::StringLiterals;
using namespace berth::test;
using Action = FaultProxy::Rule::Action;

class TestFaultProxy : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void passesThroughAndRecords();
    void resetAfterBytesThenRangeResume();
    void respondStatusTwice();
    void stallAfterBytes();
    void corruptByte();
    void truncateBody();
    void methodFilterAndUnlimitedTimes();
    void uploadsThroughTheProxy();

private:
    QUrl blobUrl() const { return m_proxy->baseUrl().resolved(QUrl(u"/v2/team/big/blobs/"_s + m_layer)); }
    FaultProxy::Rule rule(Action action, qint64 bytes = 0) const
    {
        FaultProxy::Rule r;
        r.method = "GET";
        r.path = QRegularExpression(u"/blobs/sha256:"_s);
        r.action = action;
        r.bytes = bytes;
        return r;
    }

    std::unique_ptr<RegistryFixture> m_registry;
    std::unique_ptr<FaultProxy> m_proxy;
    QString m_layer;
    static constexpr qint64 kLayerSize = 3 * 1024 * 1024;
    static constexpr qint64 kMiB = 1024 * 1024;
};

void TestFaultProxy::initTestCase()
{
    m_registry = std::make_unique<RegistryFixture>();
    RegistryFixture::SeedOptions o;
    o.layers = 1;
    o.layerSize = kLayerSize;
    const auto seeded = m_registry->seedImage(u"team/big"_s, u"1"_s, o);
    QVERIFY(!seeded.digest.isEmpty());
    m_layer = seeded.layerDigests.first();
    QVERIFY(m_registry->start());
}

void TestFaultProxy::init()
{
    m_proxy = std::make_unique<FaultProxy>(u"127.0.0.1"_s, quint16(m_registry->baseUrl().port()));
    QVERIFY(m_proxy->start());
}

void TestFaultProxy::passesThroughAndRecords()
{
    SyncHttp http;
    const HttpResult r = http.get(blobUrl(), {{"Range", "bytes=0-"}});
    QCOMPARE(r.error, QNetworkReply::NoError);
    QVERIFY(r.status == 200 || r.status == 206);
    QCOMPARE(berth::Sha256::digestOf(r.body), m_layer);
    const HttpResult head = http.send("HEAD", m_proxy->baseUrl().resolved(QUrl(u"/v2/team/big/manifests/1"_s)),
                                      {{"Accept", "application/vnd.docker.distribution.manifest.v2+json"}});
    QCOMPARE(head.status, 200);
    QVERIFY(!head.header("docker-content-digest").isEmpty());
    QCOMPARE(http.get(m_proxy->baseUrl().resolved(QUrl(u"/v2/nope/manifests/x"_s))).status, 404);

    const auto requests = m_proxy->requests();
    QCOMPARE(requests.size(), 3);
    QCOMPARE(requests[0].method, "GET");
    QCOMPARE(requests[0].target, "/v2/team/big/blobs/" + m_layer.toLatin1());
    QCOMPARE(requests[0].header("range"), "bytes=0-");
    QCOMPARE(requests[1].method, "HEAD");
    QCOMPARE(requests[1].status, 200);
    QCOMPARE(requests[2].status, 404);
    QVERIFY(!requests[0].faulted);
    QCOMPARE(m_proxy->connectionCount(), 1); // keep-alive through the proxy
}

void TestFaultProxy::resetAfterBytesThenRangeResume()
{
    m_proxy->addRule(rule(Action::ResetAfterBytes, kMiB));
    SyncHttp http;
    const HttpResult first = http.get(blobUrl());
    QVERIFY(first.error != QNetworkReply::NoError);
    QCOMPARE(first.body.size(), kMiB);
    QCOMPARE(m_proxy->pendingRules(), 0);

    const HttpResult rest = http.get(blobUrl(), {{"Range", "bytes=" + QByteArray::number(kMiB) + '-'}});
    QCOMPARE(rest.error, QNetworkReply::NoError);
    QCOMPARE(rest.status, 206);
    QCOMPARE(berth::Sha256::digestOf(first.body + rest.body), m_layer);
    QCOMPARE(m_proxy->requests().size(), 2);
    QVERIFY(m_proxy->requests()[0].faulted);
    QCOMPARE(m_proxy->requests()[1].header("Range"), "bytes=1048576-");
    QCOMPARE(m_proxy->connectionCount(), 2);
}

void TestFaultProxy::respondStatusTwice()
{
    FaultProxy::Rule r = rule(Action::RespondStatus);
    r.status = 429;
    r.times = 2;
    r.headers = {{"Retry-After", "1"}};
    m_proxy->addRule(r);
    SyncHttp http;
    for (int i = 0; i < 2; ++i) {
        const HttpResult limited = http.get(blobUrl());
        QCOMPARE(limited.status, 429);
        QCOMPARE(limited.header("retry-after"), "1");
        QVERIFY(limited.body.contains("TOOMANYREQUESTS"));
    }
    const HttpResult ok = http.get(blobUrl());
    QCOMPARE(ok.status, 200);
    QCOMPARE(berth::Sha256::digestOf(ok.body), m_layer);
    QCOMPARE(m_proxy->requests()[0].status, 429);
    QCOMPARE(m_proxy->requests()[2].status, 200);
    QCOMPARE(m_proxy->connectionCount(), 1); // injected answers keep the connection

    FaultProxy::Rule unavailable = rule(Action::RespondStatus);
    unavailable.status = 503;
    unavailable.body = "<html>down</html>";
    unavailable.headers = {{"Content-Type", "text/html"}};
    m_proxy->addRule(unavailable);
    const HttpResult down = http.get(blobUrl());
    QCOMPARE(down.status, 503);
    QCOMPARE(down.body, "<html>down</html>");
    QCOMPARE(down.header("content-type"), "text/html");
}

void TestFaultProxy::stallAfterBytes()
{
    m_proxy->addRule(rule(Action::StallAfterBytes, 100000));
    SyncHttp http;
    http.timeoutMs = 700;
    const HttpResult stalled = http.get(blobUrl());
    QCOMPARE(stalled.error, QNetworkReply::OperationCanceledError);
    QCOMPARE(stalled.body.size(), 100000);
    http.timeoutMs = 10000;
    QCOMPARE(berth::Sha256::digestOf(http.get(blobUrl()).body), m_layer);
}

void TestFaultProxy::corruptByte()
{
    m_proxy->addRule(rule(Action::CorruptByte, 2 * kMiB + 17));
    SyncHttp http;
    const HttpResult bad = http.get(blobUrl());
    QCOMPARE(bad.error, QNetworkReply::NoError);
    const HttpResult good = http.get(blobUrl());
    QCOMPARE(bad.body.size(), good.body.size());
    QCOMPARE(berth::Sha256::digestOf(good.body), m_layer);
    QVERIFY(berth::Sha256::digestOf(bad.body) != m_layer);
    int differences = 0;
    for (qsizetype i = 0; i < good.body.size(); ++i)
        differences += good.body[i] != bad.body[i] ? 1 : 0;
    QCOMPARE(differences, 1);
    QCOMPARE(char(~bad.body[2 * kMiB + 17]), good.body[2 * kMiB + 17]);
}

void TestFaultProxy::truncateBody()
{
    m_proxy->addRule(rule(Action::TruncateBody, 12345));
    SyncHttp http;
    const HttpResult cut = http.get(blobUrl());
    QVERIFY(cut.error != QNetworkReply::NoError);
    QCOMPARE(cut.body.size(), 12345);
    QCOMPARE(cut.status, 200);
    const HttpResult whole = http.get(blobUrl());
    QCOMPARE(whole.body.left(12345), cut.body);
}

void TestFaultProxy::methodFilterAndUnlimitedTimes()
{
    FaultProxy::Rule r = rule(Action::RespondStatus);
    r.method = "HEAD";
    r.times = -1;
    r.status = 502;
    m_proxy->addRule(r);
    SyncHttp http;
    for (int i = 0; i < 3; ++i)
        QCOMPARE(http.send("HEAD", blobUrl()).status, 502);
    QCOMPARE(http.get(blobUrl()).status, 200);
    QCOMPARE(m_proxy->pendingRules(), 1);
    m_proxy->clearRules();
    QCOMPARE(http.send("HEAD", blobUrl()).status, 200);
    m_proxy->clearRequests();
    QVERIFY(m_proxy->requests().isEmpty());
}

void TestFaultProxy::uploadsThroughTheProxy()
{
    SyncHttp http;
    const QByteArray blob(300000, 'b');
    const QString digest = berth::Sha256::digestOf(blob);
    const HttpResult start = http.send("POST", m_proxy->baseUrl().resolved(QUrl(u"/v2/team/up/blobs/uploads/"_s)));
    QCOMPARE(start.status, 202);
    QUrl location = m_proxy->baseUrl().resolved(QUrl::fromEncoded(start.header("location")));
    QCOMPARE(location.port(), int(m_proxy->port())); // the registry builds it from the Host the client sent
    const HttpResult patch = http.send("PATCH", location, {{"Content-Type", "application/octet-stream"}}, blob);
    QCOMPARE(patch.status, 202);
    QCOMPARE(patch.header("range"), "0-299999");
    location = m_proxy->baseUrl().resolved(QUrl::fromEncoded(patch.header("location")));
    QUrlQuery query(location);
    query.addQueryItem(u"digest"_s, digest);
    location.setQuery(query);
    QCOMPARE(http.send("PUT", location).status, 201);
    const HttpResult check = http.send("HEAD", m_proxy->baseUrl().resolved(QUrl(u"/v2/team/up/blobs/"_s + digest)));
    QCOMPARE(check.status, 200);
    QCOMPARE(check.header("content-length"), "300000");
    QCOMPARE(m_proxy->requests()[1].bodySize, 300000);
}

QTEST_MAIN(TestFaultProxy)
#include "tst_faultproxy.moc"
