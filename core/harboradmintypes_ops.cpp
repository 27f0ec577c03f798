// Records of Harbor administration: schedules and GC runs, retention and immutability rules,
// audit log, quotas, permissions.
#include "harboradmintypes.h"

#include <QJsonDocument>
#include <QRegularExpression>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace berth {

namespace {
QString timeText(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODate) : QString();
}

QList<HarborTagSelector> selectorsOf(const QJsonValue &v)
{
    QList<HarborTagSelector> out;
    for (const QJsonValue &s : v.toArray())
        out.append(HarborTagSelector::fromJson(s.toObject()));
    return out;
}

QJsonArray selectorsJson(const QList<HarborTagSelector> &list)
{
    QJsonArray out;
    for (const HarborTagSelector &s : list)
        out.append(s.toJson());
    return out;
}

QJsonObject scopeJson(const QList<HarborTagSelector> &repos)
{
    QList<HarborTagSelector> list = repos;
    if (list.isEmpty()) // Harbor needs a repository selector; "**" is every repository
        list.append({u"doublestar"_s, u"repoMatches"_s, u"**"_s, {}});
    return {{u"repository"_s, selectorsJson(list)}};
}

QList<HarborTagSelector> tagsOrAll(const QList<HarborTagSelector> &tags)
{
    return tags.isEmpty() ? QList<HarborTagSelector>{HarborTagSelector{}} : tags;
}

QString csvField(const QString &s)
{
    if (!s.contains(u',') && !s.contains(u'"') && !s.contains(u'\n') && !s.contains(u'\r'))
        return s;
    QString q = s;
    q.replace(u"\""_s, u"\"\""_s);
    return u'"' + q + u'"';
}
} // namespace

HarborSchedule HarborSchedule::fromJson(const QJsonObject &o)
{
    HarborSchedule s;
    s.type = o.value("type"_L1).toString(u"None"_s);
    s.cron = o.value("cron"_L1).toString();
    s.next = harborTime(o.value("next_scheduled_time"_L1));
    return s;
}

QString HarborSchedule::cronFor(const QString &type)
{
    // Harbor's portal uses these for its Hourly/Daily/Weekly choices (seconds first).
    if (type == "Hourly"_L1)
        return u"0 0 * * * *"_s;
    if (type == "Daily"_L1)
        return u"0 0 0 * * *"_s;
    if (type == "Weekly"_L1)
        return u"0 0 0 * * 0"_s;
    return {};
}

QJsonObject HarborSchedule::toJson() const
{
    QJsonObject o{{u"type"_s, type}};
    const QString c = cron.isEmpty() ? cronFor(type) : cron;
    if (!c.isEmpty() && type != "None"_L1 && type != "Manual"_L1)
        o.insert(u"cron"_s, c);
    return o;
}

HarborGcSchedule HarborGcSchedule::fromJson(const QJsonObject &o)
{
    HarborGcSchedule s;
    s.schedule = HarborSchedule::fromJson(o.value("schedule"_L1).toObject());
    const QJsonObject p = o.value("parameters"_L1).toObject();
    s.deleteUntagged = p.value("delete_untagged"_L1).toBool();
    s.dryRun = p.value("dry_run"_L1).toBool();
    s.workers = p.value("workers"_L1).toInt(1);
    return s;
}

QJsonObject HarborGcSchedule::toJson() const
{
    return {{u"schedule"_s, schedule.toJson()},
            {u"parameters"_s, QJsonObject{{u"delete_untagged"_s, deleteUntagged}, {u"dry_run"_s, dryRun},
                                          {u"workers"_s, workers}}}};
}

bool HarborGcRun::isRunning() const
{
    return status.compare("Running"_L1, Qt::CaseInsensitive) == 0 || status.compare("Pending"_L1, Qt::CaseInsensitive) == 0
        || status.compare("Scheduled"_L1, Qt::CaseInsensitive) == 0;
}

bool HarborGcRun::isFinished() const
{
    return !status.isEmpty() && !isRunning();
}

