#pragma once
// Writes images straight into the storage of Distribution's filesystem driver, as a push would.

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringList>

namespace berth::test {

struct SeedOptions {
    int layers = 2;
    qint64 layerSize = 4096; // bytes of file content in each layer's tar
    QString os = QStringLiteral("linux");
    QString architecture = QStringLiteral("amd64");
    QString variant;
    quint32 seed = 1;
    bool oci = false; // OCI vs Docker media types
};

struct Seeded {
    QString digest;
    QByteArray manifest;
    QString mediaType;
    QString configDigest;
    QStringList layerDigests;
    qint64 totalSize = 0; // config + compressed layers (of every platform, for an index)
};

class StorageSeeder final
{
public:
    // rootDir: the driver's rootdirectory (holds docker/registry/v2).
    explicit StorageSeeder(const QString &rootDir);

    Seeded seedImage(const QString &repository, const QString &tag, const SeedOptions &o);
    // platforms like "linux/amd64", "linux/arm64/v8"; one image per platform under one index.
    Seeded seedIndex(const QString &repository, const QString &tag, const QStringList &platforms, bool oci,
                     quint32 seed);
    // Another tag for a manifest already in the repository.
    bool addTag(const QString &repository, const QString &tag, const QString &digest);

    // The pieces, for unusual content.
    Seeded putImage(const QString &repository, const SeedOptions &o); // untagged
    QString putBlob(const QByteArray &data);
    bool linkLayer(const QString &repository, const QString &digest);
    bool linkManifest(const QString &repository, const QString &digest);
    QString blobPath(const QString &digest) const;

private:
    struct Layer {
        QString digest, diffId;
        qint64 size = 0;
    };
    Layer putLayer(quint32 seed, int index, qint64 contentSize);
    bool writeLink(const QString &dir, const QString &digest);

    QString m_v2;
    QHash<QString, Layer> m_layers; // "seed/index/size" -> written layer
};

// Fills `out` with deterministic pseudo-random bytes for (seed, stream) starting at `offset`
// (a multiple of 8).
void fillPseudoRandom(char *out, qint64 size, quint64 seed, qint64 offset);

} // namespace berth::test
