// FakeHarbor's system endpoints: systeminfo, ping, health, current user, labels, robots.

#include "fakeharborroutes.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace berth::test {

using namespace harbor;

namespace harbor {

QString timeText(const QDateTime &t)
{
    if (!t.isValid())
        return u"0001-01-01T00:00:00.000Z"_s; // Go's zero time, as Harbor prints an unset time
    return t.toUTC().toString(Qt::ISODateWithMs);
}

FakeHarbor::Response refuse(const FakeHarbor::Call &call)
{
    return call.principal.authenticated ? FakeHarbor::error(403, u"FORBIDDEN"_s, u"forbidden"_s)
                                        : FakeHarbor::error(401, u"UNAUTHORIZED"_s, u"unauthorized"_s);
}

FakeHarbor::Response badRequest(const QString &message)
{
    return FakeHarbor::error(400, u"BAD_REQUEST"_s, message);
}

FakeHarbor::Response notFound(const QString &what)
{
    return FakeHarbor::error(404, u"NOT_FOUND"_s, what + u" not found"_s);
}

FakeHarbor::Response created(const QByteArray &location)
{
    FakeHarbor::Response r = FakeHarbor::Response::json(201, {});
    r.headers.append({"Location", "/api/v2.0" + location});
    return r;
}

QJsonObject labelJson(const Label &l)
{
    return QJsonObject{{u"id"_s, l.id}, {u"name"_s, l.name}, {u"description"_s, l.description},
                       {u"color"_s, l.color}, {u"scope"_s, l.scope}, {u"project_id"_s, l.projectId},
                       {u"creation_time"_s, timeText(QDateTime::currentDateTimeUtc())},
                       {u"update_time"_s, timeText(QDateTime::currentDateTimeUtc())}};
}

} // namespace harbor

