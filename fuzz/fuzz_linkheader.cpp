// Fuzzes RFC 8288 Link header parsing (catalog and tag list paging).
#include "core/linkheader.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const QUrl requestUrl(QStringLiteral("https://registry.example:5000/v2/_catalog?n=100"));
    const QByteArray header(reinterpret_cast<const char *>(data), qsizetype(size));
    if (const auto next = berth::nextLink(header, requestUrl))
        (void)next->toString();
    return 0;
}
