#include "harborreplicationtypes.h"
#include "harbortypes.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace berth {

namespace {
void insertTime(QJsonObject &o, const QString &key, const QDateTime &t)
{
    if (t.isValid())
        o.insert(key, t.toUTC().toString(Qt::ISODateWithMs));
}

QJsonObject filterObject(const QString &type, const QJsonValue &value, const QString &decoration = {})
{
    QJsonObject f{{u"type"_s, type}, {u"value"_s, value}};
    if (!decoration.isEmpty())
        f.insert(u"decoration"_s, decoration);
    return f;
}
} // namespace

HarborEndpoint HarborEndpoint::fromJson(const QJsonObject &o)
{
    HarborEndpoint e;
    e.id = o.value("id"_L1).toInteger();
    e.name = o.value("name"_L1).toString();
    e.description = o.value("description"_L1).toString();
    e.type = o.value("type"_L1).toString();
    e.url = o.value("url"_L1).toString();
    const QJsonObject c = o.value("credential"_L1).toObject();
    e.credentialType = c.value("type"_L1).toString();
    e.accessKey = c.value("access_key"_L1).toString();
    // The secret Harbor sends back is a mask, never the secret: keep it out so it is not sent back.
    e.insecure = o.value("insecure"_L1).toBool();
    e.caCertificate = o.value("ca_certificate"_L1).toString();
    e.status = o.value("status"_L1).toString();
    e.created = harborTime(o.value("creation_time"_L1));
    e.updated = harborTime(o.value("update_time"_L1));
    return e;
}

QList<HarborEndpoint> HarborEndpoint::listFromJson(const QJsonArray &a)
{
    QList<HarborEndpoint> out;
    for (const QJsonValue &v : a)
        out.append(fromJson(v.toObject()));
    return out;
}

QJsonObject HarborEndpoint::toJson() const
{
    QJsonObject o{{u"name"_s, name}, {u"type"_s, type}, {u"url"_s, url}, {u"insecure"_s, insecure}};
    if (id)
        o.insert(u"id"_s, id);
    if (!description.isEmpty())
        o.insert(u"description"_s, description);
    if (!caCertificate.isEmpty())
        o.insert(u"ca_certificate"_s, caCertificate);
    if (!accessKey.isEmpty() || !accessSecret.isEmpty()) {
        QJsonObject c{{u"type"_s, credentialType.isEmpty() ? u"basic"_s : credentialType},
                      {u"access_key"_s, accessKey}};
        if (!accessSecret.isEmpty())
            c.insert(u"access_secret"_s, accessSecret);
        o.insert(u"credential"_s, c);
    }
    if (!status.isEmpty())
        o.insert(u"status"_s, status);
    insertTime(o, u"creation_time"_s, created);
    insertTime(o, u"update_time"_s, updated);
    return o;
}

QJsonObject HarborEndpoint::toUpdateJson() const
{
    QJsonObject o{{u"name"_s, name}, {u"description"_s, description}, {u"url"_s, url},
                  {u"insecure"_s, insecure}, {u"ca_certificate"_s, caCertificate},
                  {u"credential_type"_s, credentialType.isEmpty() ? u"basic"_s : credentialType},
                  {u"access_key"_s, accessKey}};
    if (!accessSecret.isEmpty())
        o.insert(u"access_secret"_s, accessSecret);
    return o;
}

QJsonObject HarborEndpoint::toPingJson() const
{
    QJsonObject o{{u"type"_s, type}, {u"url"_s, url}, {u"insecure"_s, insecure}};
    if (id)
        o.insert(u"id"_s, id);
    if (!caCertificate.isEmpty())
        o.insert(u"ca_certificate"_s, caCertificate);
    if (!accessKey.isEmpty() || !accessSecret.isEmpty()) {
        o.insert(u"credential_type"_s, credentialType.isEmpty() ? u"basic"_s : credentialType);
        o.insert(u"access_key"_s, accessKey);
        if (!accessSecret.isEmpty())
            o.insert(u"access_secret"_s, accessSecret);
    }
    return o;
}

bool HarborAdapterInfo::hasFixedUrl() const
{
    return endpointType == "EndpointPatternTypeFix"_L1 && !endpoints.isEmpty();
}

