// Fuzzes WWW-Authenticate challenge parsing and token scopes. Input lines are header values.
#include "core/challenge.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const QList<berth::Challenge> challenges = berth::parseChallenges(bytes.split('\n'));
    if (const auto preferred = berth::preferredChallenge(challenges)) {
        const QList<berth::Scope> scopes = berth::Scope::parseList(preferred->param(QStringLiteral("scope")));
        for (const berth::Scope &scope : berth::normaliseScopes(scopes))
            (void)scope.toString();
    }
    (void)berth::Scope::parse(QString::fromUtf8(bytes));
    return 0;
}
