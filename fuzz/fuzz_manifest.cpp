// Fuzzes manifest and index parsing. The first line, when it looks like a media type, is the
// Content-Type; the rest is the body.
#include "core/manifest.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    QString contentType;
    QByteArray body = input;
    const qsizetype newline = input.indexOf('\n');
    if (newline >= 0 && newline < 200 && !input.startsWith('{')) {
        contentType = QString::fromUtf8(input.left(newline));
        body = input.mid(newline + 1);
    }
    berth::Error error;
    if (const auto manifest = berth::ManifestParser::parse(body, contentType, &error)) {
        (void)manifest->totalSize();
        for (const berth::Descriptor &d : manifest->manifests) {
            (void)d.toJson();
            if (d.platform)
                (void)d.platform->toString();
        }
    }
    (void)berth::Platform::parse(QString::fromUtf8(input.left(256)));
    (void)berth::isIndexMediaType(contentType);
    return 0;
}