bool HarborAdapterInfo::hasUrlList() const
{
    return endpointType == "EndpointPatternTypeList"_L1 && !endpoints.isEmpty();
}

bool HarborAdapterInfo::hasFixedAccessKey() const
{
    return accessKeyType == "AccessKeyTypeFix"_L1;
}

bool HarborAdapterInfo::secretIsFile() const
{
    return accessSecretType == "AccessSecretTypeFile"_L1;
}

HarborAdapterInfo HarborAdapterInfo::fromJson(const QString &type, const QJsonObject &o)
{
    HarborAdapterInfo info;
    info.type = type;
    const QJsonObject ep = o.value("endpoint_pattern"_L1).toObject();
    info.endpointType = ep.value("endpoint_type"_L1).toString();
    const QJsonArray list = ep.value("endpoints"_L1).toArray();
    for (const QJsonValue &v : list) {
        const QJsonObject e = v.toObject();
        info.endpoints.append({e.value("key"_L1).toString(), e.value("value"_L1).toString()});
    }
    const QJsonObject cp = o.value("credential_pattern"_L1).toObject();
    info.accessKeyType = cp.value("access_key_type"_L1).toString();
    info.accessKeyData = cp.value("access_key_data"_L1).toString();
    info.accessSecretType = cp.value("access_secret_type"_L1).toString();
    info.accessSecretData = cp.value("access_secret_data"_L1).toString();
    return info;
}

QList<HarborAdapterInfo> HarborAdapterInfo::listFromJson(const QJsonObject &o)
{
    QList<HarborAdapterInfo> out;
    for (auto it = o.begin(); it != o.end(); ++it)
        out.append(fromJson(it.key(), it.value().toObject()));
    std::sort(out.begin(), out.end(), [](const auto &a, const auto &b) { return a.type < b.type; });
    return out;
}

bool HarborEndpointInfo::supportsFilter(const QString &filterType) const
{
    return std::any_of(filters.begin(), filters.end(), [&](const auto &f) { return f.type == filterType; });
}

bool HarborEndpointInfo::supportsTrigger(const QString &trigger) const
{
    return triggers.contains(trigger);
}

HarborFilterStyle HarborEndpointInfo::filter(const QString &filterType) const
{
    for (const HarborFilterStyle &f : filters) {
        if (f.type == filterType)
            return f;
    }
    return {};
}

HarborEndpointInfo HarborEndpointInfo::fromJson(const QJsonObject &o)
{
    HarborEndpointInfo info;
    info.type = o.value("type"_L1).toString();
    info.description = o.value("description"_L1).toString();
    const QJsonArray filters = o.value("supported_resource_filters"_L1).toArray();
    for (const QJsonValue &v : filters) {
        const QJsonObject f = v.toObject();
        HarborFilterStyle style{f.value("type"_L1).toString(), f.value("style"_L1).toString(), {}};
        const QJsonArray values = f.value("values"_L1).toArray();
        for (const QJsonValue &value : values)
            style.values.append(value.toString());
        info.filters.append(style);
    }
    const QJsonArray triggers = o.value("supported_triggers"_L1).toArray();
    for (const QJsonValue &v : triggers)
        info.triggers.append(v.toString());
    info.copyByChunk = o.value("supported_copy_by_chunk"_L1).toBool();
    return info;
}

QString HarborReplicationPolicy::triggerName(HarborTrigger trigger)
{
    switch (trigger) {
    case HarborTrigger::Scheduled: return u"scheduled"_s;
    case HarborTrigger::EventBased: return u"event_based"_s;
    case HarborTrigger::Manual: break;
    }
    return u"manual"_s;
}

HarborTrigger HarborReplicationPolicy::triggerFromName(const QString &name, bool *ok)
{
    if (ok)
        *ok = true;
    if (name == "scheduled"_L1)
        return HarborTrigger::Scheduled;
    if (name == "event_based"_L1)
        return HarborTrigger::EventBased;
    if (ok && name != "manual"_L1 && !name.isEmpty())
        *ok = false;
    return HarborTrigger::Manual;
}