namespace {

using Call = FakeHarbor::Call;
using Response = FakeHarbor::Response;

Response unauthorized()
{
    return FakeHarbor::error(401, u"UNAUTHORIZED"_s, u"unauthorized"_s);
}

Response systemInfo(FakeHarbor &h, const Call &call)
{
    const QString host = QString::fromUtf8(call.request.header("host"));
    return FakeHarbor::json(200, QJsonObject{{u"auth_mode"_s, h.authMode()},
                                             {u"harbor_version"_s, h.harborVersion()},
                                             {u"primary_auth_mode"_s, false},
                                             {u"project_creation_restriction"_s, h.creationRestriction()},
                                             {u"self_registration"_s, false},
                                             {u"has_ca_root"_s, false},
                                             {u"read_only"_s, false},
                                             {u"notification_enable"_s, true},
                                             {u"registry_url"_s, host},
                                             {u"external_url"_s, QString(u"http://"_s + host)},
                                             {u"current_time"_s, timeText(QDateTime::currentDateTimeUtc())}});
}

Response health(FakeHarbor &, const Call &)
{
    QJsonArray components;
    for (const char *name : {"core", "database", "jobservice", "portal", "redis", "registry", "registryctl"})
        components.append(QJsonObject{{u"name"_s, QString::fromLatin1(name)}, {u"status"_s, u"healthy"_s}});
    return FakeHarbor::json(200, QJsonObject{{u"status"_s, u"healthy"_s}, {u"components"_s, components}});
}

Response currentUser(FakeHarbor &h, const Call &call)
{
    if (!call.principal.authenticated)
        return unauthorized();
    for (const User &u : h.state().users) {
        if (u.id == call.principal.userId) {
            const QString now = timeText(QDateTime::currentDateTimeUtc());
            return FakeHarbor::json(200, QJsonObject{{u"user_id"_s, u.id}, {u"username"_s, u.username},
                                                     {u"email"_s, u.email}, {u"realname"_s, u.username},
                                                     {u"comment"_s, QString()}, {u"sysadmin_flag"_s, u.sysadmin},
                                                     {u"admin_role_in_auth"_s, false},
                                                     {u"creation_time"_s, now}, {u"update_time"_s, now}});
        }
    }
    // Robots have no user record.
    return FakeHarbor::error(403, u"FORBIDDEN"_s, u"the current principal is not a user"_s);
}

Response currentPermissions(FakeHarbor &h, const Call &call)
{
    if (!call.principal.authenticated)
        return unauthorized();
    const QString scope = call.queryValue(u"scope"_s);
    const bool relative = call.queryBool(u"relative"_s, false);
    QJsonArray out;
    auto add = [&](const QString &prefix, const QString &resource, const QString &action) {
        out.append(QJsonObject{{u"resource"_s, relative ? resource : QString(prefix + resource)}, {u"action"_s, action}});
    };
    if (scope.startsWith("/project/"_L1)) {
        Project *p = h.findProject(scope.mid(9), false);
        if (!p)
            return FakeHarbor::json(200, out);
        const QString prefix = scope + u'/';
        if (h.allowed(call.principal, *p, Access::Read)) {
            for (const char *r : {"repository", "artifact", "tag", "label", "member"})
                add(prefix, QString::fromLatin1(r), u"list"_s);
            add(prefix, u"repository"_s, u"pull"_s);
            add(prefix, u"artifact"_s, u"read"_s);
        }
        if (h.allowed(call.principal, *p, Access::Push)) {
            add(prefix, u"repository"_s, u"push"_s);
            add(prefix, u"tag"_s, u"create"_s);
            add(prefix, u"scan"_s, u"create"_s);
        }
        if (h.allowed(call.principal, *p, Access::Delete)) {
            add(prefix, u"repository"_s, u"delete"_s);
            add(prefix, u"artifact"_s, u"delete"_s);
            add(prefix, u"tag"_s, u"delete"_s);
        }
        if (h.allowed(call.principal, *p, Access::Admin))
            add(prefix, u"project"_s, u"delete"_s);
    } else if (call.principal.sysadmin) {
        for (const char *r : {"project", "registry", "replication-policy", "replication", "label", "robot", "user"})
            add(u"/system/"_s, QString::fromLatin1(r), u"create"_s);
    }
    return FakeHarbor::json(200, out);
}

Response listLabels(FakeHarbor &h, const Call &call)
{
    const QString scope = call.queryValue(u"scope"_s, u"g"_s);
    const int projectId = call.queryValue(u"project_id"_s).toInt();
    if (scope == "p"_L1) {
        Project *p = h.findProject(QString::number(projectId), false);
        if (!p)
            return FakeHarbor::error(400, u"BAD_REQUEST"_s, u"project_id is required for scope p"_s);
        if (auto denied = h.deny(call, *p, Access::Read))
            return *denied;
    }
    const QString name = call.queryValue(u"name"_s);
    QJsonArray all;
    for (const Label &l : h.state().labels) {
        if (l.scope == scope && (scope == "g"_L1 || l.projectId == projectId) && (name.isEmpty() || l.name.contains(name)))
            all.append(labelJson(l));
    }
    return h.paged(call, all);
}

QString roleAction(Role role)
{
    return role == Role::Guest || role == Role::LimitedGuest ? u"pull"_s : u"push"_s;
}

Response listRobots(FakeHarbor &h, const Call &call)
{
    if (!call.principal.authenticated)
        return unauthorized();
    // Project admins list their project's robots with q=Level=project,ProjectID=<id>.
    int projectId = 0;
    for (const QString &item : call.queryValue(u"q"_s).split(u',')) {
        if (item.startsWith("ProjectID="_L1))
            projectId = item.mid(10).toInt();
    }
    if (!call.principal.sysadmin) {
        Project *p = projectId ? h.findProject(QString::number(projectId), false) : nullptr;
        if (!p || !h.allowed(call.principal, *p, Access::Admin))
            return FakeHarbor::error(403, u"FORBIDDEN"_s, u"forbidden"_s);
    }
    QJsonArray all;
    for (const Robot &r : h.state().robots) {
        if (projectId && r.projectId != projectId)
            continue;
        Project *p = r.projectId ? h.findProject(QString::number(r.projectId), false) : nullptr;
        const QJsonArray access{QJsonObject{{u"resource"_s, u"repository"_s}, {u"action"_s, u"pull"_s}},
                                QJsonObject{{u"resource"_s, u"repository"_s}, {u"action"_s, roleAction(r.role)}}};
        const QJsonObject perm{{u"kind"_s, u"project"_s}, {u"namespace"_s, p ? p->name : u"*"_s},
                               {u"access"_s, access}};
        const QString now = timeText(QDateTime::currentDateTimeUtc());
        all.append(QJsonObject{{u"id"_s, r.id}, {u"name"_s, r.name}, {u"description"_s, r.description},
                               {u"level"_s, r.projectId ? u"project"_s : u"system"_s}, {u"duration"_s, -1},
                               {u"editable"_s, true}, {u"disable"_s, r.disabled}, {u"expires_at"_s, -1},
                               {u"permissions"_s, QJsonArray{perm}}, {u"creation_time"_s, now},
                               {u"update_time"_s, now}});
    }
    return h.paged(call, all);
}

} // namespace

void registerSystemRoutes(FakeHarbor &harbor)
{
    harbor.setHandler(u"getSystemInfo"_s, systemInfo);
    harbor.setHandler(u"getPing"_s, [](FakeHarbor &, const Call &) { return Response::text(200, "Pong"); });
    harbor.setHandler(u"getHealth"_s, health);
    harbor.setHandler(u"getCurrentUserInfo"_s, currentUser);
    harbor.setHandler(u"getCurrentUserPermissions"_s, currentPermissions);
    harbor.setHandler(u"ListLabels"_s, listLabels);
    harbor.setHandler(u"ListRobot"_s, listRobots);
}

} // namespace berth::test
