#include "tokenissuer.h"

#include <QDateTime>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QUuid>

#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>

using namespace Qt::StringLiterals;

namespace berth::test {

struct TokenIssuer::Key {
    EVP_PKEY *key = nullptr;
    QByteArray certDer;
    ~Key() { EVP_PKEY_free(key); }
};

namespace {

QByteArray base64Url(const QByteArray &data)
{
    return data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

bool globMatch(const QString &glob, const QString &name)
{
    QString pattern = QRegularExpression::escape(glob);
    pattern.replace(u"\\*"_s, u".*"_s);
    return QRegularExpression(QRegularExpression::anchoredPattern(pattern)).match(name).hasMatch();
}

FakeHttpServer::Response unauthorized(const QByteArray &message)
{
    auto r = FakeHttpServer::Response::json(
        401, R"({"errors":[{"code":"UNAUTHORIZED","message":")" + message + R"(","detail":null}]})");
    r.withHeader("WWW-Authenticate", R"(Basic realm="berth-test-issuer")");
    return r;
}

} // namespace

TokenIssuer::TokenIssuer(const QString &workDir, QObject *parent)
    : QObject(parent), m_workDir(workDir), m_server(new FakeHttpServer(this))
{
    m_server->setHandler([this](const FakeHttpServer::Request &r) { return handle(r); });
}

TokenIssuer::~TokenIssuer() = default;

bool TokenIssuer::ensureKey()
{
    if (m_key)
        return true;
    m_signing = TestCertificates::generateSigning(m_workDir);
    if (!m_signing.isValid())
        return false;
    QFile kf(m_signing.caKeyFile), cf(m_signing.caCertFile);
    if (!kf.open(QIODevice::ReadOnly) || !cf.open(QIODevice::ReadOnly))
        return false;
    auto key = std::make_unique<Key>();
    const QByteArray keyPem = kf.readAll(), certPem = cf.readAll();
    BIO *bio = BIO_new_mem_buf(keyPem.constData(), int(keyPem.size()));
    key->key = PEM_read_bio_PrivateKey(bio, nullptr, nullptr, nullptr);
    BIO_free(bio);
    bio = BIO_new_mem_buf(certPem.constData(), int(certPem.size()));
    X509 *cert = PEM_read_bio_X509(bio, nullptr, nullptr, nullptr);
    BIO_free(bio);
    if (!key->key || !cert) {
        X509_free(cert);
        return false;
    }
    unsigned char *der = nullptr;
    const int len = i2d_X509(cert, &der);
    key->certDer = QByteArray(reinterpret_cast<const char *>(der), len);
    OPENSSL_free(der);
    X509_free(cert);
    m_key = std::move(key);
    return true;
}

bool TokenIssuer::start()
{
    return ensureKey() && m_server->listen();
}

bool TokenIssuer::startTls(const QString &certFile, const QString &keyFile)
{
    return ensureKey() && m_server->listenTls(certFile, keyFile);
}

QUrl TokenIssuer::realm() const
{
    QUrl url = m_server->baseUrl();
    url.setPath(u"/token"_s);
    return url;
}

QString TokenIssuer::service() const
{
    return u"berth-test-registry"_s;
}

QString TokenIssuer::issuer() const
{
    return u"berth-test-issuer"_s;
}

QString TokenIssuer::rootCertBundle() const
{
    return m_signing.caCertFile;
}

void TokenIssuer::addUser(const QString &name, const QString &password)
{
    m_users.insert(name, password);
}

void TokenIssuer::grant(const Grant &g)
{
    m_grants.append(g);
}

void TokenIssuer::grantCatalog(const QString &user)
{
    m_grants.append({user, u"registry:catalog"_s, {u"*"_s}});
}

QJsonArray TokenIssuer::accessFor(const QString &user, const QStringList &scopes) const
{
    QJsonArray access;
    for (const QString &scope : scopes) {
        const qsizetype first = scope.indexOf(u':');
        const qsizetype last = scope.lastIndexOf(u':');
        if (first < 0 || last <= first)
            continue;
        const QString type = scope.left(first);
        const QString name = scope.mid(first + 1, last - first - 1);
        const QStringList requested = scope.mid(last + 1).split(u',', Qt::SkipEmptyParts);
        QSet<QString> allowed;
        for (const Grant &g : m_grants) {
            if (!g.user.isEmpty() && g.user != user)
                continue;
            const bool catalogGrant = g.repositoryGlob == u"registry:catalog";
            if (type == u"registry" && name == u"catalog" && catalogGrant)
                allowed.unite(QSet<QString>(g.actions.begin(), g.actions.end()));
            else if (type == u"repository" && !catalogGrant && globMatch(g.repositoryGlob, name))
                allowed.unite(QSet<QString>(g.actions.begin(), g.actions.end()));
        }
        QJsonArray actions;
        for (const QString &a : requested) {
            if (allowed.contains(a) && !actions.contains(a))
                actions.append(a);
        }
        access.append(QJsonObject{{u"type"_s, type}, {u"name"_s, name}, {u"actions"_s, actions}});
    }
    return access;
}

QByteArray TokenIssuer::signToken(const QString &subject, const QString &audience, const QJsonArray &access,
                                  qint64 notBefore, qint64 expires) const
{
    if (!m_key)
        return {};
    const QJsonObject header{{u"typ"_s, u"JWT"_s}, {u"alg"_s, u"RS256"_s},
                             {u"x5c"_s, QJsonArray{QString::fromLatin1(m_key->certDer.toBase64())}}};
    const QJsonObject claims{{u"iss"_s, issuer()}, {u"sub"_s, subject}, {u"aud"_s, audience},
                             {u"exp"_s, expires}, {u"nbf"_s, notBefore},
                             {u"iat"_s, QDateTime::currentSecsSinceEpoch()},
                             {u"jti"_s, QUuid::createUuid().toString(QUuid::WithoutBraces)},
                             {u"access"_s, access}};
    const QByteArray signingInput = base64Url(QJsonDocument(header).toJson(QJsonDocument::Compact)) + '.'
        + base64Url(QJsonDocument(claims).toJson(QJsonDocument::Compact));
    EVP_MD_CTX *ctx = EVP_MD_CTX_new();
    size_t len = 0;
    QByteArray sig;
    if (EVP_DigestSignInit(ctx, nullptr, EVP_sha256(), nullptr, m_key->key) == 1
        && EVP_DigestSign(ctx, nullptr, &len, reinterpret_cast<const unsigned char *>(signingInput.constData()),
                          size_t(signingInput.size())) == 1) {
        sig.resize(qsizetype(len));
        if (EVP_DigestSign(ctx, reinterpret_cast<unsigned char *>(sig.data()), &len,
                           reinterpret_cast<const unsigned char *>(signingInput.constData()),
                           size_t(signingInput.size())) != 1)
            sig.clear();
        sig.resize(qsizetype(len));
    }
    EVP_MD_CTX_free(ctx);
    return sig.isEmpty() ? QByteArray() : signingInput + '.' + base64Url(sig);
}

FakeHttpServer::Response TokenIssuer::handle(const FakeHttpServer::Request &request)
{
    Logged entry{request.method, QUrlQuery(request.url), {}, false, {}};
    if (request.method == "POST")
        entry.formBody = request.body;
    const QByteArray authorization = request.header("authorization");
    entry.hadAuthorization = !authorization.isEmpty();

    // Basic credentials, when sent, must be right on every route.
    QString user;
    if (!authorization.isEmpty()) {
        if (!authorization.startsWith("Basic ")) {
            m_log.append(entry);
            return unauthorized("unsupported authorization scheme");
        }
        const QByteArray decoded = QByteArray::fromBase64(authorization.mid(6).trimmed());
        const qsizetype colon = decoded.indexOf(':');
        user = QString::fromUtf8(decoded.left(colon));
        const QString password = QString::fromUtf8(decoded.mid(colon + 1));
        if (colon < 0 || !m_users.contains(user) || m_users.value(user) != password) {
            m_log.append(entry);
            return unauthorized("invalid username or password");
        }
    }

    if (request.url.path() != u"/token") {
        m_log.append(entry);
        return FakeHttpServer::Response::text(404, "not found\n");
    }

    if (request.method == "GET") {
        entry.authenticatedUser = user;
        m_log.append(entry);
        return issue(user, entry.query.queryItemValue(u"service"_s, QUrl::FullyDecoded),
                     entry.query.allQueryItemValues(u"scope"_s, QUrl::FullyDecoded), {});
    }
    if (request.method != "POST") {
        m_log.append(entry);
        return FakeHttpServer::Response::text(405, "method not allowed\n");
    }
    switch (m_postMode) {
    case PostMode::Supported: break;
    case PostMode::NotFound:
        m_log.append(entry);
        return FakeHttpServer::Response::text(404, "404 page not found\n");
    case PostMode::MethodNotAllowed:
        m_log.append(entry);
        return FakeHttpServer::Response::text(405, "method not allowed\n");
    case PostMode::Unauthorized:
        m_log.append(entry);
        return unauthorized("POST not allowed");
    }

    QUrlQuery form(QString::fromUtf8(QByteArray(request.body).replace('+', ' ')));
    auto field = [&form](const QString &name) { return form.queryItemValue(name, QUrl::FullyDecoded); };
    const QString grantType = field(u"grant_type"_s);
    QString refresh;
    if (grantType == u"password") {
        user = field(u"username"_s);
        if (!m_users.contains(user) || m_users.value(user) != field(u"password"_s)) {
            m_log.append(entry);
            return unauthorized("invalid username or password");
        }
        if (field(u"access_type"_s) == u"offline") {
            refresh = QUuid::createUuid().toString(QUuid::WithoutBraces);
            m_refreshTokens.insert(refresh, user);
        }
    } else if (grantType == u"refresh_token") {
        const QString token = field(u"refresh_token"_s);
        if (!m_refreshTokens.contains(token)) {
            m_log.append(entry);
            return unauthorized("invalid refresh token");
        }
        user = m_refreshTokens.value(token);
        refresh = token;
    } else {
        m_log.append(entry);
        return FakeHttpServer::Response::json(400, R"({"error":"unsupported_grant_type"})");
    }
    entry.authenticatedUser = user;
    m_log.append(entry);
    return issue(user, field(u"service"_s), field(u"scope"_s).split(u' ', Qt::SkipEmptyParts), refresh);
}

FakeHttpServer::Response TokenIssuer::issue(const QString &user, const QString &service, const QStringList &scopes,
                                            const QString &refreshToken)
{
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const QByteArray token = signToken(user, service.isEmpty() ? this->service() : service,
                                       accessFor(user, scopes), now - 5, now + m_expiresIn);
    if (token.isEmpty())
        return FakeHttpServer::Response::json(500, R"({"error":"signing failed"})");
    ++m_issued;
    QJsonObject body;
    if (m_tokenField != TokenField::AccessToken)
        body.insert(u"token"_s, QString::fromLatin1(token));
    if (m_tokenField != TokenField::Token)
        body.insert(u"access_token"_s, QString::fromLatin1(token));
    if (m_includeExpiresIn)
        body.insert(u"expires_in"_s, m_expiresIn);
    if (m_includeIssuedAt)
        body.insert(u"issued_at"_s, QDateTime::fromSecsSinceEpoch(now, Qt::UTC).toString(Qt::ISODate));
    if (!refreshToken.isEmpty())
        body.insert(u"refresh_token"_s, refreshToken);
    return FakeHttpServer::Response::json(200, QJsonDocument(body).toJson(QJsonDocument::Compact));
}

} // namespace berth::test
