#pragma once
// Which proxy a request goes through: a registry's own proxy setting first, else the environment
// (HTTPS_PROXY / HTTP_PROXY / ALL_PROXY and NO_PROXY, either case, as curl and Docker read them),
// else the system's proxy settings (Windows, macOS; on Linux the environment is the system's).

#include <QHash>
#include <QMutex>
#include <QNetworkProxy>
#include <QNetworkProxyFactory>
#include <QString>
#include <QUrl>

#include <optional>

class QNetworkAccessManager;

namespace berth {

struct ProxyEnvironment {
    QString httpProxy, httpsProxy, allProxy, noProxy;

    // Lower case wins over upper case when both are set, as in curl.
    static ProxyEnvironment fromProcess();
    bool isEmpty() const { return httpProxy.isEmpty() && httpsProxy.isEmpty() && allProxy.isEmpty(); }
};

namespace proxy {

// "http://[user:pass@]host[:port]", "host:port" (http), "socks5://host[:port]". "direct" or
// "none": no proxy. nullopt when the text is not a proxy Berth can use.
std::optional<QNetworkProxy> parse(const QString &text);

// NO_PROXY: comma- or space-separated; "*" is every host; "example.com" and ".example.com" match
// the domain and its subdomains; "host:port" only that port; IP addresses exactly (no CIDR).
bool bypasses(const QString &noProxy, const QString &host, int port);

// The proxy the environment names for url: nullopt when the environment names none (the system's
// settings may then apply), NoProxy when NO_PROXY excludes the host. Loopback hosts never go
// through the environment's proxy, as in Docker.
std::optional<QNetworkProxy> fromEnvironment(const ProxyEnvironment &env, const QUrl &url);

} // namespace proxy

// Installed on a QNetworkAccessManager (which owns it). Thread-safe: Qt may ask from its own threads.
class ProxyFactory final : public QNetworkProxyFactory
{
public:
    explicit ProxyFactory(const ProxyEnvironment &env = ProxyEnvironment::fromProcess());

    // The factory of nam, installing one first if nam has none of Berth's.
    static ProxyFactory *install(QNetworkAccessManager *nam);

    // Requests to hostPort ("host[:port]", as RegistryOptions::registry) use proxyUrl; empty removes.
    void setRegistryProxy(const QString &hostPort, const QString &proxyUrl);
    void setEnvironment(const ProxyEnvironment &env);

    QList<QNetworkProxy> queryProxy(const QNetworkProxyQuery &query = QNetworkProxyQuery()) override;

private:
    mutable QMutex m_mutex;
    ProxyEnvironment m_env;
    QHash<QString, QNetworkProxy> m_registries; // "host:port" lower case, port always given
};

} // namespace berth