HarborReplicationPolicy HarborReplicationPolicy::fromJson(const QJsonObject &o)
{
    HarborReplicationPolicy p;
    p.id = o.value("id"_L1).toInteger();
    p.name = o.value("name"_L1).toString();
    p.description = o.value("description"_L1).toString();
    // Harbor itself appears as registry 0 ("Local") on the other side.
    const QJsonObject src = o.value("src_registry"_L1).toObject();
    const QJsonObject dest = o.value("dest_registry"_L1).toObject();
    p.srcRegistryId = src.value("id"_L1).toInteger();
    p.srcRegistryName = src.value("name"_L1).toString();
    p.destRegistryId = dest.value("id"_L1).toInteger();
    p.destRegistryName = dest.value("name"_L1).toString();
    const QJsonArray filters = o.value("filters"_L1).toArray();
    for (const QJsonValue &v : filters) {
        const QJsonObject f = v.toObject();
        const QString type = f.value("type"_L1).toString();
        const bool excludes = f.value("decoration"_L1).toString() == "excludes"_L1;
        if (type == "name"_L1) {
            p.nameFilter = f.value("value"_L1).toString();
        } else if (type == "tag"_L1) {
            p.tagFilter = f.value("value"_L1).toString();
            p.tagExcludes = excludes;
        } else if (type == "label"_L1) {
            const QJsonValue value = f.value("value"_L1);
            if (value.isArray()) {
                const QJsonArray labels = value.toArray();
                for (const QJsonValue &l : labels)
                    p.labelFilter.append(l.toString());
            } else if (!value.toString().isEmpty()) {
                p.labelFilter.append(value.toString());
            }
            p.labelExcludes = excludes;
        } else if (type == "resource"_L1) {
            p.resourceFilter = f.value("value"_L1).toString();
        }
    }
    p.destNamespace = o.value("dest_namespace"_L1).toString();
    p.flatten = o.value("dest_namespace_replace_count"_L1).toInt(-1);
    const QJsonObject trigger = o.value("trigger"_L1).toObject();
    p.trigger = triggerFromName(trigger.value("type"_L1).toString());
    p.cron = trigger.value("trigger_settings"_L1).toObject().value("cron"_L1).toString();
    p.deletion = o.value("replicate_deletion"_L1).toBool() || o.value("deletion"_L1).toBool();
    p.override = o.value("override"_L1).toBool();
    const qint64 speed = o.value("speed"_L1).toInteger(-1);
    p.speedKbps = speed > 0 ? speed : -1;
    p.enabled = o.value("enabled"_L1).toBool();
    p.copyByChunk = o.value("copy_by_chunk"_L1).toBool();
    p.singleActiveReplication = o.value("single_active_replication"_L1).toBool();
    p.created = harborTime(o.value("creation_time"_L1));
    p.updated = harborTime(o.value("update_time"_L1));
    return p;
}

QList<HarborReplicationPolicy> HarborReplicationPolicy::listFromJson(const QJsonArray &a)
{
    QList<HarborReplicationPolicy> out;
    for (const QJsonValue &v : a)
        out.append(fromJson(v.toObject()));
    return out;
}

QJsonObject HarborReplicationPolicy::toJson() const
{
    QJsonArray filters;
    if (!nameFilter.isEmpty())
        filters.append(filterObject(u"name"_s, nameFilter));
    if (!tagFilter.isEmpty())
        filters.append(filterObject(u"tag"_s, tagFilter, tagExcludes ? u"excludes"_s : u"matches"_s));
    if (!labelFilter.isEmpty())
        filters.append(filterObject(u"label"_s, QJsonArray::fromStringList(labelFilter),
                                    labelExcludes ? u"excludes"_s : u"matches"_s));
    if (!resourceFilter.isEmpty())
        filters.append(filterObject(u"resource"_s, resourceFilter));

    QJsonObject triggerObject{{u"type"_s, triggerName(trigger)}};
    if (trigger == HarborTrigger::Scheduled)
        triggerObject.insert(u"trigger_settings"_s, QJsonObject{{u"cron"_s, cron.simplified()}});

    QJsonObject o{{u"name"_s, name},
                  {u"description"_s, description},
                  {u"dest_namespace"_s, destNamespace},
                  {u"dest_namespace_replace_count"_s, flatten},
                  {u"trigger"_s, triggerObject},
                  {u"filters"_s, filters},
                  // Older Harbors read `deletion`, newer ones `replicate_deletion`: both, always.
                  {u"replicate_deletion"_s, deletion},
                  {u"deletion"_s, deletion},
                  {u"override"_s, override},
                  {u"enabled"_s, enabled},
                  {u"speed"_s, speedKbps > 0 ? speedKbps : qint64(-1)},
                  {u"copy_by_chunk"_s, copyByChunk},
                  {u"single_active_replication"_s, singleActiveReplication}};
    if (id)
        o.insert(u"id"_s, id);
    if (srcRegistryId)
        o.insert(u"src_registry"_s, QJsonObject{{u"id"_s, srcRegistryId}});
    if (destRegistryId)
        o.insert(u"dest_registry"_s, QJsonObject{{u"id"_s, destRegistryId}});
    return o;
}

