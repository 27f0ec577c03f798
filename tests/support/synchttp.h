#pragma once
// Waiting HTTP calls for tests (QNetworkAccessManager + QTest::qWaitFor): status, headers, body.

#include <QList>
#include <QNetworkReply>
#include <QPair>
#include <QUrl>

namespace berth::test {

struct HttpResult {
    int status = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body; // what arrived, also when the transfer failed midway
    QList<QNetworkReply::RawHeaderPair> headers;
    QByteArray header(const QByteArray &name) const; // case-insensitive, first
};

class SyncHttp final
{
public:
    using Headers = QList<QPair<QByteArray, QByteArray>>;

    QString caFile;         // trusted in addition to the system's
    int timeoutMs = 10000;  // transfer timeout (no bytes for this long)

    HttpResult send(const QByteArray &verb, const QUrl &url, const Headers &headers = {}, const QByteArray &body = {});
    HttpResult get(const QUrl &url, const Headers &headers = {}) { return send("GET", url, headers); }

private:
    QNetworkAccessManager m_nam;
};

} // namespace berth::test
