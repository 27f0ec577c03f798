#include "blobfile.h"
#include "digest.h"
#include "dockerarchive.h"
#include "ocilayout.h"
#include "tarwriter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <cerrno>

namespace berth {

namespace {

QString blobEntry(const QString &digest)
{
    return QStringLiteral("blobs/sha256/") + digestHex(digest);
}

// The tag of "host/repo:tag" or "host/repo:tag@sha256:..."; empty when there is none.
QString tagOf(const QString &reference)
{
    const QString name = reference.section(QLatin1Char('@'), 0, 0);
    const qsizetype colon = name.lastIndexOf(QLatin1Char(':'));
    return colon > name.lastIndexOf(QLatin1Char('/')) ? name.mid(colon + 1) : QString();
}

} // namespace

bool DockerArchiveWriter::write(const QString &path, const DockerArchiveSource &source, Error *error)
{
    auto fail = [&](const Error &e) {
        if (error)
            *error = e;
        return false;
    };
    const Manifest &manifest = source.manifest;
    if (manifest.kind != Manifest::Kind::Image || !isValidDigest(manifest.config.digest)
        || manifest.layers.size() != source.layerFiles.size())
        return fail(Error::make(ErrorKind::InvalidInput, tr("A docker-archive needs one image manifest and one file per layer.")));
    const QString manifestDigest = Sha256::digestOf(manifest.bytes);
    const QString configDigest = Sha256::digestOf(source.config);
    if (configDigest != manifest.config.digest)
        return fail(Error::make(ErrorKind::Integrity, tr("The image config does not match the manifest's config digest %1.")
                                                          .arg(manifest.config.digest)));
    for (qsizetype i = 0; i < manifest.layers.size(); ++i) {
        const Descriptor &layer = manifest.layers.at(i);
        const QFileInfo info(source.layerFiles.at(i));
        if (!isValidDigest(layer.digest))
            return fail(Error::make(ErrorKind::InvalidInput, tr("\"%1\" is not a valid sha256 digest.").arg(layer.digest)));
        if (!info.isFile() || (layer.size >= 0 && info.size() != layer.size))
            return fail(Error::make(ErrorKind::Integrity, tr("The layer file %1 is missing or does not have the size of %2.")
                                                              .arg(QDir::toNativeSeparators(info.filePath()), layer.digest)));
    }

    QFile file(makePartialPath(path));
    errno = 0;
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly))
        return fail(fileError(file.fileName(), errno ? errno : EIO));
    auto failAndRemove = [&](const Error &e) {
        file.close();
        QFile::remove(file.fileName());
        return fail(e);
    };

    Error e;
    TarWriter tar(&file);
    tar.setName(path);
    QSet<QString> written;
    if (!tar.addDirectory(QStringLiteral("blobs"), &e) || !tar.addDirectory(QStringLiteral("blobs/sha256"), &e))
        return failAndRemove(e);
    auto addBlob = [&](const QString &digest, const QByteArray &data) {
        if (written.contains(digest))
            return true;
        written.insert(digest);
        return tar.addFile(blobEntry(digest), data, &e);
    };
    if (!addBlob(configDigest, source.config))
        return failAndRemove(e);
    QJsonArray layerEntries;
    for (qsizetype i = 0; i < manifest.layers.size(); ++i) {
        const QString digest = manifest.layers.at(i).digest;
        layerEntries.append(blobEntry(digest));
        if (written.contains(digest))
            continue;
        written.insert(digest);
        QFile layer(source.layerFiles.at(i));
        if (!layer.open(QIODevice::ReadOnly))
            return failAndRemove(Error::make(ErrorKind::Io, tr("Cannot read %1: %2")
                                                                .arg(QDir::toNativeSeparators(layer.fileName()), layer.errorString())));
        if (!tar.addFile(blobEntry(digest), &layer, layer.size(), &e))
            return failAndRemove(e);
    }
    if (!addBlob(manifestDigest, manifest.bytes))
        return failAndRemove(e);

    const QString tag = tagOf(source.reference);
    QJsonObject annotations;
    if (!source.reference.isEmpty())
        annotations.insert(QLatin1String(ImageNameAnnotation), source.reference);
    if (!tag.isEmpty())
        annotations.insert(QLatin1String(OciLayout::RefNameAnnotation), tag);
    QJsonObject descriptor{{QStringLiteral("mediaType"), manifest.mediaType},
                           {QStringLiteral("digest"), manifestDigest},
                           {QStringLiteral("size"), qint64(manifest.bytes.size())}};
    if (!annotations.isEmpty())
        descriptor.insert(QStringLiteral("annotations"), annotations);
    const QJsonObject index{{QStringLiteral("schemaVersion"), 2},
                            {QStringLiteral("mediaType"), QLatin1String(MediaType::OciIndex)},
                            {QStringLiteral("manifests"), QJsonArray{descriptor}}};
    QJsonArray repoTags;
    if (!tag.isEmpty())
        repoTags.append(source.reference.section(QLatin1Char('@'), 0, 0));
    const QJsonArray manifestJson{QJsonObject{{QStringLiteral("Config"), blobEntry(configDigest)},
                                              {QStringLiteral("RepoTags"), repoTags},
                                              {QStringLiteral("Layers"), layerEntries}}};
    if (!tar.addFile(QStringLiteral("index.json"), QJsonDocument(index).toJson(QJsonDocument::Compact), &e)
        || !tar.addFile(QStringLiteral("manifest.json"), QJsonDocument(manifestJson).toJson(QJsonDocument::Compact), &e)
        || !tar.addFile(QStringLiteral("oci-layout"), QByteArrayLiteral("{\"imageLayoutVersion\":\"1.0.0\"}"), &e)
        || !tar.finish(&e) || !commitFileTo(file, path, &e))
        return failAndRemove(e);
    return true;
}

} // namespace berth