bool HarborExecution::isRunning() const
{
    return status == "InProgress"_L1 || status == "Running"_L1 || status == "Pending"_L1;
}

HarborExecution HarborExecution::fromJson(const QJsonObject &o)
{
    HarborExecution e;
    e.id = o.value("id"_L1).toInteger();
    e.policyId = o.value("policy_id"_L1).toInteger();
    e.status = o.value("status"_L1).toString();
    e.statusText = o.value("status_text"_L1).toString();
    e.trigger = o.value("trigger"_L1).toString();
    e.started = harborTime(o.value("start_time"_L1));
    e.ended = harborTime(o.value("end_time"_L1));
    e.total = o.value("total"_L1).toInt();
    e.failed = o.value("failed"_L1).toInt();
    e.succeed = o.value("succeed"_L1).toInt();
    e.inProgress = o.value("in_progress"_L1).toInt();
    e.stopped = o.value("stopped"_L1).toInt();
    return e;
}

QList<HarborExecution> HarborExecution::listFromJson(const QJsonArray &a)
{
    QList<HarborExecution> out;
    for (const QJsonValue &v : a)
        out.append(fromJson(v.toObject()));
    return out;
}

QJsonObject HarborExecution::toJson() const
{
    QJsonObject o{{u"id"_s, id}, {u"policy_id"_s, policyId}, {u"status"_s, status},
                  {u"status_text"_s, statusText}, {u"trigger"_s, trigger}, {u"total"_s, total},
                  {u"failed"_s, failed}, {u"succeed"_s, succeed}, {u"in_progress"_s, inProgress},
                  {u"stopped"_s, stopped}};
    insertTime(o, u"start_time"_s, started);
    insertTime(o, u"end_time"_s, ended);
    return o;
}

bool HarborTask::isRunning() const
{
    return status == "InProgress"_L1 || status == "Running"_L1 || status == "Pending"_L1;
}

HarborTask HarborTask::fromJson(const QJsonObject &o)
{
    HarborTask t;
    t.id = o.value("id"_L1).toInteger();
    t.executionId = o.value("execution_id"_L1).toInteger();
    t.status = o.value("status"_L1).toString();
    t.jobId = o.value("job_id"_L1).toString();
    t.operation = o.value("operation"_L1).toString();
    t.resourceType = o.value("resource_type"_L1).toString();
    t.srcResource = o.value("src_resource"_L1).toString();
    t.dstResource = o.value("dst_resource"_L1).toString();
    t.started = harborTime(o.value("start_time"_L1));
    t.ended = harborTime(o.value("end_time"_L1));
    return t;
}

QList<HarborTask> HarborTask::listFromJson(const QJsonArray &a)
{
    QList<HarborTask> out;
    for (const QJsonValue &v : a)
        out.append(fromJson(v.toObject()));
    return out;
}

QJsonObject HarborTask::toJson() const
{
    QJsonObject o{{u"id"_s, id}, {u"execution_id"_s, executionId}, {u"status"_s, status},
                  {u"job_id"_s, jobId}, {u"operation"_s, operation}, {u"resource_type"_s, resourceType},
                  {u"src_resource"_s, srcResource}, {u"dst_resource"_s, dstResource}};
    insertTime(o, u"start_time"_s, started);
    insertTime(o, u"end_time"_s, ended);
    return o;
}

} // namespace berth