HarborGcRun HarborGcRun::fromJson(const QJsonObject &o)
{
    HarborGcRun r;
    r.id = o.value("id"_L1).toInt();
    r.status = o.value("job_status"_L1).toString();
    r.kind = o.value("job_kind"_L1).toString();
    r.start = harborTime(o.value("creation_time"_L1));
    if (r.isFinished())
        r.end = harborTime(o.value("update_time"_L1));
    // job_parameters is a JSON document inside a string.
    const QJsonObject p = QJsonDocument::fromJson(o.value("job_parameters"_L1).toString().toUtf8()).object();
    r.deleteUntagged = p.value("delete_untagged"_L1).toBool();
    r.dryRun = p.value("dry_run"_L1).toBool();
    return r;
}

qint64 HarborGcRun::freedBytesFromLog(const QByteArray &log)
{
    // Harbor's GC job: "The GC job actual frees up 34 MB space." (MB = 2^20 bytes); dry run:
    // "The GC could free up 34 MB space, the size is a rough estimate."
    static const QRegularExpression re(u"(?:frees|free) up (\\d+) MB space"_s);
    const QRegularExpressionMatch m = re.match(QString::fromUtf8(log));
    return m.hasMatch() ? m.captured(1).toLongLong() * 1024 * 1024 : -1;
}

void HarborGcRun::applyLog(const QByteArray &log)
{
    freedBytes = freedBytesFromLog(log);
    static const QRegularExpression counts(u"(\\d+) blobs and (\\d+) manifests"_s);
    QRegularExpressionMatchIterator it = counts.globalMatch(QString::fromUtf8(log));
    while (it.hasNext()) { // the last line wins: "eligible for deletion", then "actually deleted"
        const QRegularExpressionMatch m = it.next();
        blobs = m.captured(1).toLongLong();
        manifests = m.captured(2).toLongLong();
    }
}

QJsonObject HarborGcRun::toJson() const
{
    QJsonObject o{{u"id"_s, id}, {u"status"_s, status}, {u"kind"_s, kind}, {u"start"_s, timeText(start)},
                  {u"delete_untagged"_s, deleteUntagged}, {u"dry_run"_s, dryRun}};
    if (end.isValid())
        o.insert(u"end"_s, timeText(end));
    if (freedBytes >= 0)
        o.insert(u"freed_bytes"_s, freedBytes);
    return o;
}

HarborTagSelector HarborTagSelector::fromJson(const QJsonObject &o)
{
    return {o.value("kind"_L1).toString(), o.value("decoration"_L1).toString(), o.value("pattern"_L1).toString(),
            o.value("extras"_L1).toString()};
}

QJsonObject HarborTagSelector::toJson() const
{
    QJsonObject o{{u"kind"_s, kind}, {u"decoration"_s, decoration}, {u"pattern"_s, pattern}};
    if (!extras.isEmpty())
        o.insert(u"extras"_s, extras);
    return o;
}

HarborRetentionRule HarborRetentionRule::fromJson(const QJsonObject &o)
{
    HarborRetentionRule r;
    r.id = o.value("id"_L1).toInt();
    r.priority = o.value("priority"_L1).toInt();
    r.disabled = o.value("disabled"_L1).toBool();
    r.action = o.value("action"_L1).toString();
    r.templateId = o.value("template"_L1).toString();
    r.params = o.value("params"_L1).toObject();
    r.tagSelectors = selectorsOf(o.value("tag_selectors"_L1));
    r.repositorySelectors = selectorsOf(o.value("scope_selectors"_L1).toObject().value("repository"_L1));
    return r;
}

QJsonObject HarborRetentionRule::toJson() const
{
    QJsonObject o{{u"priority"_s, priority}, {u"disabled"_s, disabled}, {u"action"_s, action},
                  {u"template"_s, templateId}, {u"params"_s, params},
                  {u"tag_selectors"_s, selectorsJson(tagsOrAll(tagSelectors))},
                  {u"scope_selectors"_s, scopeJson(repositorySelectors)}};
    if (id)
        o.insert(u"id"_s, id);
    return o;
}

HarborRetentionPolicy HarborRetentionPolicy::fromJson(const QJsonObject &o)
{
    HarborRetentionPolicy p;
    p.id = o.value("id"_L1).toInteger();
    p.algorithm = o.value("algorithm"_L1).toString();
    for (const QJsonValue &v : o.value("rules"_L1).toArray())
        p.rules.append(HarborRetentionRule::fromJson(v.toObject()));
    const QJsonObject trigger = o.value("trigger"_L1).toObject();
    p.trigger.type = trigger.value("kind"_L1).toString();
    p.trigger.cron = trigger.value("settings"_L1).toObject().value("cron"_L1).toString();
    p.projectId = o.value("scope"_L1).toObject().value("ref"_L1).toInt();
    return p;
}

