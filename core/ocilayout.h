#pragma once
// OCI image layout folder: oci-layout, index.json with tags in org.opencontainers.image.ref.name,
// blobs/sha256/<hex>. Paths are built only from validated digests (CVE-2024-3727).

#include "blobfile.h"
#include "error.h"
#include "manifest.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <memory>
#include <optional>

namespace berth {

class OciLayout final
{
    Q_DECLARE_TR_FUNCTIONS(OciLayout)
public:
    static constexpr char RefNameAnnotation[] = "org.opencontainers.image.ref.name";
    static constexpr qint64 MaxSmallBlobSize = 16 * 1024 * 1024; // manifests, configs

    struct PathSpec {
        QString dir;
        QString tag; // empty when none was given
    };
    // Splits "DIR:TAG" at the last ':' when what follows is a valid tag and DIR:TAG is not itself
    // an existing folder; otherwise the whole text is the folder.
    static PathSpec parsePathSpec(const QString &spec);
    static bool isValidTag(QStringView tag);

    explicit OciLayout(const QString &dir);
    QString path() const { return m_dir; }

    // Creates the folder, oci-layout and an empty index.json where missing; an existing layout
    // is kept (its oci-layout must be valid).
    bool create(Error *error);
    // Checks that the folder is a layout (oci-layout with version 1.x, index.json present).
    bool open(Error *error) const;

    // blobs/sha256/<hex>, or empty (and kind InvalidInput) for anything but a valid digest.
    QString blobPath(const QString &digest, Error *error = nullptr) const;
    // The blob exists with this size (size < 0: any size). Its content is not hashed.
    bool hasBlob(const QString &digest, qint64 size = -1) const;

    // A BlobFile for the blob, opened; commit it with the same digest.
    std::unique_ptr<BlobFile> beginBlob(const QString &digest, Error *error) const;
    // Writes a small blob from memory after checking that data has this digest.
    bool writeBlob(const QString &digest, const QByteArray &data, Error *error) const;
    // Reads a small blob and checks its digest (kind Integrity on mismatch, NotFound if missing).
    std::optional<QByteArray> readBlob(const QString &digest, Error *error,
                                       qint64 maxSize = MaxSmallBlobSize) const;

    // The manifests listed in index.json.
    std::optional<QList<Descriptor>> readIndex(Error *error) const;
    // The entry tagged tag; with an empty tag, the only entry (an error if there are several).
    std::optional<Descriptor> resolve(const QString &tag, Error *error) const;
    // Adds descriptor to index.json, tagged tag (if not empty), replacing an entry with the same
    // tag. Other entries and fields are kept; the file is replaced atomically.
    bool addToIndex(const Descriptor &descriptor, const QString &tag, Error *error) const;

private:
    QString indexPath() const;
    bool readIndexObject(QJsonObject *index, Error *error) const;

    QString m_dir;
};

} // namespace berth
