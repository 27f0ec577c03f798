#include "synchttp.h"

#include <QBuffer>
#include <QNetworkAccessManager>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QTest>

namespace berth::test {

QByteArray HttpResult::header(const QByteArray &name) const
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

HttpResult SyncHttp::send(const QByteArray &verb, const QUrl &url, const Headers &headers, const QByteArray &body)
{
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setTransferTimeout(timeoutMs);
    if (!caFile.isEmpty()) {
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        ssl.addCaCertificates(QSslCertificate::fromPath(caFile));
        request.setSslConfiguration(ssl);
    }
    for (const auto &h : headers)
        request.setRawHeader(h.first, h.second);
    auto *buffer = new QBuffer;
    buffer->setData(body);
    // A custom "HEAD" would make QNAM wait for a body that never comes.
    QNetworkReply *reply = verb == "HEAD" ? m_nam.head(request) : m_nam.sendCustomRequest(request, verb, buffer);
    buffer->setParent(reply);
    HttpResult r;
    // Collect as it arrives: a failed reply may no longer hand out what it had received.
    QObject::connect(reply, &QNetworkReply::readyRead, reply, [&r, reply] { r.body += reply->readAll(); });
    if (!QTest::qWaitFor([reply] { return reply->isFinished(); }, timeoutMs + 5000))
        reply->abort();
    if (reply->isOpen())
        r.body += reply->readAll();
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.error = reply->error();
    r.headers = reply->rawHeaderPairs();
    delete reply;
    return r;
}

} // namespace berth::test
