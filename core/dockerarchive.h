#pragma once
// docker-archive (docker save) tars: written with both layouts, as modern docker save does
// (blobs/sha256, oci-layout, index.json and manifest.json); read in the modern or legacy form.

#include "error.h"
#include "manifest.h"
#include "tarreader.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace berth {

struct DockerArchiveSource {
    Manifest manifest;      // a single-image manifest: bytes, mediaType, config and layers
    QByteArray config;      // the config blob
    QStringList layerFiles; // one verified file per manifest layer, in order (compressed as pulled)
    QString reference;      // "host/repo:tag": RepoTags and io.containerd.image.name; may be empty
};

class DockerArchiveWriter final
{
    Q_DECLARE_TR_FUNCTIONS(DockerArchiveWriter)
public:
    static constexpr char ImageNameAnnotation[] = "io.containerd.image.name";

    // Writes path.partial-* and renames it onto path. Checks the config against the manifest's
    // config digest and each layer file's size against its descriptor (kind Integrity).
    static bool write(const QString &path, const DockerArchiveSource &source, Error *error);
};

struct DockerArchiveLayer {
    QString entry;     // the archive path of the layer data (links followed)
    qint64 size = 0;
    QString digest;    // from the OCI manifest, or computed by layerDigest(); empty until known
    QString mediaType; // from the OCI manifest; empty for manifest.json-only archives
};

struct DockerArchiveImage {
    QStringList repoTags;
    QString configEntry;
    QString configDigest;                 // sha256 of the config bytes
    QList<DockerArchiveLayer> layers;
    std::optional<Descriptor> manifest;   // the matching image manifest from index.json, if any
};

class DockerArchiveReader final
{
    Q_DECLARE_TR_FUNCTIONS(DockerArchiveReader)
public:
    enum class Compression { None, Gzip, Zstd };

    static constexpr qint64 MaxJsonSize = 16 * 1024 * 1024;

    DockerArchiveReader() = default;
    Q_DISABLE_COPY_MOVE(DockerArchiveReader)

    // Indexes the tar and reads manifest.json (and index.json when present). Every entry that
    // manifest.json or index.json names must exist inside the archive as a regular file.
    bool open(const QString &path, Error *error);

    const QList<DockerArchiveImage> &images() const { return m_images; }
    bool hasOciIndex() const { return m_hasOciIndex; }
    // The image tagged repoTag ("host/repo:tag" as in RepoTags); empty: the only image.
    int findImage(const QString &repoTag, Error *error) const;

    std::optional<QByteArray> config(int image, Error *error) const;
    // The image's manifest bytes from index.json's blobs (verified), to push as they are.
    std::optional<QByteArray> manifestBytes(int image, Error *error) const;

    // Streams a layer's data as stored in the archive.
    std::unique_ptr<QIODevice> openLayer(int image, int layer, Error *error) const;
    // The layer's digest: known from the OCI manifest, else computed once by streaming it.
    std::optional<QString> layerDigest(int image, int layer, Error *error);
    // What the layer's first bytes say.
    std::optional<Compression> layerCompression(int image, int layer, Error *error) const;

    const TarReader &tar() const { return m_tar; }

private:
    bool readManifestJson(Error *error);
    bool readOciIndex(Error *error);
    void matchManifest(const Descriptor &descriptor, int depth);
    Error invalid(const QString &why) const;

    TarReader m_tar;
    QList<DockerArchiveImage> m_images;
    bool m_hasOciIndex = false;
};

} // namespace berth
