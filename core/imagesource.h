#pragma once
// What a push reads: an OCI image layout (DIR or DIR:TAG) or a docker-archive tar, as manifests to
// put (children before their index) and blobs that open as random-access devices.

#include "blobupload.h"
#include "manifest.h"

#include <QCoreApplication>
#include <QList>

#include <memory>

namespace berth {

class DockerArchiveReader;

struct SourceBlob {
    Descriptor descriptor;
    BlobUploadJob::Opener open;
};

struct SourceManifest {
    QByteArray bytes;
    QString mediaType;
    QString digest;
};

class ImageSource final
{
    Q_DECLARE_TR_FUNCTIONS(ImageSource)
public:
    ImageSource();
    ~ImageSource();
    Q_DISABLE_COPY_MOVE(ImageSource)

    // Reads the layout or archive at path; error says what is wrong with it.
    bool open(const QString &path, Error *error);

    const QList<SourceBlob> &blobs() const { return m_blobs; }
    // Child manifests first; the last one is what the tag names.
    const QList<SourceManifest> &manifests() const { return m_manifests; }
    QString describe() const { return m_description; }

private:
    bool openLayout(const QString &dir, const QString &tag, Error *error);
    bool openArchive(const QString &file, Error *error);
    void addBlob(const Descriptor &descriptor, BlobUploadJob::Opener open);

    std::unique_ptr<DockerArchiveReader> m_archive;
    QList<SourceBlob> m_blobs;
    QList<SourceManifest> m_manifests;
    QString m_description;
};

} // namespace berth
