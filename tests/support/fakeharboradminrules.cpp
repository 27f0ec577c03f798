// FakeHarbor's tag retention (policies, executions with dry run, tasks; the policy id in the
// project's metadata) and tag immutability rules.

#include "fakeharboradmin.h"
#include "fakeharborroutes.h"

#include <QJsonDocument>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace berth::test {

using namespace harbor;

namespace {

using Call = FakeHarbor::Call;
using Response = FakeHarbor::Response;

// --- tag retention

RetentionPolicy *retentionById(FakeHarbor &h, qint64 id)
{
    for (RetentionPolicy &p : h.state().admin.retentions) {
        if (p.id == id)
            return &p;
    }
    return nullptr;
}

// Harbor: maintainers read and run retention, project admins change it.
std::optional<Response> retentionAccess(FakeHarbor &h, const Call &call, int projectId, Access access)
{
    Project *p = h.findProject(QString::number(projectId), false);
    if (!p)
        return call.principal.sysadmin ? std::optional<Response>(notFound(u"project"_s)) : refuse(call);
    if (!h.allowed(call.principal, *p, access) || (!call.principal.sysadmin && h.roleIn(call.principal, p->id) == Role::None))
        return refuse(call);
    return std::nullopt;
}

std::optional<Response> checkRules(const QJsonArray &rules, const QString &action)
{
    if (rules.size() > 15)
        return badRequest(u"at most 15 rules"_s);
    for (const QJsonValue &v : rules) {
        const QJsonObject r = v.toObject();
        if (r.value("action"_L1).toString() != action)
            return badRequest(u"rule action must be %1"_s.arg(action));
        if (r.value("tag_selectors"_L1).toArray().isEmpty()
            || r.value("scope_selectors"_L1).toObject().value("repository"_L1).toArray().isEmpty())
            return badRequest(u"a rule needs tag and repository selectors"_s);
    }
    return std::nullopt;
}

Response getRetentionMetadata(FakeHarbor &, const Call &)
{
    QJsonArray templates;
    const auto add = [&](const QString &id, const QString &text, const QString &param) {
        QJsonArray params;
        if (!param.isEmpty())
            params.append(QJsonObject{{u"type"_s, u"int"_s}, {u"unit"_s, param}, {u"required"_s, true}});
        templates.append(QJsonObject{{u"rule_template"_s, id}, {u"display_text"_s, text}, {u"action"_s, u"retain"_s},
                                     {u"params"_s, params}});
    };
    add(u"latestPushedK"_s, u"the most recently pushed # artifacts"_s, u"count"_s);
    add(u"latestPulledN"_s, u"the most recently pulled # artifacts"_s, u"count"_s);
    add(u"nDaysSinceLastPush"_s, u"pushed within the last # days"_s, u"days"_s);
    add(u"nDaysSinceLastPull"_s, u"pulled within the last # days"_s, u"days"_s);
    add(u"always"_s, u"always"_s, {});
    const QJsonArray selectors{QJsonObject{{u"display_text"_s, u"matching"_s}, {u"kind"_s, u"doublestar"_s},
                                           {u"decorations"_s, QJsonArray{u"matches"_s, u"excludes"_s}}}};
    return FakeHarbor::json(200, QJsonObject{{u"templates"_s, templates}, {u"scope_selectors"_s, selectors},
                                             {u"tag_selectors"_s, selectors}});
}

Response createRetention(FakeHarbor &h, const Call &call)
{
    QJsonObject body = call.body.toObject();
    const int projectId = body.value("scope"_L1).toObject().value("ref"_L1).toInt();
    if (auto denied = retentionAccess(h, call, projectId, Access::Admin))
        return *denied;
    if (auto bad = checkRules(body.value("rules"_L1).toArray(), u"retain"_s))
        return *bad;
    for (const RetentionPolicy &p : h.state().admin.retentions) {
        if (p.projectId == projectId)
            return badRequest(u"the project has a retention policy already"_s);
    }
    const qint64 id = h.nextId();
    body.insert(u"id"_s, id);
    h.state().admin.retentions.append({id, projectId, body});
    recordAudit(h, call.principal, u"create"_s, u"retention"_s, QString::number(id), projectId);
    return created("/retentions/" + QByteArray::number(id));
}

Response getRetention(FakeHarbor &h, const Call &call)
{
    RetentionPolicy *p = retentionById(h, call.path(u"id"_s).toLongLong());
    if (!p)
        return call.principal.sysadmin ? notFound(u"retention"_s) : refuse(call);
    if (auto denied = retentionAccess(h, call, p->projectId, Access::Delete))
        return *denied;
    return FakeHarbor::json(200, p->body);
}

Response updateRetention(FakeHarbor &h, const Call &call)
{
    RetentionPolicy *p = retentionById(h, call.path(u"id"_s).toLongLong());
    if (!p)
        return call.principal.sysadmin ? notFound(u"retention"_s) : refuse(call);
    if (auto denied = retentionAccess(h, call, p->projectId, Access::Admin))
        return *denied;
    QJsonObject body = call.body.toObject();
    if (auto bad = checkRules(body.value("rules"_L1).toArray(), u"retain"_s))
        return *bad;
    body.insert(u"id"_s, p->id);
    p->body = body;
    recordAudit(h, call.principal, u"update"_s, u"retention"_s, QString::number(p->id), p->projectId);
    return Response::json(200, {});
}

Response deleteRetention(FakeHarbor &h, const Call &call)
{
    RetentionPolicy *p = retentionById(h, call.path(u"id"_s).toLongLong());
    if (!p)
        return call.principal.sysadmin ? notFound(u"retention"_s) : refuse(call);
    if (auto denied = retentionAccess(h, call, p->projectId, Access::Admin))
        return *denied;
    const qint64 id = p->id;
    const int projectId = p->projectId;
    h.state().admin.retentions.removeIf([id](const RetentionPolicy &x) { return x.id == id; });
    recordAudit(h, call.principal, u"delete"_s, u"retention"_s, QString::number(id), projectId);
    return Response::json(200, {});
}

// How many of `artifacts` (newest first) the policy's rules keep; "or" of the rules.
int retainedCount(const QJsonArray &rules, const QList<const Artifact *> &artifacts)
{
    int keep = 0;
    for (const QJsonValue &v : rules) {
        const QJsonObject r = v.toObject();
        if (r.value("disabled"_L1).toBool())
            continue;
        const QString t = r.value("template"_L1).toString();
        const QJsonObject params = r.value("params"_L1).toObject();
        if (t == "always"_L1)
            keep = int(artifacts.size());
        else if (t == "latestPushedK"_L1 || t == "latestPulledN"_L1)
            keep = std::max(keep, std::min(int(artifacts.size()), params.value(t).toInt()));
        else if (t == "nDaysSinceLastPush"_L1) {
            const QDateTime since = QDateTime::currentDateTimeUtc().addDays(-params.value(t).toInt());
            keep = std::max(keep, int(std::count_if(artifacts.cbegin(), artifacts.cend(),
                                                    [&](const Artifact *a) { return a->pushTime >= since; })));
        }
    }
    return keep;
}

Response triggerRetention(FakeHarbor &h, const Call &call)
{
    RetentionPolicy *p = retentionById(h, call.path(u"id"_s).toLongLong());
    if (!p)
        return call.principal.sysadmin ? notFound(u"retention"_s) : refuse(call);
    if (auto denied = retentionAccess(h, call, p->projectId, Access::Delete))
        return *denied;
    RetentionExecution e;
    e.id = h.nextId();
    e.policyId = p->id;
    e.dryRun = call.body.toObject().value("dry_run"_L1).toBool();
    e.start = QDateTime::currentDateTimeUtc();
    QList<int> doomed;
    for (const Repository &repo : h.state().repositories) {
        if (repo.projectId != p->projectId)
            continue;
        QList<const Artifact *> artifacts;
        for (const Artifact &a : h.state().artifacts) {
            if (a.repositoryId == repo.id)
                artifacts.append(&a);
        }
        std::sort(artifacts.begin(), artifacts.end(),
                  [](const Artifact *a, const Artifact *b) { return a->pushTime > b->pushTime; });
        const int keep = retainedCount(p->body.value("rules"_L1).toArray(), artifacts);
        for (int i = keep; i < artifacts.size(); ++i)
            doomed.append(artifacts.at(i)->id);
        e.tasks.append(QJsonObject{{u"id"_s, h.nextId()}, {u"execution_id"_s, e.id}, {u"repository"_s, repo.name},
                                   {u"job_id"_s, QString::number(e.id)}, {u"status"_s, u"Success"_s},
                                   {u"status_code"_s, 3}, {u"status_revision"_s, 1},
                                   {u"start_time"_s, timeText(e.start)}, {u"end_time"_s, timeText(e.start)},
                                   {u"total"_s, int(artifacts.size())}, {u"retained"_s, keep}});
    }
    if (!e.dryRun)
        h.state().artifacts.removeIf([&](const Artifact &a) { return doomed.contains(a.id); });
    e.end = QDateTime::currentDateTimeUtc();
    h.state().admin.retentionExecutions.append(e);
    return created("/retentions/" + QByteArray::number(p->id) + "/executions/" + QByteArray::number(e.id));
}

Response listRetentionExecutions(FakeHarbor &h, const Call &call)
{
    RetentionPolicy *p = retentionById(h, call.path(u"id"_s).toLongLong());
    if (!p)
        return call.principal.sysadmin ? notFound(u"retention"_s) : refuse(call);
    if (auto denied = retentionAccess(h, call, p->projectId, Access::Delete))
        return *denied;
    QJsonArray all;
    const QList<RetentionExecution> &list = h.state().admin.retentionExecutions;
    for (auto it = list.crbegin(); it != list.crend(); ++it) {
        if (it->policyId == p->id)
            all.append(QJsonObject{{u"id"_s, it->id}, {u"policy_id"_s, it->policyId},
                                   {u"start_time"_s, timeText(it->start)}, {u"end_time"_s, timeText(it->end)},
                                   {u"status"_s, it->status}, {u"trigger"_s, u"MANUAL"_s}, {u"dry_run"_s, it->dryRun}});
    }
    return h.paged(call, all);
}

RetentionExecution *executionOf(FakeHarbor &h, const Call &call, qint64 policyId)
{
    const qint64 eid = call.path(u"eid"_s).toLongLong();
    for (RetentionExecution &e : h.state().admin.retentionExecutions) {
        if (e.id == eid && e.policyId == policyId)
            return &e;
    }
    return nullptr;
}

Response operateRetentionExecution(FakeHarbor &h, const Call &call)
{
    RetentionPolicy *p = retentionById(h, call.path(u"id"_s).toLongLong());
    if (!p)
        return call.principal.sysadmin ? notFound(u"retention"_s) : refuse(call);
    if (auto denied = retentionAccess(h, call, p->projectId, Access::Delete))
        return *denied;
    if (call.body.toObject().value("action"_L1).toString() != "stop"_L1)
        return badRequest(u"only stop is supported"_s);
    RetentionExecution *e = executionOf(h, call, p->id);
    if (!e)
        return notFound(u"execution"_s);
    if (e->status == "InProgress"_L1 || e->status == "Running"_L1)
        e->status = u"Stopped"_s;
    return Response::json(200, {});
}

Response listRetentionTasks(FakeHarbor &h, const Call &call)
{
    RetentionPolicy *p = retentionById(h, call.path(u"id"_s).toLongLong());
    if (!p)
        return call.principal.sysadmin ? notFound(u"retention"_s) : refuse(call);
    if (auto denied = retentionAccess(h, call, p->projectId, Access::Delete))
        return *denied;
    RetentionExecution *e = executionOf(h, call, p->id);
    return e ? h.paged(call, e->tasks) : notFound(u"execution"_s);
}

// --- tag immutability

Response listImmutable(FakeHarbor &h, const Call &call)
{
    Project *p = nullptr;
    if (auto denied = h.resolveProject(call, Access::Read, p))
        return *denied;
    if (!call.principal.sysadmin && h.roleIn(call.principal, p->id) == Role::None)
        return refuse(call);
    QJsonArray all;
    for (const ImmutableRule &r : h.state().admin.immutableRules) {
        if (r.projectId == p->id)
            all.append(r.body);
    }
    return h.paged(call, all);
}

Response createImmutable(FakeHarbor &h, const Call &call)
{
    Project *p = nullptr;
    if (auto denied = h.resolveProject(call, Access::Delete, p)) // maintainers and admins
        return *denied;
    QJsonObject body = call.body.toObject();
    if (auto bad = checkRules(QJsonArray{body}, u"immutable"_s))
        return *bad;
    const auto count = std::count_if(h.state().admin.immutableRules.cbegin(), h.state().admin.immutableRules.cend(),
                                     [&](const ImmutableRule &r) { return r.projectId == p->id; });
    if (count >= 15)
        return badRequest(u"at most 15 immutability rules per project"_s);
    const int id = h.nextId();
    body.insert(u"id"_s, id);
    body.insert(u"project_id"_s, p->id);
    h.state().admin.immutableRules.append({id, p->id, body});
    recordAudit(h, call.principal, u"create"_s, u"immutable_rule"_s, QString::number(id), p->id);
    return created("/projects/" + QByteArray::number(p->id) + "/immutabletagrules/" + QByteArray::number(id));
}

ImmutableRule *immutableOf(FakeHarbor &h, const Call &call, int projectId)
{
    const int id = call.path(u"immutable_rule_id"_s).toInt();
    for (ImmutableRule &r : h.state().admin.immutableRules) {
        if (r.id == id && r.projectId == projectId)
            return &r;
    }
    return nullptr;
}

Response updateImmutable(FakeHarbor &h, const Call &call)
{
    Project *p = nullptr;
    if (auto denied = h.resolveProject(call, Access::Delete, p))
        return *denied;
    ImmutableRule *r = immutableOf(h, call, p->id);
    if (!r)
        return notFound(u"immutability rule"_s);
    QJsonObject body = call.body.toObject();
    if (auto bad = checkRules(QJsonArray{body}, u"immutable"_s))
        return *bad;
    body.insert(u"id"_s, r->id);
    body.insert(u"project_id"_s, p->id);
    r->body = body;
    recordAudit(h, call.principal, u"update"_s, u"immutable_rule"_s, QString::number(r->id), p->id);
    return Response::json(200, {});
}

Response deleteImmutable(FakeHarbor &h, const Call &call)
{
    Project *p = nullptr;
    if (auto denied = h.resolveProject(call, Access::Delete, p))
        return *denied;
    ImmutableRule *r = immutableOf(h, call, p->id);
    if (!r)
        return notFound(u"immutability rule"_s);
    const int id = r->id;
    h.state().admin.immutableRules.removeIf([id](const ImmutableRule &x) { return x.id == id; });
    recordAudit(h, call.principal, u"delete"_s, u"immutable_rule"_s, QString::number(id), p->id);
    return Response::json(200, {});
}

} // namespace

