// Fuzzes token service responses (Docker token auth and OAuth2).
#include "core/tokenresponse.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const QDateTime received = QDateTime::fromSecsSinceEpoch(1700000000, Qt::UTC);
    const QByteArray body(reinterpret_cast<const char *>(data), qsizetype(size));
    berth::Error error;
    if (const auto token = berth::TokenResponseParser::parse(body, &error))
        (void)token->renewAt(received);
    return 0;
}
