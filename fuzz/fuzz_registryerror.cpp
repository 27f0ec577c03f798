// Fuzzes registry error bodies and their mapping to messages, and Warning headers.
#include "core/registryerror.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const int statuses[] = {400, 401, 403, 404, 405, 409, 429, 500, 502, 503};
    const QByteArray body(reinterpret_cast<const char *>(data), qsizetype(size));
    (void)berth::parseErrorBody(body);
    const int status = statuses[size % (sizeof statuses / sizeof *statuses)];
    const berth::ErrorContext ctx{QStringLiteral("host:5000"), QStringLiteral("team/web:1.0"),
                                  size % 2 ? QStringLiteral("delete") : QString()};
    (void)berth::RegistryErrors::fromHttp(status, body, ctx);
    (void)berth::RegistryErrors::warnings(body.split('\n'));
    return 0;
}
