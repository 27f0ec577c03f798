// Fuzzes image reference parsing (REFERENCE, REGISTRY and REPOSITORY arguments).
#include "core/reference.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    berth::Error error;
    if (const auto ref = berth::ImageReference::parse(text, &error, u"latest")) {
        // A parsed reference must survive its own canonical form.
        const auto again = berth::ImageReference::parse(ref->toString());
        if (!again || *again != *ref)
            __builtin_trap();
        (void)ref->wireHost();
    }
    (void)berth::ImageReference::parse(text);
    (void)berth::ImageReference::parseRegistry(text, &error);
    (void)berth::ImageReference::parseRepository(text, &error);
    (void)berth::ImageReference::isValidTag(text);
    (void)berth::ImageReference::isValidRepository(text);
    return 0;
}
