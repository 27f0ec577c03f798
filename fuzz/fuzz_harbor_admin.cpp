// Fuzzes the Harbor responses of administration and replication: members, user and group search,
// robots, garbage collection (records and the log's freed-space line), retention, immutability,
// audit logs (and their CSV export), quotas, permissions, replication endpoints, adapter infos,
// policies, executions and tasks, and the cron check that guards schedules.
#include "core/harboradmintypes.h"
#include "core/harborreplicationtypes.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <cstddef>
#include <cstdint>

using namespace berth;

namespace {

void parseRecord(const QJsonObject &o, QList<HarborAuditLog> &audit)
{
    (void)HarborUserSearchResult::fromJson(o, false).toJson();
    (void)HarborUserSearchResult::fromJson(o, true).toJson();
    (void)HarborUserGroup::fromJson(o).toJson();
    (void)HarborRobotCreated::fromJson(o);
    (void)HarborGcSchedule::fromJson(o).toJson();
    (void)HarborGcRun::fromJson(o).toJson();
    (void)HarborRetentionPolicy::fromJson(o).toJson();
    (void)HarborRetentionExecution::fromJson(o).toJson();
    (void)HarborRetentionTask::fromJson(o).toJson();
    (void)HarborImmutableRule::fromJson(o).toJson();
    audit << HarborAuditLog::fromJson(o);
    (void)HarborQuota::fromJson(o).toJson();
    (void)HarborEndpoint::fromJson(o).toJson();
    (void)HarborEndpointInfo::fromJson(o);
    (void)HarborAdapterInfo::listFromJson(o);
    const HarborReplicationPolicy policy = HarborReplicationPolicy::fromJson(o);
    (void)policy.validate();
    (void)policy.toJson();
    (void)HarborExecution::fromJson(o).toJson();
    (void)HarborTask::fromJson(o).toJson();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body(reinterpret_cast<const char *>(data), qsizetype(size));
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    QList<HarborAuditLog> audit;
    if (doc.isArray()) {
        const QJsonArray array = doc.array();
        const HarborPermissions permissions = HarborPermissions::fromJson(array);
        (void)permissions.can(QStringLiteral("member"), QStringLiteral("create"));
        (void)HarborEndpoint::listFromJson(array);
        (void)HarborReplicationPolicy::listFromJson(array);
        (void)HarborExecution::listFromJson(array);
        (void)HarborTask::listFromJson(array);
        for (const QJsonValue &v : array)
            parseRecord(v.toObject(), audit);
    } else if (doc.isObject()) {
        parseRecord(doc.object(), audit);
    }
    (void)HarborAuditLog::toCsv(audit);
    (void)HarborPermissions::fromBody(body);
    // Not JSON: a GC log and a cron expression typed by a person.
    (void)HarborGcRun::freedBytesFromLog(body);
    (void)HarborCron::validate(QString::fromUtf8(body.left(256)));
    return 0;
}
