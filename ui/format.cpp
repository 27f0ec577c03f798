#include "format.h"

#include "core/manifest.h"

#include <QDateTime>
#include <QLocale>

namespace berth {

QString Format::size(qint64 bytes)
{
    if (bytes < 0)
        return tr("unknown");
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeIecFormat);
}

QString Format::date(const QString &rfc3339)
{
    if (rfc3339.isEmpty())
        return {};
    const QDateTime dt = QDateTime::fromString(rfc3339, Qt::ISODateWithMs);
    if (!dt.isValid())
        return rfc3339;
    return QLocale().toString(dt.toLocalTime(), QLocale::ShortFormat);
}

QString Format::mediaType(const QString &type)
{
    if (type == QLatin1String(MediaType::OciIndex))
        return tr("OCI index");
    if (type == QLatin1String(MediaType::OciManifest))
        return tr("OCI image manifest");
    if (type == QLatin1String(MediaType::DockerManifestList))
        return tr("Docker manifest list");
    if (type == QLatin1String(MediaType::DockerManifest))
        return tr("Docker image manifest");
    if (type == QLatin1String(MediaType::DockerSchema1) || type == QLatin1String(MediaType::DockerSchema1Signed))
        return tr("Docker schema 1 manifest (deprecated)");
    if (type == QLatin1String(MediaType::OciLayerGzip) || type == QLatin1String(MediaType::DockerLayerGzip))
        return tr("Layer (tar+gzip)");
    if (type == QLatin1String(MediaType::OciLayerZstd))
        return tr("Layer (tar+zstd)");
    if (type == QLatin1String(MediaType::OciLayerTar))
        return tr("Layer (tar)");
    return type;
}

QString Format::prettyJson(const QByteArray &bytes)
{
    const QString text = QString::fromUtf8(bytes);
    if (text.contains(u'\n'))
        return text;
    QString out;
    out.reserve(text.size() * 2);
    int depth = 0;
    bool inString = false;
    auto newline = [&] { out += u'\n' + QString(depth * 2, u' '); };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (inString) {
            out += c;
            if (c == u'\\' && i + 1 < text.size())
                out += text.at(++i);
            else if (c == u'"')
                inString = false;
            continue;
        }
        switch (c.unicode()) {
        case u'"': inString = true; out += c; break;
        case u'{':
        case u'[': {
            const QChar close = c == u'{' ? u'}' : u']';
            qsizetype j = i + 1;
            while (j < text.size() && text.at(j).isSpace())
                ++j;
            if (j < text.size() && text.at(j) == close) { // keep {} and [] on one line
                out += c;
                out += close;
                i = j;
                break;
            }
            out += c;
            ++depth;
            newline();
            break;
        }
        case u'}':
        case u']': --depth; newline(); out += c; break;
        case u',': out += c; newline(); break;
        case u':': out += QStringLiteral(": "); break;
        case u' ': case u'\t': case u'\r': break;
        default: out += c;
        }
    }
    return out;
}

QString Format::shortDigest(const QString &digest)
{
    return digest.size() > 19 ? digest.left(19) + QChar(0x2026) : digest;
}

} // namespace berth
