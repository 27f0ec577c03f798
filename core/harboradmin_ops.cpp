// HarborAdmin: garbage collection, tag retention and immutability, audit logs, quotas.
#include "harboradmin.h"

#include "harborclient.h"

#include <QCoreApplication>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace berth {

namespace {
QByteArray id(qint64 n)
{
    return QByteArray::number(n);
}

template<typename T>
QList<T> listOf(const QJsonArray &items, T (*parse)(const QJsonObject &))
{
    QList<T> out;
    for (const QJsonValue &v : items)
        out.append(parse(v.toObject()));
    return out;
}
} // namespace

HarborRequest *HarborAdmin::gcSchedule()
{
    return sendJson("GET", "/system/gc/schedule", {}, tr("the garbage collection schedule"));
}

HarborRequest *HarborAdmin::runGc(bool deleteUntagged, bool dryRun, int workers)
{
    HarborGcSchedule s;
    s.schedule.type = u"Manual"_s;
    s.deleteUntagged = deleteUntagged;
    s.dryRun = dryRun;
    s.workers = workers;
    return sendJson("POST", "/system/gc/schedule", s.toJson(), tr("garbage collection"));
}

HarborRequest *HarborAdmin::setGcSchedule(const HarborGcSchedule &schedule)
{
    return sendJson("PUT", "/system/gc/schedule", schedule.toJson(), tr("the garbage collection schedule"));
}

HarborRequest *HarborAdmin::createGcSchedule(const HarborGcSchedule &schedule)
{
    return sendJson("POST", "/system/gc/schedule", schedule.toJson(), tr("the garbage collection schedule"));
}

HarborListJob *HarborAdmin::gcHistory()
{
    return list("/system/gc?sort=" + QUrl::toPercentEncoding(u"-creation_time"_s), tr("the garbage collection history"));
}

QList<HarborGcRun> HarborAdmin::gcRunsOf(const HarborListJob *job)
{
    return listOf<HarborGcRun>(job->items(), &HarborGcRun::fromJson);
}

HarborRequest *HarborAdmin::gcRun(int gcId)
{
    return sendJson("GET", "/system/gc/" + id(gcId), {}, tr("garbage collection %1").arg(gcId));
}

HarborRequest *HarborAdmin::gcLog(int gcId)
{
    HarborRequestSpec r;
    r.path = "/system/gc/" + id(gcId) + "/log";
    r.headers = {{"Accept", "text/plain"}};
    r.subject = tr("the log of garbage collection %1").arg(gcId);
    return m_client->send(r);
}

HarborRequest *HarborAdmin::stopGc(int gcId)
{
    HarborRequestSpec r;
    r.verb = "PUT";
    r.path = "/system/gc/" + id(gcId);
    r.subject = tr("garbage collection %1").arg(gcId);
    return m_client->send(r);
}

QString HarborAdmin::plainRegistryGcExplanation()
{
    return QCoreApplication::translate(
        "berth::HarborAdmin",
        "This registry is not a Harbor: deleting tags and manifests does not free disk space by itself. "
        "The space is reclaimed only by the registry's own garbage collector, run on the server after the "
        "deletes: \"registry garbage-collect /etc/docker/registry/config.yml\" (\"docker-registry "
        "garbage-collect\" on Debian), best with the registry stopped or read-only.");
}

HarborRequest *HarborAdmin::retentionMetadata()
{
    return sendJson("GET", "/retentions/metadatas", {}, tr("the retention rule templates"));
}

HarborRequest *HarborAdmin::retentionPolicy(qint64 policyId)
{
    return sendJson("GET", "/retentions/" + id(policyId), {}, tr("the retention policy"));
}

HarborRequest *HarborAdmin::createRetentionPolicy(const HarborRetentionPolicy &policy)
{
    return sendJson("POST", "/retentions", policy.toJson(), tr("the retention policy"));
}

HarborRequest *HarborAdmin::updateRetentionPolicy(const HarborRetentionPolicy &policy)
{
    return sendJson("PUT", "/retentions/" + id(policy.id), policy.toJson(), tr("the retention policy"));
}

HarborRequest *HarborAdmin::deleteRetentionPolicy(qint64 policyId)
{
    return sendJson("DELETE", "/retentions/" + id(policyId), {}, tr("the retention policy"));
}

HarborRequest *HarborAdmin::runRetention(qint64 policyId, bool dryRun)
{
    return sendJson("POST", "/retentions/" + id(policyId) + "/executions", {{u"dry_run"_s, dryRun}},
                    tr("a retention run"));
}

HarborRequest *HarborAdmin::stopRetention(qint64 policyId, qint64 executionId)
{
    return sendJson("PATCH", "/retentions/" + id(policyId) + "/executions/" + id(executionId),
                    {{u"action"_s, u"stop"_s}}, tr("the retention run"));
}

