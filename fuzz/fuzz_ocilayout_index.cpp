// Fuzzes an OCI layout's index.json: the input is written to index.json of a scratch layout
// (the reader takes a folder), then listed and resolved as pull and copy do.
#include "core/ocilayout.h"

#include <QFile>
#include <QTemporaryDir>

#include <cstddef>
#include <cstdint>

namespace {

QTemporaryDir *scratch = nullptr;

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    scratch = new QTemporaryDir(QStringLiteral("/dev/shm/berth-fuzz-XXXXXX"));
    if (!scratch->isValid())
        scratch = new QTemporaryDir();
    QFile layout(scratch->filePath(QStringLiteral("oci-layout")));
    if (!layout.open(QIODevice::WriteOnly) || layout.write("{\"imageLayoutVersion\":\"1.0.0\"}") < 0)
        abort();
    layout.close();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    {
        QFile index(scratch->filePath(QStringLiteral("index.json")));
        if (!index.open(QIODevice::WriteOnly | QIODevice::Truncate)
            || index.write(reinterpret_cast<const char *>(data), qint64(size)) != qint64(size))
            abort();
    }
    // oci-layout is fixed, so open() is not called here; each resolve() reads index.json again.
    const berth::OciLayout layout(scratch->path());
    berth::Error error;
    if (const auto entries = layout.readIndex(&error)) {
        for (const berth::Descriptor &d : entries->mid(0, 4)) {
            // Paths come only from validated digests: they stay inside blobs/sha256.
            const QString path = layout.blobPath(d.digest, &error);
            if (!path.startsWith(scratch->filePath(QStringLiteral("blobs/sha256/"))) || path.contains(u".."))
                __builtin_trap();
            (void)layout.hasBlob(d.digest, d.size);
            const QString tag = d.annotations.value(QLatin1String(berth::OciLayout::RefNameAnnotation));
            (void)layout.resolve(tag, &error);
        }
    }
    (void)layout.resolve(QString(), &error);
    (void)layout.resolve(QStringLiteral("latest"), &error);
    return 0;
}
