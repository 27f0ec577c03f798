#pragma once
// The test token issuer for the registry's token auth (Docker token spec, GET and OAuth2 POST).

#include "fakehttpserver.h"
#include "testcerts.h"

#include <QHash>
#include <QJsonArray>
#include <QObject>
#include <QStringList>
#include <QUrl>
#include <QUrlQuery>

#include <memory>

namespace berth::test {

class TokenIssuer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TokenIssuer)

public:
    enum class TokenField { Token, AccessToken, Both };
    // Supported, or answer 404 / 405 / 401 to every POST.
    enum class PostMode { Supported, NotFound, MethodNotAllowed, Unauthorized };
    struct Grant {
        QString user; // empty = anonymous (and so everyone)
        QString repositoryGlob;
        QStringList actions;
    };
    struct Logged {
        QByteArray method;
        QUrlQuery query;
        QByteArray formBody;
        bool hadAuthorization = false;
        QString authenticatedUser;
    };

    explicit TokenIssuer(const QString &workDir, QObject *parent = nullptr);
    ~TokenIssuer() override;

    bool start();
    bool startTls(const QString &certFile, const QString &keyFile);
    QUrl realm() const;              // http://127.0.0.1:port/token
    QString service() const;         // "berth-test-registry"
    QString issuer() const;          // "berth-test-issuer"
    QString rootCertBundle() const;  // PEM file the registry trusts
    FakeHttpServer *server() const { return m_server; }

    void addUser(const QString &name, const QString &password);
    void grant(const Grant &g);
    void grantCatalog(const QString &user); // registry:catalog:*
    void setTokenField(TokenField field) { m_tokenField = field; }
    void setIncludeExpiresIn(bool on) { m_includeExpiresIn = on; }
    void setExpiresIn(int seconds) { m_expiresIn = seconds; }
    void setIncludeIssuedAt(bool on) { m_includeIssuedAt = on; }
    void setPostMode(PostMode mode) { m_postMode = mode; }

    QList<Logged> log() const { return m_log; }
    void clearLog() { m_log.clear(); }
    // Tokens issued so far (by any route).
    int issuedCount() const { return m_issued; }

    // The access a token would carry for `user` asking for `scopes` (each "type:name:actions").
    QJsonArray accessFor(const QString &user, const QStringList &scopes) const;
    // A signed JWT with these claims, for tests that need to craft tokens.
    QByteArray signToken(const QString &subject, const QString &audience, const QJsonArray &access,
                         qint64 notBefore, qint64 expires) const;

private:
    FakeHttpServer::Response handle(const FakeHttpServer::Request &request);
    FakeHttpServer::Response issue(const QString &user, const QString &service, const QStringList &scopes,
                                   const QString &refreshToken);
    bool ensureKey();

    QString m_workDir;
    FakeHttpServer *m_server = nullptr;
    TestCertificates m_signing;
    struct Key;
    std::unique_ptr<Key> m_key;
    QHash<QString, QString> m_users;
    QList<Grant> m_grants;
    QHash<QString, QString> m_refreshTokens; // token -> user
    TokenField m_tokenField = TokenField::Both;
    bool m_includeExpiresIn = true;
    int m_expiresIn = 300;
    bool m_includeIssuedAt = true;
    PostMode m_postMode = PostMode::Supported;
    QList<Logged> m_log;
    int m_issued = 0;
};

} // namespace berth::test
