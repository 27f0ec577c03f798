#pragma once
// Request settings every request of the core uses, and bounded reading of replies.

#include <QByteArray>
#include <QNetworkRequest>

class QNetworkAccessManager;
class QNetworkReply;
class QObject;
class QSslCertificate;

namespace berth::net {

// No cookies (Harbor's CSRF trap), manual redirects (Qt's default forwards every header), HTTP/1.1,
// upload data not buffered whole, a transfer timeout (no bytes moving for timeoutMs).
void prepare(QNetworkRequest &request, int timeoutMs);

// A network manager as Berth uses one: no cookie jar, Berth's proxy factory (environment, system
// and per-registry proxies) installed.
QNetworkAccessManager *newAccessManager(QObject *parent);

// Aborts the reply once more than maxBytes of body have arrived; `exceeded()` tells afterwards.
void capBody(QNetworkReply *reply, qint64 maxBytes);
bool capExceeded(const QNetworkReply *reply);

QByteArray basicAuthorization(const QString &username, const QString &secret);

// SHA-256 of the certificate's DER, lower-case hex without separators (how pins are kept).
QString sha256Fingerprint(const QSslCertificate &certificate);

// True when a redirect from `from` to `to` stays on the same scheme, host and port.
bool sameOrigin(const QUrl &from, const QUrl &to);

} // namespace berth::net
