#include "ocilayout.h"

#include "digest.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSaveFile>

#include <cerrno>

namespace berth {

namespace {

const QString LayoutFile = QStringLiteral("oci-layout");
const QString IndexFile = QStringLiteral("index.json");

Error ioError(const QString &path, const QFileDevice &file)
{
    if (errno != 0)
        return fileError(path, errno);
    return Error::make(ErrorKind::Io, OciLayout::tr("Cannot write %1: %2")
                                          .arg(QDir::toNativeSeparators(path), file.errorString()));
}

bool saveFile(const QString &path, const QByteArray &data, Error *error)
{
    QSaveFile file(path);
    errno = 0;
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit()) {
        if (error)
            *error = ioError(path, file);
        return false;
    }
    return true;
}

QByteArray emptyIndex()
{
    QJsonObject index;
    index.insert(QStringLiteral("schemaVersion"), 2);
    index.insert(QStringLiteral("mediaType"), QLatin1String(MediaType::OciIndex));
    index.insert(QStringLiteral("manifests"), QJsonArray());
    return QJsonDocument(index).toJson(QJsonDocument::Compact);
}

} // namespace

bool OciLayout::isValidTag(QStringView tag)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$"));
    return re.match(tag).hasMatch();
}

OciLayout::PathSpec OciLayout::parsePathSpec(const QString &spec)
{
    const qsizetype colon = spec.lastIndexOf(QLatin1Char(':'));
    if (colon <= 0 || QFileInfo(spec).isDir())
        return {spec, {}};
    const QString tag = spec.mid(colon + 1);
    if (!isValidTag(tag))
        return {spec, {}};
    return {spec.left(colon), tag};
}

OciLayout::OciLayout(const QString &dir) : m_dir(QDir::cleanPath(dir)) {}

QString OciLayout::indexPath() const
{
    return m_dir + QLatin1Char('/') + IndexFile;
}

bool OciLayout::create(Error *error)
{
    errno = 0;
    const QString blobs = m_dir + QStringLiteral("/blobs/sha256");
    if (!QDir().mkpath(blobs)) {
        if (error)
            *error = fileError(m_dir, errno ? errno : EACCES);
        return false;
    }
    if (QFileInfo::exists(m_dir + QLatin1Char('/') + LayoutFile)) {
        if (!open(error))
            return false;
    } else if (!saveFile(m_dir + QLatin1Char('/') + LayoutFile, QByteArrayLiteral("{\"imageLayoutVersion\":\"1.0.0\"}"), error)) {
        return false;
    }
    return QFileInfo::exists(indexPath()) || saveFile(indexPath(), emptyIndex(), error);
}

bool OciLayout::open(Error *error) const
{
    QFile layout(m_dir + QLatin1Char('/') + LayoutFile);
    const QJsonObject object = layout.open(QIODevice::ReadOnly)
        ? QJsonDocument::fromJson(layout.read(64 * 1024)).object() : QJsonObject();
    const QString version = object.value(QStringLiteral("imageLayoutVersion")).toString();
    if (!version.startsWith(QLatin1String("1.")) || !QFileInfo::exists(indexPath())) {
        if (error)
            *error = Error::make(ErrorKind::InvalidInput, tr("%1 is not an OCI image layout (oci-layout or index.json is missing or invalid).")
                                                              .arg(QDir::toNativeSeparators(m_dir)));
        return false;
    }
    return true;
}

QString OciLayout::blobPath(const QString &digest, Error *error) const
{
    if (!isValidDigest(digest)) {
        if (error)
            *error = Error::make(ErrorKind::InvalidInput, tr("\"%1\" is not a valid sha256 digest.").arg(digest));
        return {};
    }
    return m_dir + QStringLiteral("/blobs/sha256/") + digestHex(digest);
}

bool OciLayout::hasBlob(const QString &digest, qint64 size) const
{
    const QString path = blobPath(digest);
    if (path.isEmpty())
        return false;
    const QFileInfo info(path);
    return info.isFile() && (size < 0 || info.size() == size);
}

std::unique_ptr<BlobFile> OciLayout::beginBlob(const QString &digest, Error *error) const
{
    const QString path = blobPath(digest, error);
    if (path.isEmpty())
        return nullptr;
    auto blob = std::make_unique<BlobFile>(path);
    if (!blob->open(error))
        return nullptr;
    return blob;
}

bool OciLayout::writeBlob(const QString &digest, const QByteArray &data, Error *error) const
{
    auto blob = beginBlob(digest, error);
    if (!blob)
        return false;
    if (!blob->write(data)) {
        if (error)
            *error = blob->error();
        return false;
    }
    return blob->commit(digest, data.size(), error);
}