namespace harbor {

void registerAdminRulesRoutes(FakeHarbor &harbor)
{
    harbor.setHandler(u"getRentenitionMetadata"_s, getRetentionMetadata);
    harbor.setHandler(u"createRetention"_s, createRetention);
    harbor.setHandler(u"getRetention"_s, getRetention);
    harbor.setHandler(u"updateRetention"_s, updateRetention);
    harbor.setHandler(u"deleteRetention"_s, deleteRetention);
    harbor.setHandler(u"triggerRetentionExecution"_s, triggerRetention);
    harbor.setHandler(u"listRetentionExecutions"_s, listRetentionExecutions);
    harbor.setHandler(u"operateRetentionExecution"_s, operateRetentionExecution);
    harbor.setHandler(u"listRetentionTasks"_s, listRetentionTasks);
    harbor.setHandler(u"ListImmuRules"_s, listImmutable);
    harbor.setHandler(u"CreateImmuRule"_s, createImmutable);
    harbor.setHandler(u"UpdateImmuRule"_s, updateImmutable);
    harbor.setHandler(u"DeleteImmuRule"_s, deleteImmutable);
    // The project's retention policy id, in its metadata as Harbor keeps it.
    FakeHarbor::Handler getProject = harbor.handler(u"getProject"_s);
    harbor.setHandler(u"getProject"_s, [getProject](FakeHarbor &h, const Call &call) {
        Response r = getProject(h, call);
        if (r.status != 200)
            return r;
        QJsonObject project = QJsonDocument::fromJson(r.body).object();
        const int id = project.value("project_id"_L1).toInt();
        for (const RetentionPolicy &p : h.state().admin.retentions) {
            if (p.projectId == id) {
                QJsonObject metadata = project.value("metadata"_L1).toObject();
                metadata.insert(u"retention_id"_s, QString::number(p.id));
                project.insert(u"metadata"_s, metadata);
            }
        }
        Response out = FakeHarbor::json(200, project);
        for (const auto &header : r.headers) {
            if (header.first.compare("content-type", Qt::CaseInsensitive) != 0
                && header.first.compare("content-length", Qt::CaseInsensitive) != 0)
                out.headers.append(header);
        }
        return out;
    });
}

} // namespace harbor

} // namespace berth::test
