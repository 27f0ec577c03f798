#pragma once
// Token authentication for one registry: fetches Bearer tokens from the realm its challenge names
// (OAuth2 POST, falling back to GET), caches them by realm + service + scopes until shortly before
// they expire, and guards where credentials may go.

#include "challenge.h"
#include "credentials.h"
#include "error.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;

namespace berth {

class Authenticator final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Authenticator)
public:
    using TokenCallback = std::function<void(const QString &token, const Error &error)>;

    // allowPlainHttpRealm: the registry is insecure or on loopback, so an http realm may receive
    // credentials. An https registry never sends credentials to an http realm on another host.
    Authenticator(QNetworkAccessManager *nam, const Credentials &credentials, bool registryIsInsecure,
                  QObject *parent = nullptr);

    const Credentials &credentials() const { return m_credentials; }

    // A cached, unexpired token for exactly these scopes (normalised), or empty.
    QString cachedToken(const QList<Scope> &scopes) const;

    // Fetches a token for `scopes` from the challenge's realm. requestUrl is the registry URL that
    // was answered with the challenge (relative realms resolve against it). Concurrent requests for
    // the same key share one fetch. The callback runs exactly once.
    void fetchToken(const Challenge &challenge, const QList<Scope> &scopes, const QUrl &requestUrl,
                    QObject *context, TokenCallback callback);

    // Forget cached tokens (e.g. after a token was rejected).
    void invalidate(const QList<Scope> &scopes);

    int timeoutMs = 30000;
    // The registry's own proxy setting ("" for none): its token service is reached through the same
    // proxy, since a registry that needs one is rarely served by a token service that does not.
    QString proxy;

private:
    struct Cached {
        QString token;
        QDateTime renewAt;
    };
    struct Pending;

    QString cacheKey(const QString &realm, const QString &service, const QList<Scope> &scopes) const;
    QString lastKey(const QList<Scope> &scopes) const;
    void requestPost(const QString &key, const QUrl &realm, const QString &service, const QList<Scope> &scopes);
    void requestGet(const QString &key, const QUrl &realm, const QString &service, const QList<Scope> &scopes);
    void complete(const QString &key, const QString &token, const Error &error);
    Error checkRealm(const QUrl &realm, const QUrl &requestUrl) const;

    QNetworkAccessManager *m_nam;
    Credentials m_credentials;
    bool m_registryIsInsecure;
    QHash<QString, Cached> m_cache;
    QHash<QString, QString> m_scopeKeys;          // normalised scopes -> last cache key used
    QHash<QString, QString> m_refreshTokens;      // realm + service -> refresh token
    QHash<QString, bool> m_postUnsupported;       // realm -> the token endpoint refused OAuth2 POST
    QHash<QString, QList<std::pair<QPointer<QObject>, TokenCallback>>> m_waiting;
};

} // namespace berth
