#include "imagesource.h"

#include "blobfile.h"
#include "digest.h"
#include "dockerarchive.h"
#include "ocilayout.h"

#include <QBuffer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <cerrno>

using namespace Qt::StringLiterals;

namespace berth {

ImageSource::ImageSource() = default;
ImageSource::~ImageSource() = default;

void ImageSource::addBlob(const Descriptor &descriptor, BlobUploadJob::Opener open)
{
    for (const SourceBlob &b : std::as_const(m_blobs)) {
        if (b.descriptor.digest == descriptor.digest)
            return;
    }
    m_blobs.append({descriptor, std::move(open)});
}

bool ImageSource::open(const QString &path, Error *error)
{
    const auto spec = OciLayout::parsePathSpec(path);
    const QFileInfo info(spec.dir);
    if (info.isDir())
        return openLayout(spec.dir, spec.tag, error);
    if (QFileInfo(path).isFile())
        return openArchive(path, error);
    *error = Error::make(ErrorKind::NotFound, tr("%1 is neither an OCI image layout folder nor a docker-archive file.")
                                                  .arg(path));
    return false;
}

bool ImageSource::openLayout(const QString &dir, const QString &tag, Error *error)
{
    OciLayout layout(dir);
    if (!layout.open(error))
        return false;
    const auto root = layout.resolve(tag, error);
    if (!root)
        return false;
    auto fileOpener = [dir](const QString &digest) -> BlobUploadJob::Opener {
        return [dir, digest](Error *e) -> std::unique_ptr<QIODevice> {
            auto file = std::make_unique<QFile>(OciLayout(dir).blobPath(digest));
            if (!file->open(QIODevice::ReadOnly)) {
                *e = fileError(file->fileName(), ENOENT);
                return {};
            }
            return file;
        };
    };
    auto readManifest = [&](const Descriptor &d) -> std::optional<Manifest> {
        const auto bytes = layout.readBlob(d.digest, error);
        if (!bytes)
            return std::nullopt;
        auto parsed = ManifestParser::parse(*bytes, d.mediaType, error);
        if (parsed) {
            parsed->bytes = *bytes;
            parsed->digest = d.digest;
        }
        return parsed;
    };
    const auto manifest = readManifest(*root);
    if (!manifest)
        return false;
    QList<Manifest> images;
    if (manifest->isIndex()) {
        for (const Descriptor &child : manifest->manifests) {
            if (!layout.hasBlob(child.digest)) {
                *error = Error::make(ErrorKind::InvalidInput, tr("The layout %1 lacks the manifest %2 of its index.")
                                                                  .arg(dir, child.digest));
                return false;
            }
            const auto m = readManifest(child);
            if (!m)
                return false;
            images << *m;
            m_manifests.append({m->bytes, m->mediaType.isEmpty() ? child.mediaType : m->mediaType, child.digest});
        }
    } else {
        images << *manifest;
    }
    for (const Manifest &image : std::as_const(images)) {
        QList<Descriptor> all{image.config};
        all += image.layers;
        for (const Descriptor &d : std::as_const(all)) {
            if (!layout.hasBlob(d.digest, d.size)) {
                *error = Error::make(ErrorKind::InvalidInput, tr("The layout %1 lacks the blob %2.").arg(dir, d.digest));
                return false;
            }
            addBlob(d, fileOpener(d.digest));
        }
    }
    m_manifests.append({manifest->bytes, manifest->mediaType.isEmpty() ? root->mediaType : manifest->mediaType,
                        root->digest});
    m_description = tag.isEmpty() ? dir : dir + u':' + tag;
    return true;
}

bool ImageSource::openArchive(const QString &file, Error *error)
{
    m_archive = std::make_unique<DockerArchiveReader>();
    if (!m_archive->open(file, error))
        return false;
    const int image = m_archive->findImage({}, error);
    if (image < 0)
        return false;
    DockerArchiveReader *archive = m_archive.get();
    const auto config = archive->config(image, error);
    if (!config)
        return false;
    const DockerArchiveImage &info = archive->images().at(image);

    std::optional<Manifest> manifest;
    if (info.manifest) {
        const auto bytes = archive->manifestBytes(image, error);
        if (!bytes)
            return false;
        manifest = ManifestParser::parse(*bytes, info.manifest->mediaType, error);
        if (!manifest)
            return false;
        manifest->bytes = *bytes;
        manifest->digest = Sha256::digestOf(*bytes);
    } else {
        // A legacy archive: build a Docker v2 manifest for its config and layers.
        QJsonArray layers;
        for (int i = 0; i < info.layers.size(); ++i) {
            const auto digest = archive->layerDigest(image, i, error);
            const auto compression = archive->layerCompression(image, i, error);
            if (!digest || !compression)
                return false;
            const char *type = *compression == DockerArchiveReader::Compression::Gzip
                ? MediaType::DockerLayerGzip
                : *compression == DockerArchiveReader::Compression::Zstd ? MediaType::OciLayerZstd
                                                                          : "application/vnd.docker.image.rootfs.diff.tar";
            layers.append(QJsonObject{{u"mediaType"_s, QString::fromLatin1(type)},
                                      {u"size"_s, info.layers.at(i).size},
                                      {u"digest"_s, *digest}});
        }
        const QJsonObject object{{u"schemaVersion"_s, 2},
                                 {u"mediaType"_s, QString::fromLatin1(MediaType::DockerManifest)},
                                 {u"config"_s, QJsonObject{{u"mediaType"_s, QString::fromLatin1(MediaType::DockerConfig)},
                                                           {u"size"_s, qint64(config->size())},
                                                           {u"digest"_s, Sha256::digestOf(*config)}}},
                                 {u"layers"_s, layers}};
        const QByteArray bytes = QJsonDocument(object).toJson(QJsonDocument::Indented);
        manifest = ManifestParser::parse(bytes, QString::fromLatin1(MediaType::DockerManifest), error);
        if (!manifest)
            return false;
        manifest->bytes = bytes;
        manifest->digest = Sha256::digestOf(bytes);
    }
    const QByteArray configBytes = *config;
    addBlob(manifest->config, [configBytes](Error *) -> std::unique_ptr<QIODevice> {
        auto buffer = std::make_unique<QBuffer>();
        buffer->setData(configBytes);
        buffer->open(QIODevice::ReadOnly);
        return buffer;
    });
    for (int i = 0; i < manifest->layers.size(); ++i) {
        addBlob(manifest->layers.at(i), [archive, image, i](Error *e) { return archive->openLayer(image, i, e); });
    }
    m_manifests.append({manifest->bytes, manifest->mediaType, manifest->digest});
    m_description = file;
    return true;
}

} // namespace berth
