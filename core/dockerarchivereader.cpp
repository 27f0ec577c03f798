#include "digest.h"
#include "dockerarchive.h"
#include "ocilayout.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>

namespace berth {

Error DockerArchiveReader::invalid(const QString &why) const
{
    return Error::make(ErrorKind::InvalidInput, tr("%1 is not a valid docker-archive: %2")
                                                    .arg(QDir::toNativeSeparators(m_tar.path()), why));
}

bool DockerArchiveReader::open(const QString &path, Error *error)
{
    m_images.clear();
    m_hasOciIndex = false;
    if (!m_tar.open(path, error))
        return false;
    if (!readManifestJson(error) || !readOciIndex(error)) {
        m_images.clear();
        return false;
    }
    return true;
}

bool DockerArchiveReader::readManifestJson(Error *error)
{
    const TarEntry *entry = m_tar.find(QStringLiteral("manifest.json"));
    if (!entry || entry->type != TarEntry::Type::File) {
        if (error)
            *error = invalid(tr("it has no manifest.json."));
        return false;
    }
    const auto bytes = m_tar.readEntry(*entry, MaxJsonSize, error);
    if (!bytes)
        return false;
    const QJsonDocument doc = QJsonDocument::fromJson(*bytes);
    if (!doc.isArray() || doc.array().isEmpty()) {
        if (error)
            *error = invalid(tr("its manifest.json is not a list of images."));
        return false;
    }
    // Every name must resolve to a regular file inside the archive: TarReader refuses ".." and
    // absolute names, find() follows links only inside the archive.
    auto regularFile = [&](const QJsonValue &name) -> const TarEntry * {
        const TarEntry *e = name.isString() ? m_tar.find(name.toString()) : nullptr;
        if (!e || e->type != TarEntry::Type::File) {
            if (error)
                *error = invalid(tr("manifest.json names \"%1\", which is not a file in the archive.").arg(name.toString()));
            return nullptr;
        }
        return e;
    };
    for (const QJsonValue &value : doc.array()) {
        const QJsonObject object = value.toObject();
        DockerArchiveImage image;
        const TarEntry *config = regularFile(object.value(QStringLiteral("Config")));
        if (!config)
            return false;
        image.configEntry = config->name;
        const auto configBytes = m_tar.readEntry(*config, MaxJsonSize, error);
        if (!configBytes)
            return false;
        image.configDigest = Sha256::digestOf(*configBytes);
        for (const QJsonValue &tag : object.value(QStringLiteral("RepoTags")).toArray())
            image.repoTags << tag.toString();
        if (!object.value(QStringLiteral("Layers")).isArray()) {
            if (error)
                *error = invalid(tr("an image in manifest.json has no list of layers."));
            return false;
        }
        for (const QJsonValue &layerName : object.value(QStringLiteral("Layers")).toArray()) {
            const TarEntry *layer = regularFile(layerName);
            if (!layer)
                return false;
            image.layers.append(DockerArchiveLayer{layer->name, layer->size, {}, {}});
        }
        m_images.append(image);
    }
    return true;
}

bool DockerArchiveReader::readOciIndex(Error *error)
{
    const TarEntry *entry = m_tar.find(QStringLiteral("index.json"));
    if (!entry)
        return true; // a legacy archive
    const auto bytes = m_tar.readEntry(*entry, MaxJsonSize, error);
    if (!bytes)
        return false;
    const QJsonObject index = QJsonDocument::fromJson(*bytes).object();
    if (!index.value(QStringLiteral("manifests")).isArray()) {
        if (error)
            *error = invalid(tr("its index.json is not an image index."));
        return false;
    }
    m_hasOciIndex = true;
    for (const QJsonValue &value : index.value(QStringLiteral("manifests")).toArray()) {
        Error descriptorError;
        const auto descriptor = Descriptor::fromJson(value.toObject(), &descriptorError);
        if (!descriptor) {
            if (error)
                *error = invalid(descriptorError.message);
            return false;
        }
        matchManifest(*descriptor, 0);
    }
    return true;
}

// Finds the manifest.json image whose config and layers this manifest describes; indexes (as
// docker save writes for multi-platform images) are followed one level down.
void DockerArchiveReader::matchManifest(const Descriptor &descriptor, int depth)
{
    const TarEntry *entry = m_tar.find(QStringLiteral("blobs/sha256/") + digestHex(descriptor.digest));
    if (!entry || entry->type != TarEntry::Type::File || entry->size != descriptor.size)
        return; // a platform docker save did not export
    const auto bytes = m_tar.readEntry(*entry, ManifestParser::MaxManifestSize, nullptr);
    if (!bytes || Sha256::digestOf(*bytes) != descriptor.digest)
        return;
    const auto manifest = ManifestParser::parse(*bytes, descriptor.mediaType);
    if (!manifest)
        return;
    if (manifest->isIndex()) {
        if (depth == 0) {
            for (const Descriptor &child : manifest->manifests)
                matchManifest(child, depth + 1);
        }
        return;
    }
    for (DockerArchiveImage &image : m_images) {
        if (image.manifest || image.configDigest != manifest->config.digest
            || image.layers.size() != manifest->layers.size())
            continue;
        bool same = true;
        for (qsizetype i = 0; i < image.layers.size() && same; ++i) {
            const Descriptor &layer = manifest->layers.at(i);
            const TarEntry *blob = m_tar.find(QStringLiteral("blobs/sha256/") + digestHex(layer.digest));
            same = blob && blob->name == image.layers.at(i).entry && blob->size == layer.size;
        }
        if (!same)
            continue;
        for (qsizetype i = 0; i < image.layers.size(); ++i) {
            image.layers[i].digest = manifest->layers.at(i).digest;
            image.layers[i].mediaType = manifest->layers.at(i).mediaType;
        }
        image.manifest = descriptor;
        return;
    }
}

int DockerArchiveReader::findImage(const QString &repoTag, Error *error) const
{
    if (repoTag.isEmpty() && m_images.size() == 1)
        return 0;
    for (qsizetype i = 0; i < m_images.size() && !repoTag.isEmpty(); ++i) {
        if (m_images.at(i).repoTags.contains(repoTag))
            return int(i);
    }
    if (error) {
        *error = repoTag.isEmpty()
            ? Error::make(ErrorKind::InvalidInput, tr("%1 holds %2 images; name one.")
                                                       .arg(QDir::toNativeSeparators(m_tar.path())).arg(m_images.size()))
            : Error::make(ErrorKind::NotFound, tr("%1 has no image tagged %2.")
                                                   .arg(QDir::toNativeSeparators(m_tar.path()), repoTag));
    }
    return -1;
}

std::optional<QByteArray> DockerArchiveReader::config(int image, Error *error) const
{
    const TarEntry *entry = m_tar.find(m_images.at(image).configEntry);
    auto bytes = entry ? m_tar.readEntry(*entry, MaxJsonSize, error) : std::nullopt;
    if (bytes && Sha256::digestOf(*bytes) != m_images.at(image).configDigest) {
        if (error)
            *error = invalid(tr("the config changed while it was read."));
        return std::nullopt;
    }
    return bytes;
}

std::optional<QByteArray> DockerArchiveReader::manifestBytes(int image, Error *error) const
{
    const auto &descriptor = m_images.at(image).manifest;
    const TarEntry *entry = descriptor ? m_tar.find(QStringLiteral("blobs/sha256/") + digestHex(descriptor->digest)) : nullptr;
    if (!entry) {
        if (error)
            *error = Error::make(ErrorKind::NotFound, tr("%1 has no OCI manifest for this image.")
                                                          .arg(QDir::toNativeSeparators(m_tar.path())));
        return std::nullopt;
    }
    auto bytes = m_tar.readEntry(*entry, ManifestParser::MaxManifestSize, error);
    if (bytes && Sha256::digestOf(*bytes) != descriptor->digest) {
        if (error)
            *error = Error::make(ErrorKind::Integrity, tr("The manifest %1 in %2 does not match its digest.")
                                                           .arg(descriptor->digest, QDir::toNativeSeparators(m_tar.path())));
        return std::nullopt;
    }
    return bytes;
}

std::unique_ptr<QIODevice> DockerArchiveReader::openLayer(int image, int layer, Error *error) const
{
    const TarEntry *entry = m_tar.find(m_images.at(image).layers.at(layer).entry);
    if (!entry) {
        if (error)
            *error = invalid(tr("a layer is missing."));
        return nullptr;
    }
    return m_tar.openEntry(*entry, error);
}

std::optional<QString> DockerArchiveReader::layerDigest(int image, int layer, Error *error)
{
    DockerArchiveLayer &info = m_images[image].layers[layer];
    if (!info.digest.isEmpty())
        return info.digest;
    auto device = openLayer(image, layer, error);
    if (!device)
        return std::nullopt;
    Sha256 hash;
    QByteArray buffer(1 << 20, Qt::Uninitialized);
    qint64 total = 0;
    for (qint64 n; (n = device->read(buffer.data(), buffer.size())) > 0; total += n)
        hash.addData(buffer.constData(), n);
    if (total != info.size) {
        if (error)
            *error = invalid(tr("%1 cannot be read whole.").arg(info.entry));
        return std::nullopt;
    }
    info.digest = hash.digest();
    return info.digest;
}

std::optional<DockerArchiveReader::Compression> DockerArchiveReader::layerCompression(int image, int layer,
                                                                                     Error *error) const
{
    auto device = openLayer(image, layer, error);
    if (!device)
        return std::nullopt;
    const QByteArray head = device->read(4);
    if (head.startsWith("\x1f\x8b"))
        return Compression::Gzip;
    if (head == QByteArrayLiteral("\x28\xb5\x2f\xfd"))
        return Compression::Zstd;
    return Compression::None;
}

} // namespace berth
