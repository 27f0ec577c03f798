// FakeHarbor's replication executions: starting one makes a task per matching repository (from the
// policy's filters against the fake's repositories, or an endpoint's remote ones when pulling);
// stop, tasks, task logs, and the hook that finishes running executions.

#include "fakeharborreplication.h"
#include "fakeharborroutes.h"

#include <QJsonArray>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace berth::test {

using namespace harbor;

namespace {

using Call = FakeHarbor::Call;
using Response = FakeHarbor::Response;

struct Filters {
    QString name, tag, resource;
    bool tagExcludes = false;
    QStringList labels;
    bool labelExcludes = false;
};

Filters filtersOf(const QJsonObject &policy)
{
    Filters f;
    const QJsonArray list = policy.value("filters"_L1).toArray();
    for (const QJsonValue &v : list) {
        const QJsonObject o = v.toObject();
        const QString type = o.value("type"_L1).toString();
        const bool excludes = o.value("decoration"_L1).toString() == "excludes"_L1;
        if (type == "name"_L1) {
            f.name = o.value("value"_L1).toString();
        } else if (type == "tag"_L1) {
            f.tag = o.value("value"_L1).toString();
            f.tagExcludes = excludes;
        } else if (type == "resource"_L1) {
            f.resource = o.value("value"_L1).toString();
        } else if (type == "label"_L1) {
            const QJsonArray labels = o.value("value"_L1).toArray();
            for (const QJsonValue &l : labels)
                f.labels.append(l.toString());
            f.labelExcludes = excludes;
        }
    }
    return f;
}

bool tagPasses(const Filters &f, const QString &tag)
{
    if (f.tag.isEmpty())
        return true;
    return globMatches(f.tag, tag) != f.tagExcludes;
}

QString resourceName(const QString &repository, const QStringList &tags)
{
    if (tags.isEmpty())
        return repository;
    if (tags.size() == 1)
        return repository + u':' + tags.first();
    return repository + u":["_s + tags.join(u',') + u']';
}

// dest_namespace_replace_count: how many leading path components the namespace replaces
// (-1: all but the last; 0: none, the namespace is prepended).
QString destinationName(const QString &source, const QString &ns, int replaceCount)
{
    if (ns.isEmpty())
        return source;
    QStringList parts = source.split(u'/');
    const qsizetype drop = replaceCount < 0 ? parts.size() - 1 : std::min<qsizetype>(replaceCount, parts.size() - 1);
    parts.remove(0, drop);
    return ns + u'/' + parts.join(u'/');
}

// Repository -> tags that the policy replicates.
QList<std::pair<QString, QStringList>> sources(FakeHarbor &h, const ReplicationPolicy &policy)
{
    const Filters f = filtersOf(policy.sent);
    QList<std::pair<QString, QStringList>> out;
    if (policy.srcRegistryId) {
        const ReplicationEndpoint *e = findEndpoint(h, policy.srcRegistryId);
        if (!e)
            return out;
        for (auto it = e->remoteRepositories.begin(); it != e->remoteRepositories.end(); ++it) {
            if (!f.name.isEmpty() && !globMatches(f.name, it.key()))
                continue;
            QStringList tags;
            for (const QString &t : it.value()) {
                if (tagPasses(f, t))
                    tags.append(t);
            }
            if (!tags.isEmpty())
                out.append({it.key(), tags});
        }
        return out;
    }
    for (const Repository &r : std::as_const(h.state().repositories)) {
        if (!f.name.isEmpty() && !globMatches(f.name, r.name))
            continue;
        QStringList tags;
        for (const Artifact &a : std::as_const(h.state().artifacts)) {
            if (a.repositoryId != r.id || (f.resource == "image"_L1 && a.type != "IMAGE"_L1))
                continue;
            if (!f.labels.isEmpty()) {
                QStringList names;
                for (const Label &l : std::as_const(h.state().labels)) {
                    if (a.labelIds.contains(l.id))
                        names.append(l.name);
                }
                const bool all = std::all_of(f.labels.begin(), f.labels.end(),
                                             [&](const QString &l) { return names.contains(l); });
                if (all == f.labelExcludes)
                    continue;
            }
            for (const Tag &t : a.tags) {
                if (tagPasses(f, t.name))
                    tags.append(t.name);
            }
        }
        if (!tags.isEmpty())
            out.append({r.name, tags});
    }
    return out;
}

QJsonObject executionJson(const FakeHarbor &h, const ReplicationExecution &e)
{
    int total = 0, failed = 0, succeed = 0, inProgress = 0, stopped = 0;
    for (const ReplicationTask &t : h.state().replication.tasks) {
        if (t.executionId != e.id)
            continue;
        ++total;
        failed += t.status == "Failed"_L1;
        succeed += t.status == "Succeed"_L1;
        inProgress += isRunning(t.status);
        stopped += t.status == "Stopped"_L1;
    }
    return QJsonObject{{u"id"_s, e.id}, {u"policy_id"_s, e.policyId}, {u"status"_s, e.status},
                       {u"status_text"_s, e.statusText}, {u"trigger"_s, e.trigger},
                       {u"start_time"_s, timeText(e.started)}, {u"end_time"_s, timeText(e.ended)},
                       {u"total"_s, total}, {u"failed"_s, failed}, {u"succeed"_s, succeed},
                       {u"in_progress"_s, inProgress}, {u"stopped"_s, stopped}};
}

QJsonObject taskJson(const ReplicationTask &t)
{
    return QJsonObject{{u"id"_s, t.id}, {u"execution_id"_s, t.executionId}, {u"status"_s, t.status},
                       {u"job_id"_s, u"fake-job-%1"_s.arg(t.id)}, {u"operation"_s, t.operation},
                       {u"resource_type"_s, t.resourceType}, {u"src_resource"_s, t.srcResource},
                       {u"dst_resource"_s, t.dstResource}, {u"start_time"_s, timeText(t.started)},
                       {u"end_time"_s, timeText(t.ended)}};
}

Response startExecution(FakeHarbor &h, const Call &call)
{
    if (auto denied = requireSysadmin(call))
        return *denied;
    const int policyId = call.body.toObject().value("policy_id"_L1).toInt();
    const ReplicationPolicy *policy = findPolicy(h, policyId);
    if (!policy)
        return notFound(u"policy %1"_s.arg(policyId));
    if (!policy->sent.value("enabled"_L1).toBool())
        return FakeHarbor::error(412, u"PRECONDITION"_s, u"the policy %1 is disabled"_s.arg(policyId));
    ReplicationExecution e;
    e.id = h.nextId();
    e.policyId = policyId;
    e.started = QDateTime::currentDateTimeUtc();
    const QString ns = policy->sent.value("dest_namespace"_L1).toString();
    const int replaceCount = policy->sent.value("dest_namespace_replace_count"_L1).toInt(-1);
    const auto found = sources(h, *policy);
    for (const auto &[repository, tags] : found) {
        ReplicationTask t;
        t.id = h.nextId();
        t.executionId = e.id;
        t.status = u"InProgress"_s;
        t.srcResource = resourceName(repository, tags);
        t.dstResource = resourceName(destinationName(repository, ns, replaceCount), tags);
        t.started = e.started;
        h.state().replication.tasks.append(t);
    }
    if (found.isEmpty()) {
        e.status = u"Succeed"_s;
        e.ended = e.started;
    }
    h.state().replication.executions.append(e);
    Response r = Response::json(201, {});
    r.headers.append({"Location", "/api/v2.0/replication/executions/" + QByteArray::number(e.id)});
    return r;
}

Response listExecutions(FakeHarbor &h, const Call &call)
{
    if (auto denied = requireSysadmin(call))
        return *denied;
    QList<ReplicationExecution> list = h.state().replication.executions;
    std::sort(list.begin(), list.end(), [](const auto &a, const auto &b) { return a.id > b.id; });
    QJsonArray all;
    for (const ReplicationExecution &e : std::as_const(list)) {
        if (call.hasQuery(u"policy_id"_s) && e.policyId != call.queryValue(u"policy_id"_s).toInt())
            continue;
        if (call.hasQuery(u"status"_s) && e.status != call.queryValue(u"status"_s))
            continue;
        if (call.hasQuery(u"trigger"_s) && e.trigger != call.queryValue(u"trigger"_s))
            continue;
        all.append(executionJson(h, e));
    }
    return h.paged(call, all);
}

Response getExecution(FakeHarbor &h, const Call &call)
{
    if (auto denied = requireSysadmin(call))
        return *denied;
    const ReplicationExecution *e = findExecution(h, call.path(u"id"_s).toInt());
    if (!e)
        return notFound(u"execution %1"_s.arg(call.path(u"id"_s)));
    return FakeHarbor::json(200, executionJson(h, *e));
}

Response stopExecution(FakeHarbor &h, const Call &call)
{
    if (auto denied = requireSysadmin(call))
        return *denied;
    ReplicationExecution *e = findExecution(h, call.path(u"id"_s).toInt());
    if (!e)
        return notFound(u"execution %1"_s.arg(call.path(u"id"_s)));
    if (!isRunning(e->status))
        return Response::json(200, {}); // Harbor: stopping a finished execution changes nothing
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (ReplicationTask &t : h.state().replication.tasks) {
        if (t.executionId == e->id && isRunning(t.status)) {
            t.status = u"Stopped"_s;
            t.ended = now;
        }
    }
    e->status = u"Stopped"_s;
    e->ended = now;
    return Response::json(200, {});
}

Response listTasks(FakeHarbor &h, const Call &call)
{
    if (auto denied = requireSysadmin(call))
        return *denied;
    const int id = call.path(u"id"_s).toInt();
    if (!findExecution(h, id))
        return notFound(u"execution %1"_s.arg(id));
    QJsonArray all;
    for (const ReplicationTask &t : std::as_const(h.state().replication.tasks)) {
        if (t.executionId != id)
            continue;
        if (call.hasQuery(u"status"_s) && t.status != call.queryValue(u"status"_s))
            continue;
        if (call.hasQuery(u"resource_type"_s) && t.resourceType != call.queryValue(u"resource_type"_s))
            continue;
        all.append(taskJson(t));
    }
    return h.paged(call, all);
}

Response taskLog(FakeHarbor &h, const Call &call)
{
    if (auto denied = requireSysadmin(call))
        return *denied;
    const int id = call.path(u"id"_s).toInt();
    const int taskId = call.path(u"task_id"_s).toInt();
    for (const ReplicationTask &t : std::as_const(h.state().replication.tasks)) {
        if (t.id == taskId && t.executionId == id) {
            const QString log = u"%1 [INFO] copying %2 to %3\n%1 [INFO] task %4: %5\n"_s.arg(
                timeText(t.started), t.srcResource, t.dstResource, QString::number(t.id), t.status);
            return Response::text(200, log.toUtf8());
        }
    }
    return notFound(u"task %1 of execution %2"_s.arg(taskId).arg(id));
}

} // namespace