QJsonObject HarborRetentionPolicy::toJson() const
{
    QJsonArray list;
    for (const HarborRetentionRule &r : rules)
        list.append(r.toJson());
    QJsonObject o{{u"algorithm"_s, algorithm.isEmpty() ? u"or"_s : algorithm},
                  {u"rules"_s, list},
                  {u"trigger"_s, QJsonObject{{u"kind"_s, u"Schedule"_s},
                                             {u"settings"_s, QJsonObject{{u"cron"_s, trigger.cron}}},
                                             {u"references"_s, QJsonObject{}}}},
                  {u"scope"_s, QJsonObject{{u"level"_s, u"project"_s}, {u"ref"_s, projectId}}}};
    if (id)
        o.insert(u"id"_s, id);
    return o;
}

HarborRetentionExecution HarborRetentionExecution::fromJson(const QJsonObject &o)
{
    HarborRetentionExecution e;
    e.id = o.value("id"_L1).toInteger();
    e.policyId = o.value("policy_id"_L1).toInteger();
    e.status = o.value("status"_L1).toString();
    e.trigger = o.value("trigger"_L1).toString();
    e.dryRun = o.value("dry_run"_L1).toBool();
    e.start = harborTime(o.value("start_time"_L1));
    e.end = harborTime(o.value("end_time"_L1));
    return e;
}

QJsonObject HarborRetentionExecution::toJson() const
{
    return {{u"id"_s, id}, {u"policy_id"_s, policyId}, {u"status"_s, status}, {u"trigger"_s, trigger},
            {u"dry_run"_s, dryRun}, {u"start_time"_s, timeText(start)}, {u"end_time"_s, timeText(end)}};
}

HarborRetentionTask HarborRetentionTask::fromJson(const QJsonObject &o)
{
    HarborRetentionTask t;
    t.id = o.value("id"_L1).toInteger();
    t.executionId = o.value("execution_id"_L1).toInteger();
    t.repository = o.value("repository"_L1).toString();
    t.status = o.value("status"_L1).toString();
    t.total = o.value("total"_L1).toInt();
    t.retained = o.value("retained"_L1).toInt();
    t.start = harborTime(o.value("start_time"_L1));
    t.end = harborTime(o.value("end_time"_L1));
    return t;
}

QJsonObject HarborRetentionTask::toJson() const
{
    return {{u"id"_s, id}, {u"execution_id"_s, executionId}, {u"repository"_s, repository}, {u"status"_s, status},
            {u"total"_s, total}, {u"retained"_s, retained}};
}

HarborImmutableRule HarborImmutableRule::fromJson(const QJsonObject &o)
{
    HarborImmutableRule r;
    r.id = o.value("id"_L1).toInt();
    r.priority = o.value("priority"_L1).toInt();
    r.disabled = o.value("disabled"_L1).toBool();
    r.tagSelectors = selectorsOf(o.value("tag_selectors"_L1));
    r.repositorySelectors = selectorsOf(o.value("scope_selectors"_L1).toObject().value("repository"_L1));
    return r;
}

QJsonObject HarborImmutableRule::toJson() const
{
    QJsonObject o{{u"priority"_s, priority}, {u"disabled"_s, disabled}, {u"action"_s, u"immutable"_s},
                  {u"template"_s, u"immutable_template"_s},
                  {u"tag_selectors"_s, selectorsJson(tagsOrAll(tagSelectors))},
                  {u"scope_selectors"_s, scopeJson(repositorySelectors)}};
    if (id)
        o.insert(u"id"_s, id);
    return o;
}

HarborAuditLog HarborAuditLog::fromJson(const QJsonObject &o)
{
    HarborAuditLog l;
    l.id = o.value("id"_L1).toInteger();
    l.username = o.value("username"_L1).toString();
    l.resource = o.value("resource"_L1).toString();
    l.resourceType = o.value("resource_type"_L1).toString();
    l.operation = o.value("operation"_L1).toString();
    l.description = o.value("operation_description"_L1).toString();
    l.success = o.value("operation_result"_L1).toBool(true);
    l.time = harborTime(o.value("op_time"_L1));
    return l;
}

