#include "authenticator.h"

#include "logging.h"
#include "netutil.h"
#include "proxy.h"
#include "registryoptions.h"
#include "tokenresponse.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QUrlQuery>

namespace berth {

namespace {
QString scopesString(const QList<Scope> &scopes)
{
    QStringList parts;
    for (const Scope &s : scopes)
        parts << s.toString();
    return parts.join(u' ');
}
} // namespace

Authenticator::Authenticator(QNetworkAccessManager *nam, const Credentials &credentials,
                             bool registryIsInsecure, QObject *parent)
    : QObject(parent), m_nam(nam), m_credentials(credentials), m_registryIsInsecure(registryIsInsecure)
{
}

QString Authenticator::cacheKey(const QString &realm, const QString &service, const QList<Scope> &scopes) const
{
    return realm + u'\n' + service + u'\n' + scopesString(normaliseScopes(scopes));
}

QString Authenticator::lastKey(const QList<Scope> &scopes) const
{
    return m_scopeKeys.value(scopesString(normaliseScopes(scopes)));
}

QString Authenticator::cachedToken(const QList<Scope> &scopes) const
{
    const auto it = m_cache.constFind(lastKey(scopes));
    if (it == m_cache.cend() || QDateTime::currentDateTimeUtc() >= it->renewAt)
        return {};
    return it->token;
}

void Authenticator::invalidate(const QList<Scope> &scopes)
{
    m_cache.remove(lastKey(scopes));
}

Error Authenticator::checkRealm(const QUrl &realm, const QUrl &requestUrl) const
{
    if (!realm.isValid() || (realm.scheme() != u"https" && realm.scheme() != u"http") || realm.host().isEmpty())
        return Error::make(ErrorKind::Protocol, tr("The registry named an invalid token service \"%1\".")
                                                    .arg(realm.toDisplayString()));
    if (realm.scheme() == u"http") {
        if (requestUrl.scheme() == u"https")
            return Error::make(ErrorKind::Protocol,
                               tr("The registry %1 uses HTTPS but sends clients to the plain-HTTP token service %2; "
                                  "Berth does not send credentials there.")
                                   .arg(requestUrl.authority(), realm.toDisplayString()));
        if (!m_registryIsInsecure && !RegistryOptions::isLoopbackHost(realm.host()))
            return Error::make(ErrorKind::Protocol,
                               tr("The token service %1 uses plain HTTP; mark the registry as insecure to allow it.")
                                   .arg(realm.toDisplayString()));
    }
    return {};
}

void Authenticator::fetchToken(const Challenge &challenge, const QList<Scope> &requested,
                               const QUrl &requestUrl, QObject *context, TokenCallback callback)
{
    const QString realmText = challenge.param(QStringLiteral("realm"));
    if (realmText.isEmpty()) {
        callback({}, Error::make(ErrorKind::Protocol, tr("The registry asked for a token but named no token service.")));
        return;
    }
    const QUrl realm = requestUrl.resolved(QUrl(realmText));
    if (const Error e = checkRealm(realm, requestUrl)) {
        callback({}, e);
        return;
    }
    const QString service = challenge.param(QStringLiteral("service"));
    QList<Scope> scopes = requested;
    scopes += Scope::parseList(challenge.param(QStringLiteral("scope")));
    scopes = normaliseScopes(scopes);

    const QString key = cacheKey(realm.toString(), service, scopes);
    m_scopeKeys.insert(scopesString(normaliseScopes(requested)), key);
    const auto cached = m_cache.constFind(key);
    if (cached != m_cache.cend() && QDateTime::currentDateTimeUtc() < cached->renewAt) {
        callback(cached->token, {});
        return;
    }
    const bool alreadyFetching = m_waiting.contains(key);
    m_waiting[key].append({QPointer<QObject>(context), std::move(callback)});
    if (alreadyFetching)
        return;

    if (!proxy.isEmpty()) // authority: "host[:port]", an IPv6 host in brackets, as the factory keys it
        ProxyFactory::install(m_nam)->setRegistryProxy(realm.adjusted(QUrl::RemoveUserInfo).authority(), proxy);
    const QString refreshKey = realm.toString() + u'\n' + service;
    const bool canPost = !m_postUnsupported.value(realm.toString());
    if (!m_credentials.isEmpty() && (m_credentials.identityToken || m_refreshTokens.contains(refreshKey) || canPost))
        requestPost(key, realm, service, scopes);
    else
        requestGet(key, realm, service, scopes);
}

void Authenticator::requestPost(const QString &key, const QUrl &realm, const QString &service,
                                const QList<Scope> &scopes)
{
    const QString refreshKey = realm.toString() + u'\n' + service;
    QUrlQuery form;
    const QString refresh = m_credentials.identityToken ? m_credentials.secret : m_refreshTokens.value(refreshKey);
    if (!refresh.isEmpty()) {
        form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("refresh_token"));
        form.addQueryItem(QStringLiteral("refresh_token"), refresh);
    } else {
        form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("password"));
        form.addQueryItem(QStringLiteral("username"), m_credentials.username);
        form.addQueryItem(QStringLiteral("password"), m_credentials.secret);
        form.addQueryItem(QStringLiteral("access_type"), QStringLiteral("offline"));
    }
    form.addQueryItem(QStringLiteral("service"), service);
    form.addQueryItem(QStringLiteral("client_id"), QStringLiteral("berth"));
    if (!scopes.isEmpty())
        form.addQueryItem(QStringLiteral("scope"), scopesString(scopes));

    QNetworkRequest request(realm);
    net::prepare(request, timeoutMs);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
    qCDebug(lcAuth) << "OAuth2 token request to" << realm.toDisplayString() << "for" << scopesString(scopes);
    QNetworkReply *reply = m_nam->post(request, form.toString(QUrl::FullyEncoded).toUtf8());
    net::capBody(reply, TokenResponseParser::MaxTokenResponseSize);
    const bool usedRefresh = !refresh.isEmpty();
    connect(reply, &QNetworkReply::finished, this, [=, this] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (status == 404 || status == 405 || (status == 401 && !m_credentials.identityToken && !usedRefresh)
            || (status == 400 && !usedRefresh)) {
            // Token services that only speak the Docker GET protocol.
            m_postUnsupported.insert(realm.toString(), true);
            requestGet(key, realm, service, scopes);
            return;
        }
        if (usedRefresh && !m_credentials.identityToken && status >= 400 && status < 500) {
            m_refreshTokens.remove(refreshKey);
            requestGet(key, realm, service, scopes);
            return;
        }
        if (status != 200) {
            complete(key, {}, Error::make(status == 401 || status == 403 ? ErrorKind::Unauthorized : ErrorKind::Server,
                                          tr("The token service %1 refused the credentials of %2 (HTTP %3).")
                                              .arg(realm.authority(), m_credentials.username).arg(status),
                                          status));
            return;
        }
        Error error;
        const auto parsed = TokenResponseParser::parse(reply->readAll(), &error);
        if (!parsed) {
            complete(key, {}, error);
            return;
        }
        if (!parsed->refreshToken.isEmpty() && !m_credentials.identityToken)
            m_refreshTokens.insert(refreshKey, parsed->refreshToken);
        m_cache.insert(key, {parsed->token, parsed->renewAt(QDateTime::currentDateTimeUtc())});
        complete(key, parsed->token, {});
    });
}

