#include "httpparse.h"

namespace berth::test {

QByteArray headerValue(const HttpHeaders &headers, const QByteArray &name)
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

QList<QByteArray> headerValues(const HttpHeaders &headers, const QByteArray &name)
{
    QList<QByteArray> values;
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            values.append(h.second);
    }
    return values;
}

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200: return "OK";
    case 201: return "Created";
    case 202: return "Accepted";
    case 204: return "No Content";
    case 206: return "Partial Content";
    case 301: return "Moved Permanently";
    case 302: return "Found";
    case 307: return "Temporary Redirect";
    case 400: return "Bad Request";
    case 401: return "Unauthorized";
    case 403: return "Forbidden";
    case 404: return "Not Found";
    case 405: return "Method Not Allowed";
    case 416: return "Range Not Satisfiable";
    case 429: return "Too Many Requests";
    case 500: return "Internal Server Error";
    case 502: return "Bad Gateway";
    case 503: return "Service Unavailable";
    case 504: return "Gateway Timeout";
    default: return "Status";
    }
}

bool parseHeaderLines(const QList<QByteArray> &lines, HttpHeaders &headers)
{
    for (const QByteArray &line : lines) {
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            return false;
        headers.append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
    }
    return true;
}

bool HttpRequestReader::takeContinue()
{
    if (!m_haveHead || m_continueSent
        || headerValue(m_current.head.headers, "expect").compare("100-continue", Qt::CaseInsensitive) != 0)
        return false;
    m_continueSent = true;
    return true;
}

bool HttpRequestReader::readHead()
{
    if (m_buffer.startsWith('\x16')) {
        // A TLS handshake: a client trying HTTPS first. Fail now, so that the server answers 400
        // and closes as a plain-HTTP server such as the registry's does, instead of waiting for
        // the end of a head that never comes until the client's timeout.
        m_failed = true;
        return false;
    }
    const qsizetype end = m_buffer.indexOf("\r\n\r\n");
    if (end < 0) {
        if (m_buffer.size() > 64 * 1024)
            m_failed = true;
        return false;
    }
    QList<QByteArray> lines = m_buffer.left(end).split('\n');
    m_buffer.remove(0, end + 4);
    for (QByteArray &l : lines) {
        if (l.endsWith('\r'))
            l.chop(1);
    }
    const QList<QByteArray> first = lines.takeFirst().split(' ');
    m_current = Request();
    if (first.size() != 3 || !parseHeaderLines(lines, m_current.head.headers)) {
        m_failed = true;
        return false;
    }
    m_current.head.method = first[0];
    m_current.head.target = first[1];
    m_current.head.version = first[2];
    m_chunked = headerValue(m_current.head.headers, "transfer-encoding").toLower().contains("chunked");
    bool ok = true;
    const QByteArray cl = headerValue(m_current.head.headers, "content-length");
    m_contentLength = cl.isEmpty() ? 0 : cl.toLongLong(&ok);
    if (!ok || m_contentLength < 0) {
        m_failed = true;
        return false;
    }
    m_chunkRemaining = -1;
    m_inTrailer = false;
    m_continueSent = false;
    m_haveHead = true;
    return true;
}

bool HttpRequestReader::readChunked()
{
    for (;;) {
        if (m_inTrailer) {
            const qsizetype eol = m_buffer.indexOf("\r\n");
            if (eol < 0)
                return false;
            m_buffer.remove(0, eol + 2);
            if (eol == 0)
                return true; // blank line ends the trailer
            continue;
        }
        if (m_chunkRemaining < 0) {
            const qsizetype eol = m_buffer.indexOf("\r\n");
            if (eol < 0)
                return false;
            QByteArray sizeLine = m_buffer.left(eol);
            m_buffer.remove(0, eol + 2);
            if (const qsizetype semi = sizeLine.indexOf(';'); semi >= 0)
                sizeLine.truncate(semi);
            bool ok = false;
            m_chunkRemaining = sizeLine.trimmed().toLongLong(&ok, 16);
            if (!ok || m_chunkRemaining < 0) {
                m_failed = true;
                return false;
            }
            if (m_chunkRemaining == 0) {
                m_inTrailer = true;
                continue;
            }
        }
        // chunk data followed by CRLF
        if (m_buffer.size() < m_chunkRemaining + 2)
            return false;
        m_current.body += m_buffer.left(m_chunkRemaining);
        m_buffer.remove(0, m_chunkRemaining + 2);
        m_chunkRemaining = -1;
    }
}

bool HttpRequestReader::take(Request &out)
{
    if (m_failed)
        return false;
    if (!m_haveHead && !readHead())
        return false;
    if (m_chunked) {
        if (!readChunked())
            return false;
    } else {
        if (m_buffer.size() < m_contentLength)
            return false;
        m_current.body = m_buffer.left(m_contentLength);
        m_buffer.remove(0, m_contentLength);
    }
    m_haveHead = false;
    out = std::move(m_current);
    m_current = Request();
    return true;
}

} // namespace berth::test
