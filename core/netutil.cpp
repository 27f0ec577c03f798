#include "netutil.h"

#include "proxy.h"

#include <QCryptographicHash>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslCertificate>
#include <QUrl>

namespace berth::net {

static const char capProperty[] = "berthCapExceeded";

void prepare(QNetworkRequest &request, int timeoutMs)
{
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    request.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setTransferTimeout(timeoutMs);
    request.setHeader(QNetworkRequest::UserAgentHeader, QByteArrayLiteral("Berth/0.1"));
}

QNetworkAccessManager *newAccessManager(QObject *parent)
{
    auto *nam = new QNetworkAccessManager(parent);
    nam->setCookieJar(nullptr);
    ProxyFactory::install(nam);
    return nam;
}

void capBody(QNetworkReply *reply, qint64 maxBytes)
{
    QObject::connect(reply, &QNetworkReply::downloadProgress, reply, [reply, maxBytes](qint64 received, qint64) {
        if (received > maxBytes && !reply->property(capProperty).toBool()) {
            reply->setProperty(capProperty, true);
            reply->abort();
        }
    });
}

bool capExceeded(const QNetworkReply *reply)
{
    return reply->property(capProperty).toBool();
}

QByteArray basicAuthorization(const QString &username, const QString &secret)
{
    return QByteArrayLiteral("Basic ") + (username + u':' + secret).toUtf8().toBase64();
}

QString sha256Fingerprint(const QSslCertificate &certificate)
{
    return QString::fromLatin1(certificate.digest(QCryptographicHash::Sha256).toHex());
}

bool sameOrigin(const QUrl &from, const QUrl &to)
{
    const int defaultFrom = from.scheme() == u"https" ? 443 : 80;
    const int defaultTo = to.scheme() == u"https" ? 443 : 80;
    return from.scheme() == to.scheme() && from.host().compare(to.host(), Qt::CaseInsensitive) == 0
        && from.port(defaultFrom) == to.port(defaultTo);
}

} // namespace berth::net
