// Proxies: NO_PROXY matching and the environment's proxy (table tests), and berthctl through a real
// forward proxy in front of the real registry: CONNECT for HTTPS, absolute-form for plain HTTP,
// NO_PROXY bypass, --proxy (for the registry and its token service) and the proxy saved for a registry.

#include "core/proxy.h"

#include "support/asyncprocess.h"
#include "support/httpproxy.h"
#include "support/registryfixture.h"
#include "support/tokenissuer.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace berth;
using namespace berth::test;
using namespace Qt::StringLiterals;

namespace {
// A name no DNS knows: only a proxy (which maps every name to 127.0.0.1) can reach it.
const QString fakeHost = u"registry.berth-test.invalid"_s;
} // namespace

class TestProxy : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    RegistryFixture *m_plain = nullptr;
    RegistryFixture *m_tls = nullptr;
    RegistryFixture *m_token = nullptr;
    TokenIssuer *m_issuer = nullptr;
    HttpProxy *m_proxy = nullptr;

    // Every proxy variable cleared first, so the caller's environment cannot decide the outcome.
    ProcessResult ctl(const QStringList &args, const QStringList &env = {}, const QByteArray &input = {})
    {
        QStringList all{u"http_proxy"_s, u"HTTP_PROXY"_s, u"https_proxy"_s, u"HTTPS_PROXY"_s, u"all_proxy"_s,
                        u"ALL_PROXY"_s, u"no_proxy"_s, u"NO_PROXY"_s,
                        u"DOCKER_CONFIG="_s + m_dir.path() + u"/nodocker"_s};
        return runBerthctlAsync(QStringList{u"--config-dir"_s, m_dir.path() + u"/config"_s, u"--timeout"_s, u"10"_s} + args,
                                input, all + env);
    }

    bool proxySaw(const QByteArray &method, const QByteArray &targetPart) const
    {
        for (const auto &r : m_proxy->requests()) {
            if (r.method == method && r.target.contains(targetPart))
                return true;
        }
        return false;
    }