namespace harbor {

ReplicationExecution *findExecution(FakeHarbor &fake, int id)
{
    for (ReplicationExecution &e : fake.state().replication.executions) {
        if (e.id == id)
            return &e;
    }
    return nullptr;
}

void finishReplications(FakeHarbor &fake, const QString &failing)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (ReplicationExecution &e : fake.state().replication.executions) {
        if (!isRunning(e.status))
            continue;
        bool anyFailed = false;
        for (ReplicationTask &t : fake.state().replication.tasks) {
            if (t.executionId != e.id)
                continue;
            if (isRunning(t.status)) {
                t.status = (!failing.isEmpty() && t.srcResource.contains(failing)) ? u"Failed"_s : u"Succeed"_s;
                t.ended = now;
            }
            anyFailed = anyFailed || t.status == "Failed"_L1;
        }
        e.status = anyFailed ? u"Failed"_s : u"Succeed"_s;
        e.statusText = anyFailed ? u"some tasks failed"_s : QString();
        e.ended = now;
    }
}

void registerReplicationExecutionRoutes(FakeHarbor &fake)
{
    fake.setHandler(u"startReplication"_s, startExecution);
    fake.setHandler(u"listReplicationExecutions"_s, listExecutions);
    fake.setHandler(u"getReplicationExecution"_s, getExecution);
    fake.setHandler(u"stopReplication"_s, stopExecution);
    fake.setHandler(u"listReplicationTasks"_s, listTasks);
    fake.setHandler(u"getReplicationLog"_s, taskLog);
}

} // namespace harbor

} // namespace berth::test
