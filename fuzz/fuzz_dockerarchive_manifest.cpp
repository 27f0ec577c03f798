// Fuzzes docker-archive reading. Even first byte: the rest is a whole tar (the tar reader's own
// header parsing). Odd first byte: the rest is manifest.json, then after "\n--\n" index.json,
// packed into a well-formed tar with a config, a layer, a blob and links (the JSON readers). The
// reader takes a path, so the tar goes to a scratch file.
#include "core/dockerarchive.h"
#include "core/tarwriter.h"

#include <QBuffer>
#include <QFile>
#include <QTemporaryDir>

#include <cstddef>
#include <cstdint>

namespace {

QTemporaryDir *scratch = nullptr;
QString archivePath;

QByteArray packed(const QByteArray &input)
{
    const qsizetype split = input.indexOf("\n--\n");
    const QByteArray manifestJson = split >= 0 ? input.left(split) : input;
    const QByteArray indexJson = split >= 0 ? input.mid(split + 4) : QByteArray();
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    berth::TarWriter tar(&buffer);
    berth::Error error;
    const QByteArray config = "{\"architecture\":\"amd64\",\"os\":\"linux\"}";
    tar.addFile(QStringLiteral("config.json"), config, &error);
    tar.addFile(QStringLiteral("blobs/sha256/5f70bf18a086007016e948b04aed3b82103a36bea41755b6cddfaf10ace3c6ef"),
                config, &error);
    tar.addDirectory(QStringLiteral("layer"), &error);
    tar.addFile(QStringLiteral("layer/layer.tar"), QByteArray("\x1f\x8b\x08\x00", 4), &error);
    tar.addSymlink(QStringLiteral("layer.tar"), QStringLiteral("layer/layer.tar"), &error);
    tar.addFile(QStringLiteral("manifest.json"), manifestJson, &error);
    if (split >= 0)
        tar.addFile(QStringLiteral("index.json"), indexJson, &error);
    tar.finish(&error);
    return buffer.data();
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    scratch = new QTemporaryDir(QStringLiteral("/dev/shm/berth-fuzz-XXXXXX"));
    if (!scratch->isValid())
        scratch = new QTemporaryDir();
    archivePath = scratch->filePath(QStringLiteral("archive.tar"));
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const QByteArray rest(reinterpret_cast<const char *>(data) + 1, qsizetype(size - 1));
    const QByteArray archive = (data[0] & 1) ? packed(rest) : rest;
    {
        QFile file(archivePath);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(archive) != archive.size())
            abort();
    }
    berth::DockerArchiveReader reader;
    berth::Error error;
    if (!reader.open(archivePath, &error)) {
        // The tar alone may still be readable (manifest.json is what failed).
        berth::TarReader tar;
        if (tar.open(archivePath, &error)) {
            for (const berth::TarEntry &entry : tar.entries()) {
                if (entry.name.startsWith(u'/') || entry.name.split(u'/').contains(QStringLiteral("..")))
                    __builtin_trap();
                if (const berth::TarEntry *target = tar.find(entry.name))
                    (void)tar.readEntry(*target, 1 << 16, &error);
            }
        }
        return 0;
    }
    for (int i = 0; i < reader.images().size(); ++i) {
        (void)reader.config(i, &error);
        (void)reader.manifestBytes(i, &error);
        for (int layer = 0; layer < reader.images().at(i).layers.size(); ++layer) {
            (void)reader.layerCompression(i, layer, &error);
            (void)reader.layerDigest(i, layer, &error);
        }
    }
    (void)reader.findImage(QString(), &error);
    return 0;
}