private slots:
    void initTestCase()
    {
        m_plain = new RegistryFixture({}, this);
        m_tls = new RegistryFixture({.tls = true}, this);
        QVERIFY(m_plain->start());
        QVERIFY(m_tls->start());
        m_plain->seedImage(u"team/web"_s, u"1"_s);
        m_tls->seedImage(u"team/secure"_s, u"1"_s);
        m_issuer = new TokenIssuer(m_dir.path() + u"/issuer"_s, this);
        m_issuer->addUser(u"alice"_s, u"alice-pw"_s);
        m_issuer->grant({u"alice"_s, u"*"_s, {u"pull"_s}});
        QVERIFY(m_issuer->start());
        m_token = new RegistryFixture({.auth = RegistryAuth::Token, .issuer = m_issuer}, this);
        m_token->seedImage(u"team/guarded"_s, u"1"_s);
        QVERIFY(m_token->start());
        m_proxy = new HttpProxy(this);
        QVERIFY(m_proxy->start());
    }

    void init() { m_proxy->clear(); }

    void noProxyMatching_data()
    {
        QTest::addColumn<QString>("noProxy");
        QTest::addColumn<QString>("host");
        QTest::addColumn<int>("port");
        QTest::addColumn<bool>("bypass");
        QTest::newRow("star") << u"*"_s << u"anything.example"_s << 443 << true;
        QTest::newRow("exact") << u"example.com"_s << u"example.com"_s << 443 << true;
        QTest::newRow("subdomain of plain") << u"example.com"_s << u"reg.example.com"_s << 443 << true;
        QTest::newRow("dot domain itself") << u".example.com"_s << u"example.com"_s << 443 << true;
        QTest::newRow("dot domain deep") << u".example.com"_s << u"a.b.example.com"_s << 443 << true;
        QTest::newRow("not a suffix match") << u"example.com"_s << u"badexample.com"_s << 443 << false;
        QTest::newRow("case") << u"EXAMPLE.com"_s << u"Reg.Example.COM"_s << 443 << true;
        QTest::newRow("host:port same") << u"reg.local:5000"_s << u"reg.local"_s << 5000 << true;
        QTest::newRow("host:port other") << u"reg.local:5000"_s << u"reg.local"_s << 443 << false;
        QTest::newRow("ip exact") << u"10.0.0.1"_s << u"10.0.0.1"_s << 443 << true;
        QTest::newRow("ip is not a prefix") << u"10.0.0.1"_s << u"10.0.0.10"_s << 443 << false;
        QTest::newRow("ipv6 with port") << u"[::1]:5000"_s << u"::1"_s << 5000 << true;
        QTest::newRow("list with spaces") << u" foo.test , bar.test "_s << u"bar.test"_s << 80 << true;
        QTest::newRow("list miss") << u"foo.test,bar.test"_s << u"baz.test"_s << 80 << false;
        QTest::newRow("empty") << QString() << u"foo.test"_s << 80 << false;
        QTest::newRow("wildcard domain") << u"*.example.com"_s << u"reg.example.com"_s << 443 << true;
    }

    void noProxyMatching()
    {
        QFETCH(QString, noProxy);
        QFETCH(QString, host);
        QFETCH(int, port);
        QFETCH(bool, bypass);
        QCOMPARE(proxy::bypasses(noProxy, host, port), bypass);
    }

    void environmentChoice()
    {
        const ProxyEnvironment env{u"http://plain-proxy:3128"_s, u"secure-proxy:8080"_s, {}, u".internal"_s};
        auto https = proxy::fromEnvironment(env, QUrl(u"https://reg.example.com/v2/"_s));
        QVERIFY(https);
        QCOMPARE(https->type(), QNetworkProxy::HttpProxy);
        QCOMPARE(https->hostName(), u"secure-proxy"_s);
        QCOMPARE(https->port(), quint16(8080));
        auto http = proxy::fromEnvironment(env, QUrl(u"http://reg.example.com:5000/v2/"_s));
        QVERIFY(http);
        QCOMPARE(http->hostName(), u"plain-proxy"_s);
        QCOMPARE(proxy::fromEnvironment(env, QUrl(u"https://reg.internal/"_s))->type(), QNetworkProxy::NoProxy);
        // Loopback never goes through the environment's proxy, as in Docker.
        QCOMPARE(proxy::fromEnvironment(env, QUrl(u"https://127.0.0.1:5000/"_s))->type(), QNetworkProxy::NoProxy);
        QCOMPARE(proxy::fromEnvironment(env, QUrl(u"https://localhost/"_s))->type(), QNetworkProxy::NoProxy);
        // Nothing set: the system's settings may apply.
        QVERIFY(!proxy::fromEnvironment({}, QUrl(u"https://reg.example.com/"_s)));
        // ALL_PROXY when the scheme's own is missing; SOCKS5.
        const ProxyEnvironment all{{}, {}, u"socks5://socks.example:1081"_s, {}};
        QCOMPARE(proxy::fromEnvironment(all, QUrl(u"https://r.example/"_s))->type(), QNetworkProxy::Socks5Proxy);
        QCOMPARE(proxy::fromEnvironment(all, QUrl(u"https://r.example/"_s))->port(), quint16(1081));
    }

    void parsing()
    {
        const auto withUser = proxy::parse(u"http://bob:p%40ss@proxy.example:8080"_s);
        QVERIFY(withUser);
        QCOMPARE(withUser->user(), u"bob"_s);
        QCOMPARE(withUser->password(), u"p@ss"_s);
        QCOMPARE(proxy::parse(u"proxy.example"_s)->port(), quint16(80));
        QCOMPARE(proxy::parse(u"direct"_s)->type(), QNetworkProxy::NoProxy);
        QVERIFY(!proxy::parse(u"https://proxy.example"_s)); // Qt cannot speak TLS to a proxy
        QVERIFY(!proxy::parse(u"http://proxy.example/some/path"_s));
        QVERIFY(!proxy::parse(u"::"_s));
    }

    void environmentFromProcessBothCases()
    {
        qputenv("HTTPS_PROXY", "upper:1");
        qunsetenv("https_proxy");
        qputenv("NO_PROXY", "upper.test");
        QCOMPARE(ProxyEnvironment::fromProcess().httpsProxy, u"upper:1"_s);
        QCOMPARE(ProxyEnvironment::fromProcess().noProxy, u"upper.test"_s);
        qputenv("https_proxy", "lower:2");
        QCOMPARE(ProxyEnvironment::fromProcess().httpsProxy, u"lower:2"_s);
        for (const char *name : {"HTTPS_PROXY", "https_proxy", "NO_PROXY"})
            qunsetenv(name);
    }

    void registryProxyWinsOverEnvironment()
    {
        ProxyFactory factory(ProxyEnvironment{{}, u"env-proxy:1"_s, {}, {}});
        factory.setRegistryProxy(u"reg.example.com"_s, u"http://own-proxy:2"_s);
        factory.setRegistryProxy(u"other.example.com:5000"_s, u"direct"_s);
        QCOMPARE(factory.queryProxy(QNetworkProxyQuery(QUrl(u"https://reg.example.com/v2/"_s))).value(0).hostName(),
                 u"own-proxy"_s);
        QCOMPARE(factory.queryProxy(QNetworkProxyQuery(QUrl(u"https://reg.example.com:443/v2/"_s))).value(0).hostName(),
                 u"own-proxy"_s);
        QCOMPARE(factory.queryProxy(QNetworkProxyQuery(QUrl(u"https://other.example.com:5000/"_s))).value(0).type(),
                 QNetworkProxy::NoProxy);
        QCOMPARE(factory.queryProxy(QNetworkProxyQuery(QUrl(u"https://third.example.com/"_s))).value(0).hostName(),
                 u"env-proxy"_s);
    }

    // HTTPS_PROXY (upper case): berthctl tunnels with CONNECT to a name only the proxy can resolve.
    void httpsProxyFromEnvironmentTunnels()
    {
        const QString registry = fakeHost + u':' + QString::number(m_tls->baseUrl().port());
        const ProcessResult r = ctl({u"--insecure"_s, u"catalog"_s, registry}, {u"HTTPS_PROXY="_s + m_proxy->url()});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(r.out.trimmed(), QByteArray("team/secure"));
        QVERIFY2(proxySaw("CONNECT", registry.toUtf8()), "the proxy saw no CONNECT");
    }

    // http_proxy (lower case) for plain HTTP: absolute-form requests through the proxy.
    void httpProxyFromEnvironmentForwards()
    {
        const QString registry = fakeHost + u':' + QString::number(m_plain->baseUrl().port());
        const ProcessResult r = ctl({u"--insecure"_s, u"ls"_s, registry + u"/team/web"_s},
                                    {u"http_proxy="_s + m_proxy->url(), u"https_proxy="_s + m_proxy->url()});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(r.out.trimmed(), QByteArray("1"));
        QVERIFY2(proxySaw("GET", "http://" + registry.toUtf8() + "/v2/"), "the proxy saw no plain GET");
    }

    // NO_PROXY names the domain: berthctl goes direct (and cannot resolve the name); the proxy sees nothing.
    void noProxyBypasses()
    {
        const QString registry = fakeHost + u':' + QString::number(m_tls->baseUrl().port());
        for (const QString &noProxy : {u".berth-test.invalid"_s, registry, u"*"_s}) {
            m_proxy->clear();
            const ProcessResult r = ctl({u"--insecure"_s, u"catalog"_s, registry},
                                        {u"HTTPS_PROXY="_s + m_proxy->url(), u"no_proxy="_s + noProxy});
            QVERIFY2(r.exitCode != 0, r.out.constData());
            QVERIFY2(m_proxy->requests().isEmpty(), qPrintable(noProxy));
        }
    }

    // Loopback is not sent to the environment's proxy; an explicit --proxy is used even for it.
    void loopbackAndExplicitProxy()
    {
        const QString registry = m_plain->hostPort();
        ProcessResult r = ctl({u"catalog"_s, registry}, {u"HTTPS_PROXY="_s + m_proxy->url(), u"HTTP_PROXY="_s + m_proxy->url()});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(m_proxy->requests().isEmpty());

        r = ctl({u"--proxy"_s, m_proxy->url(), u"catalog"_s, registry});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(r.out.trimmed(), QByteArray("team/web"));
        QVERIFY2(proxySaw("GET", "http://" + registry.toUtf8() + "/v2/"), "--proxy was not used");

        m_proxy->clear();
        r = ctl({u"--proxy"_s, u"direct"_s, u"catalog"_s, registry});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(m_proxy->requests().isEmpty());
    }

    // A registry's own proxy carries its token requests as well: a token service that only the
    // proxy can reach must not be asked directly.
    void tokenServiceThroughTheRegistryProxy()
    {
        const QString registry = m_token->hostPort();
        const QUrl realm = m_issuer->realm();
        const QByteArray issuer = realm.host().toUtf8() + ':' + QByteArray::number(realm.port());
        const ProcessResult r = ctl({u"--proxy"_s, m_proxy->url(), u"--username"_s, u"alice"_s, u"--password-stdin"_s,
                                     u"ls"_s, registry + u"/team/guarded"_s},
                                    {}, "alice-pw\n");
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(r.out.trimmed(), QByteArray("1"));
        QVERIFY2(proxySaw("GET", "http://" + registry.toUtf8() + "/v2/"), "the registry was not asked through the proxy");
        QVERIFY2(proxySaw("GET", "http://" + issuer + "/token") || proxySaw("POST", "http://" + issuer + "/token"),
                 "the token service was asked directly");
    }

    // The proxy saved with a registry (registries.json) is used without any option.
    void savedRegistryProxy()
    {
        const QString registry = m_plain->hostPort();
        QDir().mkpath(m_dir.path() + u"/config"_s);
        QFile file(m_dir.path() + u"/config/registries.json"_s);
        QVERIFY(file.open(QIODevice::WriteOnly));
        const QJsonObject entry{{u"registry"_s, registry}, {u"proxy"_s, m_proxy->url()}};
        file.write(QJsonDocument(QJsonObject{{u"version"_s, 1}, {u"registries"_s, QJsonArray{entry}}}).toJson());
        file.close();
        const ProcessResult r = ctl({u"catalog"_s, registry});
        QFile::remove(file.fileName());
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(proxySaw("GET", "http://" + registry.toUtf8() + "/v2/"), "the saved proxy was not used");
    }
};

QTEST_GUILESS_MAIN(TestProxy)
#include "tst_proxy.moc"