QJsonObject HarborAuditLog::toJson() const
{
    return {{u"id"_s, id}, {u"username"_s, username}, {u"resource"_s, resource},
            {u"resource_type"_s, resourceType}, {u"operation"_s, operation},
            {u"operation_description"_s, description}, {u"operation_result"_s, success},
            {u"op_time"_s, timeText(time)}};
}

QByteArray HarborAuditLog::toCsv(const QList<HarborAuditLog> &logs)
{
    // Column names stay English: a file for other programs, like the JSON field names.
    QString out = u"time,user,operation,resource_type,resource,result,description\r\n"_s;
    for (const HarborAuditLog &l : logs) {
        const QStringList fields{timeText(l.time), l.username, l.operation, l.resourceType, l.resource,
                                 l.success ? u"success"_s : u"failure"_s, l.description};
        QStringList quoted;
        for (const QString &f : fields)
            quoted.append(csvField(f));
        out += quoted.join(u',') + u"\r\n"_s;
    }
    return out.toUtf8();
}

QString HarborAuditQuery::q() const
{
    QStringList parts;
    if (!operation.isEmpty())
        parts.append(u"operation="_s + operation);
    if (!resourceType.isEmpty())
        parts.append(u"resource_type="_s + resourceType);
    if (!username.isEmpty())
        parts.append(u"username=~"_s + username);
    if (!resource.isEmpty())
        parts.append(u"resource=~"_s + resource);
    if (from.isValid() || to.isValid()) {
        const auto fmt = [](const QDateTime &t, const QDateTime &fallback) {
            return (t.isValid() ? t : fallback).toUTC().toString(u"yyyy-MM-dd HH:mm:ss"_s);
        };
        parts.append(u"op_time=["_s + fmt(from, QDateTime::fromSecsSinceEpoch(0, Qt::UTC)) + u'~'
                     + fmt(to, QDateTime(QDate(9999, 12, 31), QTime(23, 59, 59), Qt::UTC)) + u']');
    }
    return parts.join(u',');
}

QByteArray HarborAuditQuery::queryString() const
{
    QByteArray s;
    const QString query = q();
    if (!query.isEmpty())
        s += "q=" + QUrl::toPercentEncoding(query) + '&';
    if (!sort.isEmpty())
        s += "sort=" + QUrl::toPercentEncoding(sort) + '&';
    s += "page=" + QByteArray::number(qMax(1, page)) + "&page_size=" + QByteArray::number(qBound(1, pageSize, 100));
    return s;
}

HarborQuota HarborQuota::fromJson(const QJsonObject &o)
{
    HarborQuota q;
    q.id = o.value("id"_L1).toInt();
    const QJsonObject ref = o.value("ref"_L1).toObject();
    const QJsonValue refId = ref.value("id"_L1);
    q.refId = refId.isString() ? refId.toString() : QString::number(refId.toInteger());
    q.refName = ref.value("name"_L1).toString();
    q.hardStorage = o.value("hard"_L1).toObject().value("storage"_L1).toInteger(-1);
    q.usedStorage = o.value("used"_L1).toObject().value("storage"_L1).toInteger(0);
    return q;
}

QJsonObject HarborQuota::toJson() const
{
    return {{u"id"_s, id}, {u"project_id"_s, refId}, {u"project"_s, refName}, {u"hard_storage"_s, hardStorage},
            {u"used_storage"_s, usedStorage}};
}

HarborPermissions HarborPermissions::fromJson(const QJsonArray &permissions)
{
    HarborPermissions p;
    for (const QJsonValue &v : permissions) {
        const QJsonObject o = v.toObject();
        QString resource = o.value("resource"_L1).toString();
        // Absolute answers (relative=false) carry the scope: "/project/3/member", "/system/gc".
        static const QRegularExpression scope(u"^/(?:project/\\d+|system)/"_s);
        resource.remove(scope);
        p.m_pairs.insert(resource + u'\n' + o.value("action"_L1).toString());
    }
    return p;
}

HarborPermissions HarborPermissions::fromBody(const QByteArray &body)
{
    return fromJson(QJsonDocument::fromJson(body).array());
}

bool HarborPermissions::can(const QString &resource, const QString &action) const
{
    return m_pairs.contains(resource + u'\n' + action) || m_pairs.contains(resource + u"\n*"_s)
        || m_pairs.contains(u"*\n"_s + action) || m_pairs.contains(u"*\n*"_s);
}

} // namespace berth
