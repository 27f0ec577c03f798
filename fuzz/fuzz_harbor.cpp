// Fuzzes Harbor JSON responses: project, repository and artifact records (alone or in lists) and
// error bodies.
#include "core/harborerror.h"
#include "core/harbortypes.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <cstddef>
#include <cstdint>

namespace {

void parseRecord(const QJsonObject &o)
{
    const auto project = berth::HarborProject::fromJson(o);
    (void)project.toJson();
    const auto repository = berth::HarborRepository::fromJson(o);
    (void)repository.nameInProject();
    (void)repository.toJson();
    const auto artifact = berth::HarborArtifact::fromJson(o);
    (void)artifact.toJson();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body(reinterpret_cast<const char *>(data), qsizetype(size));
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    if (doc.isArray()) {
        for (const QJsonValue &v : doc.array())
            parseRecord(v.toObject());
    } else if (doc.isObject()) {
        parseRecord(doc.object());
    }
    (void)berth::HarborErrors::serverMessage(body);
    (void)berth::HarborErrors::fromHttp(size % 2 ? 409 : 500, body, QStringLiteral("harbor.example"),
                                        QStringLiteral("library/web"));
    return 0;
}
