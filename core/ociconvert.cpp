#include "ociconvert.h"

#include "digest.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace berth {

namespace {
QByteArray str(const QString &s)
{
    const QByteArray array = QJsonDocument(QJsonArray{s}).toJson(QJsonDocument::Compact);
    return array.mid(1, array.size() - 2);
}

QString ociType(const QString &docker)
{
    if (docker == QLatin1String(MediaType::DockerConfig))
        return QString::fromLatin1(MediaType::OciConfig);
    if (docker == QLatin1String(MediaType::DockerLayerGzip))
        return QString::fromLatin1(MediaType::OciLayerGzip);
    if (docker == u"application/vnd.docker.image.rootfs.diff.tar")
        return QString::fromLatin1(MediaType::OciLayerTar);
    if (docker == QLatin1String(MediaType::DockerForeignLayerGzip))
        return u"application/vnd.oci.image.layer.nondistributable.v1.tar+gzip"_s;
    if (docker == QLatin1String(MediaType::DockerManifest))
        return QString::fromLatin1(MediaType::OciManifest);
    if (docker == QLatin1String(MediaType::DockerManifestList))
        return QString::fromLatin1(MediaType::OciIndex);
    return docker;
}

// Field order of Go's image-spec Descriptor: mediaType, digest, size, urls, annotations, platform.
QByteArray descriptor(const QString &mediaType, const QString &digest, qint64 size, const Descriptor &original)
{
    QByteArray out = "{\"mediaType\":" + str(mediaType) + ",\"digest\":" + str(digest) + ",\"size\":" + QByteArray::number(size);
    if (!original.urls.isEmpty()) {
        QByteArrayList urls;
        for (const QString &u : original.urls)
            urls << str(u);
        out += ",\"urls\":[" + urls.join(',') + ']';
    }
    if (!original.annotations.isEmpty()) {
        QByteArrayList entries; // Go sorts map keys, as QMap does
        for (auto it = original.annotations.cbegin(); it != original.annotations.cend(); ++it)
            entries << str(it.key()) + ':' + str(it.value());
        out += ",\"annotations\":{" + entries.join(',') + '}';
    }
    if (original.platform) {
        const Platform &p = *original.platform;
        out += ",\"platform\":{\"architecture\":" + str(p.architecture) + ",\"os\":" + str(p.os);
        if (!p.osVersion.isEmpty())
            out += ",\"os.version\":" + str(p.osVersion);
        if (!p.osFeatures.isEmpty()) {
            QByteArrayList features;
            for (const QString &f : p.osFeatures)
                features << str(f);
            out += ",\"os.features\":[" + features.join(',') + ']';
        }
        if (!p.variant.isEmpty())
            out += ",\"variant\":" + str(p.variant);
        out += '}';
    }
    return out + '}';
}

QByteArray annotationsField(const QMap<QString, QString> &annotations)
{
    if (annotations.isEmpty())
        return {};
    QByteArrayList entries;
    for (auto it = annotations.cbegin(); it != annotations.cend(); ++it)
        entries << str(it.key()) + ':' + str(it.value());
    return ",\"annotations\":{" + entries.join(',') + '}';
}
} // namespace

bool isDockerMediaType(QStringView mediaType)
{
    return mediaType == QLatin1String(MediaType::DockerManifest) || mediaType == QLatin1String(MediaType::DockerManifestList);
}

ConvertedManifest toOciManifest(const Manifest &image)
{
    if (!isDockerMediaType(image.mediaType))
        return {image.bytes, image.mediaType, image.digest};
    QByteArray out = "{\"schemaVersion\":2,\"mediaType\":" + str(QString::fromLatin1(MediaType::OciManifest))
        + ",\"config\":" + descriptor(ociType(image.config.mediaType), image.config.digest, image.config.size, image.config)
        + ",\"layers\":[";
    QByteArrayList layers;
    for (const Descriptor &l : image.layers)
        layers << descriptor(ociType(l.mediaType), l.digest, l.size, l);
    out += layers.join(',') + ']' + annotationsField(image.annotations) + '}';
    return {out, QString::fromLatin1(MediaType::OciManifest), Sha256::digestOf(out)};
}

ConvertedManifest toOciIndex(const Manifest &list, const QHash<QString, ConvertedManifest> &children)
{
    if (!isDockerMediaType(list.mediaType) && children.isEmpty())
        return {list.bytes, list.mediaType, list.digest};
    QByteArray out = "{\"schemaVersion\":2,\"mediaType\":" + str(QString::fromLatin1(MediaType::OciIndex)) + ",\"manifests\":[";
    QByteArrayList entries;
    for (const Descriptor &d : list.manifests) {
        const auto it = children.constFind(d.digest);
        if (it == children.cend())
            entries << descriptor(ociType(d.mediaType), d.digest, d.size, d);
        else
            entries << descriptor(it->mediaType, it->digest, it->bytes.size(), d);
    }
    out += entries.join(',') + ']' + annotationsField(list.annotations) + '}';
    return {out, QString::fromLatin1(MediaType::OciIndex), Sha256::digestOf(out)};
}

} // namespace berth