void Authenticator::requestGet(const QString &key, const QUrl &realm, const QString &service,
                               const QList<Scope> &scopes)
{
    QUrl url = realm;
    QUrlQuery query(url);
    if (!service.isEmpty())
        query.addQueryItem(QStringLiteral("service"), service);
    for (const Scope &s : scopes)
        query.addQueryItem(QStringLiteral("scope"), s.toString());
    const bool sendCredentials = !m_credentials.isEmpty() && !m_credentials.identityToken;
    if (sendCredentials)
        query.addQueryItem(QStringLiteral("account"), m_credentials.username);
    url.setQuery(query);

    QNetworkRequest request(url);
    net::prepare(request, timeoutMs);
    if (sendCredentials)
        request.setRawHeader("Authorization", net::basicAuthorization(m_credentials.username, m_credentials.secret));
    qCDebug(lcAuth) << "token request to" << realm.toDisplayString() << "for" << scopesString(scopes)
                    << (sendCredentials ? "with credentials" : "anonymously");
    QNetworkReply *reply = m_nam->get(request);
    net::capBody(reply, TokenResponseParser::MaxTokenResponseSize);
    connect(reply, &QNetworkReply::finished, this, [=, this] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (net::capExceeded(reply)) {
            complete(key, {}, Error::make(ErrorKind::Protocol, tr("The token service %1 sent an oversized answer.")
                                                                   .arg(realm.authority())));
            return;
        }
        if (status == 0) {
            complete(key, {}, Error::make(ErrorKind::Network, tr("Could not reach the token service %1: %2")
                                                                  .arg(realm.toDisplayString(), reply->errorString())));
            return;
        }
        if (status == 401 || status == 403) {
            complete(key, {}, Error::make(ErrorKind::Unauthorized,
                                          sendCredentials
                                              ? tr("The token service %1 refused the credentials of %2.")
                                                    .arg(realm.authority(), m_credentials.username)
                                              : tr("The token service %1 requires credentials; log in first.")
                                                    .arg(realm.authority()),
                                          status));
            return;
        }
        if (status != 200) {
            complete(key, {}, Error::make(ErrorKind::Server, tr("The token service %1 answered HTTP %2.")
                                                                 .arg(realm.authority()).arg(status), status));
            return;
        }
        Error error;
        const auto parsed = TokenResponseParser::parse(reply->readAll(), &error);
        if (!parsed) {
            complete(key, {}, error);
            return;
        }
        m_cache.insert(key, {parsed->token, parsed->renewAt(QDateTime::currentDateTimeUtc())});
        complete(key, parsed->token, {});
    });
}

void Authenticator::complete(const QString &key, const QString &token, const Error &error)
{
    const auto waiting = m_waiting.take(key);
    for (const auto &[context, callback] : waiting) {
        if (context)
            callback(token, error);
    }
}

} // namespace berth
