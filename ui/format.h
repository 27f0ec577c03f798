#pragma once
// How sizes, dates and media types read in the window (locale-aware, translated).

#include <QCoreApplication>
#include <QString>

namespace berth {

class Format final
{
    Q_DECLARE_TR_FUNCTIONS(Format)
public:
    static QString size(qint64 bytes);
    // RFC 3339 from an image config; the text itself if it does not parse.
    static QString date(const QString &rfc3339);
    // "OCI index", "Docker image manifest", ... or the media type itself.
    static QString mediaType(const QString &mediaType);
    static QString pullCommand(const QString &reference) { return QStringLiteral("docker pull ") + reference; }
    // JSON indented by two spaces, keeping the document's own key order and text; bytes that
    // are already laid out over several lines are returned as they are.
    static QString prettyJson(const QByteArray &bytes);
    // The first characters of a digest, for narrow places.
    static QString shortDigest(const QString &digest);
};

} // namespace berth