std::optional<QByteArray> OciLayout::readBlob(const QString &digest, Error *error, qint64 maxSize) const
{
    const QString path = blobPath(digest, error);
    if (path.isEmpty())
        return std::nullopt;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = Error::make(ErrorKind::NotFound, tr("The blob %1 is missing from %2.")
                                                          .arg(digest, QDir::toNativeSeparators(m_dir)));
        return std::nullopt;
    }
    if (file.size() > maxSize) {
        if (error)
            *error = Error::make(ErrorKind::InvalidInput, tr("The blob %1 is too large (%2 bytes).").arg(digest).arg(file.size()));
        return std::nullopt;
    }
    QByteArray data = file.readAll();
    if (Sha256::digestOf(data) != digest) {
        if (error)
            *error = Error::make(ErrorKind::Integrity, tr("The blob %1 in %2 does not match its digest.")
                                                           .arg(digest, QDir::toNativeSeparators(m_dir)));
        return std::nullopt;
    }
    return data;
}

bool OciLayout::readIndexObject(QJsonObject *index, Error *error) const
{
    QFile file(indexPath());
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = Error::make(ErrorKind::NotFound, tr("%1 has no index.json.").arg(QDir::toNativeSeparators(m_dir)));
        return false;
    }
    QJsonParseError parseError;
    // Not read(MaxSmallBlobSize): that allocates the whole limit for every read of a small index.
    const QJsonDocument doc = QJsonDocument::fromJson(file.read(std::min(file.size(), MaxSmallBlobSize)), &parseError);
    if (!doc.isObject() || !doc.object().value(QStringLiteral("manifests")).isArray()) {
        if (error)
            *error = Error::make(ErrorKind::InvalidInput, tr("The index.json of %1 is not a valid image index.")
                                                              .arg(QDir::toNativeSeparators(m_dir)));
        return false;
    }
    *index = doc.object();
    return true;
}

std::optional<QList<Descriptor>> OciLayout::readIndex(Error *error) const
{
    QJsonObject index;
    if (!readIndexObject(&index, error))
        return std::nullopt;
    QList<Descriptor> result;
    for (const QJsonValue &value : index.value(QStringLiteral("manifests")).toArray()) {
        Error descriptorError;
        auto descriptor = Descriptor::fromJson(value.toObject(), &descriptorError);
        if (!descriptor) {
            if (error)
                *error = Error::make(ErrorKind::InvalidInput, tr("The index.json of %1 has an invalid entry: %2")
                                                                  .arg(QDir::toNativeSeparators(m_dir), descriptorError.message));
            return std::nullopt;
        }
        result.append(*descriptor);
    }
    return result;
}

std::optional<Descriptor> OciLayout::resolve(const QString &tag, Error *error) const
{
    const auto index = readIndex(error);
    if (!index)
        return std::nullopt;
    const QString refName = QLatin1String(RefNameAnnotation);
    if (tag.isEmpty()) {
        if (index->size() == 1)
            return index->first();
        if (error)
            *error = Error::make(ErrorKind::InvalidInput, tr("%1 holds %2 images; name one as %1:TAG.")
                                                              .arg(QDir::toNativeSeparators(m_dir)).arg(index->size()));
        return std::nullopt;
    }
    for (const Descriptor &descriptor : *index) {
        if (descriptor.annotations.value(refName) == tag)
            return descriptor;
    }
    if (error)
        *error = Error::make(ErrorKind::NotFound, tr("%1 has no image tagged %2.").arg(QDir::toNativeSeparators(m_dir), tag));
    return std::nullopt;
}

bool OciLayout::addToIndex(const Descriptor &descriptor, const QString &tag, Error *error) const
{
    if (!isValidDigest(descriptor.digest) || (!tag.isEmpty() && !isValidTag(tag))) {
        if (error)
            *error = Error::make(ErrorKind::InvalidInput, tr("Cannot add %1 to the index as \"%2\".").arg(descriptor.digest, tag));
        return false;
    }
    QJsonObject index;
    if (!readIndexObject(&index, error))
        return false;
    const QString refName = QLatin1String(RefNameAnnotation);
    QJsonArray kept;
    for (const QJsonValue &value : index.value(QStringLiteral("manifests")).toArray()) {
        const QString entryTag = value.toObject().value(QStringLiteral("annotations")).toObject().value(refName).toString();
        const bool sameUntagged = entryTag.isEmpty()
            && value.toObject().value(QStringLiteral("digest")).toString() == descriptor.digest;
        if ((tag.isEmpty() || entryTag != tag) && !sameUntagged)
            kept.append(value);
    }
    Descriptor entry = descriptor;
    if (!tag.isEmpty())
        entry.annotations.insert(refName, tag);
    kept.append(entry.toJson());
    index.insert(QStringLiteral("manifests"), kept);
    return saveFile(indexPath(), QJsonDocument(index).toJson(QJsonDocument::Compact), error);
}

} // namespace berth
