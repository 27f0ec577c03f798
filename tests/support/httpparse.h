#pragma once
// Incremental HTTP/1.1 request reader shared by the fake server and the fault proxy.

#include <QByteArray>
#include <QList>
#include <QPair>

namespace berth::test {

using HttpHeaders = QList<QPair<QByteArray, QByteArray>>;

QByteArray headerValue(const HttpHeaders &headers, const QByteArray &name);
QList<QByteArray> headerValues(const HttpHeaders &headers, const QByteArray &name);
QByteArray reasonPhrase(int status);

struct HttpRequestHead {
    QByteArray method, target, version;
    HttpHeaders headers;
};

// Parses "Name: value" lines after the first line of a head; false when malformed.
bool parseHeaderLines(const QList<QByteArray> &lines, HttpHeaders &headers);

// Feed bytes as they arrive; take() hands out each complete request (Content-Length or chunked
// body, the chunked framing removed). Several pipelined requests may come from one feed().
class HttpRequestReader final
{
public:
    struct Request {
        HttpRequestHead head;
        QByteArray body;
    };

    void feed(const QByteArray &data) { m_buffer += data; }
    bool take(Request &out); // false: need more bytes (or failed())
    bool failed() const { return m_failed; }
    // True once a head has been read and its body is still incomplete.
    bool inBody() const { return m_haveHead; }
    // True once per request that sent "Expect: 100-continue" and waits for the interim answer.
    bool takeContinue();

private:
    bool readHead();
    bool readChunked();

    QByteArray m_buffer;
    bool m_failed = false;
    bool m_haveHead = false;
    bool m_chunked = false;
    bool m_continueSent = false;
    qint64 m_contentLength = 0;
    qint64 m_chunkRemaining = -1; // -1: expecting a size line
    bool m_inTrailer = false;
    Request m_current;
};

} // namespace berth::test
