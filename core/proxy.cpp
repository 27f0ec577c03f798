#include "proxy.h"

#include "logging.h"
#include "registryoptions.h"

#include <QHostAddress>
#include <QNetworkAccessManager>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace berth {

namespace {

QString envValue(const char *lower, const char *upper)
{
    const QString value = qEnvironmentVariable(lower).trimmed();
    return value.isEmpty() ? qEnvironmentVariable(upper).trimmed() : value;
}

QString bareHost(QString host)
{
    host = host.trimmed().toLower();
    if (host.startsWith(u'[') && host.endsWith(u']'))
        host = host.mid(1, host.size() - 2);
    if (host.endsWith(u'.'))
        host.chop(1);
    return host;
}

int defaultPort(const QUrl &url)
{
    return url.port(url.scheme() == u"https" ? 443 : 80);
}

bool matchesEntry(QString entry, const QString &host, int port)
{
    int entryPort = -1;
    // "host:port" and "[v6]:port"; a bare IPv6 address has several colons and no port.
    static const QRegularExpression withPort(u"^(\\[[^\\]]+\\]|[^:]+):(\\d+)$"_s);
    if (const auto m = withPort.match(entry); m.hasMatch()) {
        entry = m.captured(1);
        entryPort = m.captured(2).toInt();
    }
    entry = bareHost(entry);
    if (entry.isEmpty() || (entryPort >= 0 && entryPort != port))
        return false;
    if (entry == host)
        return true;
    if (!QHostAddress(entry).isNull() || !QHostAddress(host).isNull())
        return false; // IP addresses match exactly only
    const QString domain = entry.startsWith(u'.') ? entry.mid(1) : entry;
    if (entry.startsWith(u"*."))
        return host.endsWith(entry.mid(1)) || host == entry.mid(2);
    return host == domain || host.endsWith(u'.' + domain);
}

} // namespace

ProxyEnvironment ProxyEnvironment::fromProcess()
{
    return {envValue("http_proxy", "HTTP_PROXY"), envValue("https_proxy", "HTTPS_PROXY"),
            envValue("all_proxy", "ALL_PROXY"), envValue("no_proxy", "NO_PROXY")};
}

namespace proxy {

std::optional<QNetworkProxy> parse(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.compare(u"direct", Qt::CaseInsensitive) == 0 || trimmed.compare(u"none", Qt::CaseInsensitive) == 0)
        return QNetworkProxy(QNetworkProxy::NoProxy);
    QUrl url(trimmed.contains(u"://"_s) ? trimmed : u"http://"_s + trimmed, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty() || (!url.path().isEmpty() && url.path() != u"/"))
        return std::nullopt;
    const QString scheme = url.scheme().toLower();
    QNetworkProxy::ProxyType type = QNetworkProxy::HttpProxy;
    int port = 80;
    if (scheme == u"socks5" || scheme == u"socks5h") {
        type = QNetworkProxy::Socks5Proxy;
        port = 1080;
    } else if (scheme != u"http") {
        return std::nullopt; // Qt speaks plain HTTP or SOCKS5 to a proxy, not TLS
    }
    return QNetworkProxy(type, url.host(), quint16(url.port(port)), url.userName(QUrl::FullyDecoded),
                         url.password(QUrl::FullyDecoded));
}

bool bypasses(const QString &noProxy, const QString &host, int port)
{
    const QString wanted = bareHost(host);
    static const QRegularExpression separators(u"[,\\s]+"_s);
    const QStringList entries = noProxy.split(separators, Qt::SkipEmptyParts);
    for (const QString &entry : entries) {
        if (entry == u"*" || matchesEntry(entry, wanted, port))
            return true;
    }
    return false;
}

std::optional<QNetworkProxy> fromEnvironment(const ProxyEnvironment &env, const QUrl &url)
{
    if (env.isEmpty())
        return std::nullopt;
    const QString scheme = url.scheme().toLower();
    QString value = scheme == u"https" ? env.httpsProxy : scheme == u"http" ? env.httpProxy : QString();
    if (value.isEmpty())
        value = env.allProxy;
    if (value.isEmpty())
        return std::nullopt;
    if (RegistryOptions::isLoopbackHost(url.host()) || bypasses(env.noProxy, url.host(), defaultPort(url)))
        return QNetworkProxy(QNetworkProxy::NoProxy);
    const auto parsed = parse(value);
    if (!parsed) {
        qCWarning(lcHttp) << "ignoring a proxy setting that is not an http:// or socks5:// URL";
        return std::nullopt;
    }
    return parsed;
}

} // namespace proxy

ProxyFactory::ProxyFactory(const ProxyEnvironment &env)
    : m_env(env)
{
}

ProxyFactory *ProxyFactory::install(QNetworkAccessManager *nam)
{
    if (auto *existing = dynamic_cast<ProxyFactory *>(nam->proxyFactory()))
        return existing;
    auto *factory = new ProxyFactory;
    nam->setProxyFactory(factory); // takes ownership
    return factory;
}

void ProxyFactory::setRegistryProxy(const QString &hostPort, const QString &proxyUrl)
{
    const QString key = hostPort.trimmed().toLower();
    QMutexLocker lock(&m_mutex);
    const auto parsed = proxyUrl.trimmed().isEmpty() ? std::nullopt : proxy::parse(proxyUrl);
    if (parsed)
        m_registries.insert(key, *parsed);
    else
        m_registries.remove(key);
}

void ProxyFactory::setEnvironment(const ProxyEnvironment &env)
{
    QMutexLocker lock(&m_mutex);
    m_env = env;
}

QList<QNetworkProxy> ProxyFactory::queryProxy(const QNetworkProxyQuery &query)
{
    const QUrl url = query.url();
    {
        QMutexLocker lock(&m_mutex);
        const QString host = url.host().toLower();
        const QString hostPart = host.contains(u':') ? u'[' + host + u']' : host;
        const int port = defaultPort(url);
        // A registry saved without a port is reached on the scheme's default one.
        auto it = m_registries.constFind(hostPart + u':' + QString::number(port));
        if (it == m_registries.cend() && (url.port(-1) == -1 || port == (url.scheme() == u"https" ? 443 : 80)))
            it = m_registries.constFind(hostPart);
        if (it != m_registries.cend())
            return {*it};
        if (const auto fromEnv = proxy::fromEnvironment(m_env, url))
            return {*fromEnv};
    }
#if defined(Q_OS_LINUX)
    // Qt's own reading of the system settings on Linux is the lower-case environment (done above)
    // or libproxy, which may block on PAC/WPAD lookups.
    return {QNetworkProxy(QNetworkProxy::NoProxy)};
#else
    return systemProxyForQuery(query);
#endif
}

} // namespace berth
