#pragma once
// Manifests and indexes: OCI image manifest/index, Docker schema 2 manifest/list, schema 1 (shown
// only). Parsing validates structure and rejects media-type confusion.

#include "error.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace berth {

namespace MediaType {
inline constexpr char OciManifest[] = "application/vnd.oci.image.manifest.v1+json";
inline constexpr char OciIndex[] = "application/vnd.oci.image.index.v1+json";
inline constexpr char OciConfig[] = "application/vnd.oci.image.config.v1+json";
inline constexpr char OciLayerTar[] = "application/vnd.oci.image.layer.v1.tar";
inline constexpr char OciLayerGzip[] = "application/vnd.oci.image.layer.v1.tar+gzip";
inline constexpr char OciLayerZstd[] = "application/vnd.oci.image.layer.v1.tar+zstd";
inline constexpr char OciEmpty[] = "application/vnd.oci.empty.v1+json";
inline constexpr char DockerManifest[] = "application/vnd.docker.distribution.manifest.v2+json";
inline constexpr char DockerManifestList[] = "application/vnd.docker.distribution.manifest.list.v2+json";
inline constexpr char DockerConfig[] = "application/vnd.docker.container.image.v1+json";
inline constexpr char DockerLayerGzip[] = "application/vnd.docker.image.rootfs.diff.tar.gzip";
inline constexpr char DockerForeignLayerGzip[] = "application/vnd.docker.image.rootfs.foreign.diff.tar.gzip";
inline constexpr char DockerSchema1[] = "application/vnd.docker.distribution.manifest.v1+json";
inline constexpr char DockerSchema1Signed[] = "application/vnd.docker.distribution.manifest.v1+prettyjws";
} // namespace MediaType

// The Accept header value for manifest requests: every v2 and OCI type (schema 1 last).
QByteArray manifestAcceptHeader();

// True for the index/list media types, resp. the single-image manifest types.
bool isIndexMediaType(QStringView mediaType);
bool isImageManifestMediaType(QStringView mediaType);

struct Platform {
    QString os;
    QString architecture;
    QString variant;
    QString osVersion;
    QStringList osFeatures;

    bool isEmpty() const { return os.isEmpty() && architecture.isEmpty(); }
    // "linux/arm64/v8"
    QString toString() const;
    // Parses "os/arch[/variant]"; nullopt if malformed.
    static std::optional<Platform> parse(QStringView text);
    // The platform this program runs on, in OCI terms (linux/amd64, linux/arm64/v8, ...).
    static Platform host();
    // host() from QSysInfo's kernelType() and currentCpuArchitecture() values (x86_64 -> amd64,
    // arm64 -> arm64/v8, arm -> arm/v7, i386 -> 386, power64 -> ppc64le...), kept apart for tests.
    static Platform fromSystem(QStringView kernelType, QStringView cpuArchitecture, bool littleEndian = true);
    // os and architecture equal, and variant equal when both have one (arm64 defaults to v8).
    bool matches(const Platform &wanted) const;

    friend bool operator==(const Platform &, const Platform &) = default;
};

struct Descriptor {
    QString mediaType;
    QString digest;      // validated sha256:<hex>
    qint64 size = -1;
    QStringList urls;
    QMap<QString, QString> annotations;
    std::optional<Platform> platform;
    QString artifactType;

    QJsonObject toJson() const;
    // Validates digest (isValidDigest) and size >= 0.
    static std::optional<Descriptor> fromJson(const QJsonObject &object, Error *error = nullptr);
};

struct Manifest {
    enum class Kind { Image, Index, Schema1 };

    Kind kind = Kind::Image;
    QString mediaType;        // the effective media type (Content-Type, or the body's mediaType)
    int schemaVersion = 0;
    Descriptor config;        // Image only
    QList<Descriptor> layers; // Image only; for Schema1, the fsLayers blob sums (size -1)
    QList<Descriptor> manifests; // Index only
    std::optional<Descriptor> subject;
    QString artifactType;
    QMap<QString, QString> annotations;
    QByteArray bytes;         // the exact bytes received
    QString digest;           // sha256 of bytes

    bool isIndex() const { return kind == Kind::Index; }
    // Sum of config and layer sizes (Image), or of the child manifests' sizes (Index).
    qint64 totalSize() const;
};

class ManifestParser final
{
    Q_DECLARE_TR_FUNCTIONS(ManifestParser)
public:
    static constexpr qsizetype MaxManifestSize = 4 * 1024 * 1024;

    // Parses bytes as a manifest. contentType is the response's Content-Type (parameters
    // ignored; may be empty, then the body's mediaType decides, then the structure). Errors
    // (kind Protocol): not JSON, over MaxManifestSize, a body mediaType that differs from a
    // non-empty contentType, a document with both "manifests" and "config"/"layers"
    // (CVE-2021-41190), missing required fields, invalid descriptor digests.
    static std::optional<Manifest> parse(const QByteArray &bytes, const QString &contentType,
                                         Error *error = nullptr);
};

} // namespace berth