HarborListJob *HarborAdmin::retentionExecutions(qint64 policyId)
{
    return list("/retentions/" + id(policyId) + "/executions", tr("the retention runs"));
}

HarborListJob *HarborAdmin::retentionTasks(qint64 policyId, qint64 executionId)
{
    return list("/retentions/" + id(policyId) + "/executions/" + id(executionId) + "/tasks",
                tr("the repositories of the retention run"));
}

QList<HarborRetentionExecution> HarborAdmin::retentionExecutionsOf(const HarborListJob *job)
{
    return listOf<HarborRetentionExecution>(job->items(), &HarborRetentionExecution::fromJson);
}

QList<HarborRetentionTask> HarborAdmin::retentionTasksOf(const HarborListJob *job)
{
    return listOf<HarborRetentionTask>(job->items(), &HarborRetentionTask::fromJson);
}

HarborListJob *HarborAdmin::immutableRules(int projectId)
{
    return list("/projects/" + id(projectId) + "/immutabletagrules", tr("the immutability rules"));
}

QList<HarborImmutableRule> HarborAdmin::immutableRulesOf(const HarborListJob *job)
{
    return listOf<HarborImmutableRule>(job->items(), &HarborImmutableRule::fromJson);
}

HarborRequest *HarborAdmin::addImmutableRule(int projectId, const HarborImmutableRule &rule)
{
    return sendJson("POST", "/projects/" + id(projectId) + "/immutabletagrules", rule.toJson(),
                    tr("the immutability rule"));
}

HarborRequest *HarborAdmin::updateImmutableRule(int projectId, const HarborImmutableRule &rule)
{
    return sendJson("PUT", "/projects/" + id(projectId) + "/immutabletagrules/" + id(rule.id), rule.toJson(),
                    tr("the immutability rule"));
}

HarborRequest *HarborAdmin::deleteImmutableRule(int projectId, int ruleId)
{
    return sendJson("DELETE", "/projects/" + id(projectId) + "/immutabletagrules/" + id(ruleId), {},
                    tr("the immutability rule"));
}

HarborRequest *HarborAdmin::auditLogs(const HarborAuditQuery &query)
{
    return sendJson("GET", "/auditlog-exts?" + query.queryString(), {}, tr("the audit log"));
}

HarborListJob *HarborAdmin::allAuditLogs(const HarborAuditQuery &query)
{
    QByteArray path = "/auditlog-exts?sort=" + QUrl::toPercentEncoding(query.sort.isEmpty() ? u"-op_time"_s : query.sort);
    const QString q = query.q();
    if (!q.isEmpty())
        path += "&q=" + QUrl::toPercentEncoding(q);
    return list(path, tr("the audit log"));
}

QList<HarborAuditLog> HarborAdmin::auditLogsOf(const QByteArray &body)
{
    return listOf<HarborAuditLog>(QJsonDocument::fromJson(body).array(), &HarborAuditLog::fromJson);
}

QList<HarborAuditLog> HarborAdmin::auditLogsOf(const HarborListJob *job)
{
    return listOf<HarborAuditLog>(job->items(), &HarborAuditLog::fromJson);
}

HarborRequest *HarborAdmin::projectAuditLogs(const QString &project, const HarborAuditQuery &query)
{
    return sendJson("GET", "/projects/" + HarborClient::projectSegment(project) + "/auditlog-exts?" + query.queryString(),
                    {}, tr("the audit log of project %1").arg(project));
}

HarborRequest *HarborAdmin::auditEventTypes()
{
    return sendJson("GET", "/auditlog-exts/events", {}, tr("the audit event types"));
}

QStringList HarborAdmin::eventTypesOf(const QByteArray &body)
{
    QStringList out;
    for (const QJsonValue &v : QJsonDocument::fromJson(body).array())
        out.append(v.toObject().value("event_type"_L1).toString());
    return out;
}

qint64 HarborAdmin::totalCountOf(const HarborRequest *request)
{
    bool ok = false;
    const qint64 n = request->header("X-Total-Count").trimmed().toLongLong(&ok);
    return ok ? n : -1;
}

HarborListJob *HarborAdmin::quotas()
{
    return list("/quotas?reference=project", tr("the quotas"));
}

HarborListJob *HarborAdmin::projectQuota(int projectId)
{
    return list("/quotas?reference=project&reference_id=" + id(projectId), tr("the project's quota"));
}

QList<HarborQuota> HarborAdmin::quotasOf(const HarborListJob *job)
{
    return listOf<HarborQuota>(job->items(), &HarborQuota::fromJson);
}

HarborRequest *HarborAdmin::setStorageQuota(int quotaId, qint64 bytes)
{
    return sendJson("PUT", "/quotas/" + id(quotaId), {{u"hard"_s, QJsonObject{{u"storage"_s, bytes}}}},
                    tr("the quota"));
}

} // namespace berth
