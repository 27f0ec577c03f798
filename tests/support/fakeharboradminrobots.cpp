// FakeHarbor's robot accounts (v2 /robots): list by level, create with permissions and duration,
// update (disable), refresh the secret, delete. The secret is in the answers of create and
// refresh only; names are formed as Harbor does (robot$name, robot$project+name).

#include "fakeharboradmin.h"
#include "fakeharborroutes.h"

#include <QRandomGenerator>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace berth::test {

using namespace harbor;

namespace {

using Call = FakeHarbor::Call;
using Response = FakeHarbor::Response;

QString randomSecret()
{
    static const char alphabet[] = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    QString s;
    for (int i = 0; i < 32; ++i)
        s += QLatin1Char(alphabet[QRandomGenerator::global()->bounded(int(sizeof(alphabet) - 1))]);
    return s + u"A1a"_s; // Harbor's rule: upper, lower and a digit
}

// The role a robot acts with in the fake's access checks, from its access list.
Role roleFor(const QJsonArray &permissions)
{
    bool push = false, del = false;
    for (const QJsonValue &p : permissions) {
        for (const QJsonValue &a : p.toObject().value("access"_L1).toArray()) {
            const QString action = a.toObject().value("action"_L1).toString();
            push = push || action == "push"_L1;
            del = del || action == "delete"_L1;
        }
    }
    return del ? Role::Maintainer : push ? Role::Developer : Role::Guest;
}

qint64 expiryFor(qint64 durationDays, const QDateTime &from)
{
    return durationDays <= 0 ? -1 : from.toSecsSinceEpoch() + durationDays * 86400;
}

QJsonObject robotJson(FakeHarbor &h, const Robot &r)
{
    RobotDetail d = h.state().admin.robotDetails.value(r.id);
    if (d.level.isEmpty()) { // seeded with addRobot: derive what the v2 API shows
        Project *p = r.projectId ? h.findProject(QString::number(r.projectId), false) : nullptr;
        const QString action = r.role == Role::Guest || r.role == Role::LimitedGuest ? u"pull"_s : u"push"_s;
        const QJsonArray access{QJsonObject{{u"resource"_s, u"repository"_s}, {u"action"_s, u"pull"_s}},
                                QJsonObject{{u"resource"_s, u"repository"_s}, {u"action"_s, action}}};
        d.level = r.projectId ? u"project"_s : u"system"_s;
        d.permissions = {QJsonObject{{u"kind"_s, u"project"_s}, {u"namespace"_s, p ? p->name : u"*"_s},
                                     {u"access"_s, access}}};
        d.created = QDateTime::currentDateTimeUtc();
    }
    return {{u"id"_s, r.id}, {u"name"_s, r.name}, {u"description"_s, r.description}, {u"level"_s, d.level},
            {u"duration"_s, d.duration}, {u"editable"_s, true}, {u"disable"_s, r.disabled},
            {u"expires_at"_s, d.expiresAt}, {u"permissions"_s, d.permissions},
            {u"creator_type"_s, u"local"_s}, {u"creator_ref"_s, 1},
            {u"creation_time"_s, timeText(d.created)}, {u"update_time"_s, timeText(d.created)}};
}

// Project robots belong to the project's admins; system robots to system administrators.
bool mayManage(FakeHarbor &h, const Call &call, const Robot &r)
{
    if (call.principal.sysadmin)
        return true;
    Project *p = r.projectId ? h.findProject(QString::number(r.projectId), false) : nullptr;
    return p && h.state().admin.robotDetails.value(r.id).level != "system"_L1
        && h.allowed(call.principal, *p, Access::Admin);
}

Response listRobots(FakeHarbor &h, const Call &call)
{
    if (!call.principal.authenticated)
        return refuse(call);
    int projectId = 0;
    QString level;
    for (const QString &item : call.queryValue(u"q"_s).split(u',', Qt::SkipEmptyParts)) {
        if (item.startsWith("ProjectID="_L1))
            projectId = item.mid(10).toInt();
        else if (item.startsWith("Level="_L1))
            level = item.mid(6);
    }
    if (!call.principal.sysadmin) {
        Project *p = projectId ? h.findProject(QString::number(projectId), false) : nullptr;
        if (!p || level == "system"_L1 || !h.allowed(call.principal, *p, Access::Admin))
            return refuse(call);
    }
    QJsonArray all;
    for (const Robot &r : h.state().robots) {
        const QJsonObject o = robotJson(h, r);
        if ((projectId && r.projectId != projectId) || (!level.isEmpty() && o.value("level"_L1).toString() != level))
            continue;
        all.append(o);
    }
    return h.paged(call, all);
}

Robot *robotById(FakeHarbor &h, const Call &call)
{
    const int id = call.path(u"robot_id"_s).toInt();
    for (Robot &r : h.state().robots) {
        if (r.id == id)
            return &r;
    }
    return nullptr;
}

Response createRobot(FakeHarbor &h, const Call &call)
{
    if (!call.principal.authenticated)
        return refuse(call);
    const QJsonObject body = call.body.toObject();
    const QString name = body.value("name"_L1).toString();
    const QString level = body.value("level"_L1).toString();
    const QJsonArray permissions = body.value("permissions"_L1).toArray();
    static const QRegularExpression valid(u"^[a-z0-9]+(?:[._-][a-z0-9]+)*$"_s);
    if (!valid.match(name).hasMatch())
        return badRequest(u"robot name is not in lower case or contains illegal characters"_s);
    if (level != "project"_L1 && level != "system"_L1)
        return badRequest(u"bad level"_s);
    const qint64 duration = body.value("duration"_L1).toInteger(-1);
    if (duration == 0 || duration < -1)
        return badRequest(u"duration must be -1 or a positive number of days"_s);
    if (permissions.isEmpty())
        return badRequest(u"permissions are required"_s);
    Project *project = nullptr;
    if (level == "project"_L1) {
        if (permissions.size() != 1)
            return badRequest(u"a project robot has the permissions of one project"_s);
        project = h.projectByName(permissions.first().toObject().value("namespace"_L1).toString());
        if (!project)
            return call.principal.sysadmin ? FakeHarbor::error(404, u"NOT_FOUND"_s, u"project not found"_s)
                                           : refuse(call);
        if (!h.allowed(call.principal, *project, Access::Admin))
            return refuse(call);
    } else if (!call.principal.sysadmin) {
        return refuse(call);
    }
    const QString full = u"robot$"_s + (project ? project->name + u'+' : QString()) + name;
    for (const Robot &r : h.state().robots) {
        if (r.name == full)
            return FakeHarbor::error(409, u"CONFLICT"_s, u"robot account %1 already exists"_s.arg(full));
    }
    const QString secret = randomSecret();
    const int id = h.addRobot(full, secret, project ? project->id : 0, roleFor(permissions));
    Robot &robot = h.state().robots.last();
    robot.description = body.value("description"_L1).toString();
    robot.disabled = body.value("disable"_L1).toBool();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    h.state().admin.robotDetails.insert(id, RobotDetail{level, duration, expiryFor(duration, now), permissions, now});
    recordAudit(h, call.principal, u"create"_s, u"robot"_s, full, project ? project->id : 0);
    Response r = FakeHarbor::json(201, QJsonObject{{u"id"_s, id}, {u"name"_s, full}, {u"secret"_s, secret},
                                                   {u"creation_time"_s, timeText(now)},
                                                   {u"expires_at"_s, expiryFor(duration, now)}});
    r.headers.append({"Location", "/api/v2.0/robots/" + QByteArray::number(id)});
    return r;
}

Response getRobot(FakeHarbor &h, const Call &call)
{
    Robot *r = robotById(h, call);
    if (!r)
        return call.principal.sysadmin ? FakeHarbor::error(404, u"NOT_FOUND"_s, u"robot not found"_s) : refuse(call);
    return mayManage(h, call, *r) ? FakeHarbor::json(200, robotJson(h, *r)) : refuse(call);
}

Response updateRobot(FakeHarbor &h, const Call &call)
{
    Robot *r = robotById(h, call);
    if (!r)
        return call.principal.sysadmin ? FakeHarbor::error(404, u"NOT_FOUND"_s, u"robot not found"_s) : refuse(call);
    if (!mayManage(h, call, *r))
        return refuse(call);
    const QJsonObject body = call.body.toObject();
    QJsonObject current = robotJson(h, *r);
    if (body.value("name"_L1).toString() != r->name || body.value("level"_L1).toString() != current.value("level"_L1).toString())
        return badRequest(u"the name and level of a robot cannot change"_s);
    const qint64 duration = body.value("duration"_L1).toInteger(-1);
    if (duration == 0 || duration < -1)
        return badRequest(u"duration must be -1 or a positive number of days"_s);
    r->description = body.value("description"_L1).toString();
    r->disabled = body.value("disable"_L1).toBool();
    RobotDetail d = h.state().admin.robotDetails.value(r->id);
    if (d.level.isEmpty())
        d = RobotDetail{current.value("level"_L1).toString(), -1, -1, current.value("permissions"_L1).toArray(),
                        QDateTime::currentDateTimeUtc()};
    if (body.contains("permissions"_L1)) {
        d.permissions = body.value("permissions"_L1).toArray();
        r->role = roleFor(d.permissions);
    }
    if (duration != d.duration) {
        d.duration = duration;
        d.expiresAt = expiryFor(duration, d.created);
    }
    h.state().admin.robotDetails.insert(r->id, d);
    recordAudit(h, call.principal, u"update"_s, u"robot"_s, r->name, r->projectId);
    return Response::json(200, {});
}

Response refreshSecret(FakeHarbor &h, const Call &call)
{
    Robot *r = robotById(h, call);
    if (!r)
        return call.principal.sysadmin ? FakeHarbor::error(404, u"NOT_FOUND"_s, u"robot not found"_s) : refuse(call);
    if (!mayManage(h, call, *r))
        return refuse(call);
    QString secret = call.body.toObject().value("secret"_L1).toString();
    if (secret.isEmpty()) {
        secret = randomSecret();
    } else {
        static const QRegularExpression upper(u"[A-Z]"_s), lower(u"[a-z]"_s), digit(u"[0-9]"_s);
        if (secret.size() < 8 || secret.size() > 128 || !upper.match(secret).hasMatch()
            || !lower.match(secret).hasMatch() || !digit.match(secret).hasMatch())
            return badRequest(u"the secret needs 8-128 characters with an upper and a lower case letter and a digit"_s);
    }
    r->secret = secret;
    recordAudit(h, call.principal, u"update"_s, u"robot"_s, r->name, r->projectId);
    return FakeHarbor::json(200, QJsonObject{{u"secret"_s, secret}});
}

Response deleteRobot(FakeHarbor &h, const Call &call)
{
    Robot *r = robotById(h, call);
    if (!r)
        return call.principal.sysadmin ? FakeHarbor::error(404, u"NOT_FOUND"_s, u"robot not found"_s) : refuse(call);
    if (!mayManage(h, call, *r))
        return refuse(call);
    const int id = r->id;
    const QString name = r->name;
    const int projectId = r->projectId;
    h.state().robots.removeIf([id](const Robot &x) { return x.id == id; });
    h.state().admin.robotDetails.remove(id);
    recordAudit(h, call.principal, u"delete"_s, u"robot"_s, name, projectId);
    return Response::json(200, {});
}

} // namespace

void registerAdminRobotRoutes(FakeHarbor &harbor)
{
    harbor.setHandler(u"ListRobot"_s, listRobots); // by level, with the v2 details
    harbor.setHandler(u"CreateRobot"_s, createRobot);
    harbor.setHandler(u"GetRobotByID"_s, getRobot);
    harbor.setHandler(u"UpdateRobot"_s, updateRobot);
    harbor.setHandler(u"RefreshSec"_s, refreshSecret);
    harbor.setHandler(u"DeleteRobot"_s, deleteRobot);
}

} // namespace berth::test
