// FakeHarbor's project endpoints: list, head, create, get, update, delete, _deletable, summary, members.

#include "fakeharborroutes.h"

#include <QJsonArray>
#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace berth::test {

using namespace harbor;

namespace {

using Call = FakeHarbor::Call;
using Response = FakeHarbor::Response;

QString roleName(Role r)
{
    switch (r) {
    case Role::ProjectAdmin: return u"projectAdmin"_s;
    case Role::Developer: return u"developer"_s;
    case Role::Guest: return u"guest"_s;
    case Role::Maintainer: return u"maintainer"_s;
    case Role::LimitedGuest: return u"limitedGuest"_s;
    case Role::None: break;
    }
    return {};
}

QString userName(const FakeHarbor &h, int id)
{
    for (const User &u : h.state().users) {
        if (u.id == id)
            return u.username;
    }
    return {};
}

int repoCount(const FakeHarbor &h, int projectId)
{
    return int(std::count_if(h.state().repositories.cbegin(), h.state().repositories.cend(),
                             [&](const Repository &r) { return r.projectId == projectId; }));
}

qint64 storageUsed(const FakeHarbor &h, const Project &p)
{
    qint64 used = p.storageUsed;
    for (const Artifact &a : h.state().artifacts) {
        for (const Repository &r : h.state().repositories) {
            if (r.id == a.repositoryId && r.projectId == p.id)
                used += a.size;
        }
    }
    return used;
}

// q=name=~web,public=true: the subset of Harbor's query language the project list needs.
bool matchesQuery(const Project &p, const QString &q)
{
    for (const QString &item : q.split(u',', Qt::SkipEmptyParts)) {
        const QString key = item.section(u'=', 0, 0);
        QString value = item.section(u'=', 1);
        const bool fuzzy = value.startsWith(u'~');
        if (fuzzy)
            value = value.mid(1);
        if (key == "name"_L1 && !(fuzzy ? p.name.contains(value) : p.name == value))
            return false;
        if (key == "public"_L1 && (value == "true"_L1) != p.isPublic)
            return false;
    }
    return true;
}

Response listProjects(FakeHarbor &h, const Call &call)
{
    const QString name = call.queryValue(u"name"_s);
    const QString owner = call.queryValue(u"owner"_s);
    QList<const Project *> visible;
    for (const Project &p : h.state().projects) {
        if (!(call.principal.sysadmin || p.isPublic || h.roleIn(call.principal, p.id) != Role::None))
            continue;
        if (!name.isEmpty() && p.name != name)
            continue;
        if (call.hasQuery(u"public"_s) && call.queryBool(u"public"_s, false) != p.isPublic)
            continue;
        if (!owner.isEmpty() && userName(h, p.ownerId) != owner)
            continue;
        if (!matchesQuery(p, call.queryValue(u"q"_s)))
            continue;
        visible.append(&p);
    }
    const QString sort = call.queryValue(u"sort"_s, u"name"_s);
    const bool desc = sort.startsWith(u'-');
    const QString key = desc ? sort.mid(1) : sort;
    std::stable_sort(visible.begin(), visible.end(), [&](const Project *a, const Project *b) {
        const bool less = key == "project_id"_L1 ? a->id < b->id
            : key == "creation_time"_L1          ? a->created < b->created
                                                 : a->name < b->name;
        const bool greater = key == "project_id"_L1 ? b->id < a->id
            : key == "creation_time"_L1             ? b->created < a->created
                                                    : b->name < a->name;
        return desc ? greater : less;
    });
    QJsonArray all;
    for (const Project *p : std::as_const(visible))
        all.append(projectJson(h, *p, call.principal));
    return h.paged(call, all);
}

Response headProject(FakeHarbor &h, const Call &call)
{
    if (!call.principal.authenticated)
        return FakeHarbor::error(401, u"UNAUTHORIZED"_s, u"unauthorized"_s);
    if (!h.projectByName(call.queryValue(u"project_name"_s)))
        return FakeHarbor::error(404, u"NOT_FOUND"_s, u"project not found"_s);
    return Response{200, {}, {}};
}

Response createProject(FakeHarbor &h, const Call &call)
{
    if (!call.principal.authenticated)
        return FakeHarbor::error(401, u"UNAUTHORIZED"_s, u"unauthorized"_s);
    const bool adminOnly = h.creationRestriction() == "adminonly"_L1;
    if ((adminOnly || call.principal.robotId) && !call.principal.sysadmin)
        return FakeHarbor::error(403, u"FORBIDDEN"_s, u"Only system admin can create project"_s);
    const QJsonObject req = call.body.toObject();
    const QString name = req.value("project_name"_L1).toString();
    static const QRegularExpression valid(u"^[a-z0-9]+(?:[._-][a-z0-9]+)*$"_s);
    if (name.isEmpty() || name.size() > 255 || !valid.match(name).hasMatch())
        return FakeHarbor::error(400, u"BAD_REQUEST"_s,
                                 u"project name is not in lower case or contains illegal characters!"_s);
    if (h.projectByName(name))
        return FakeHarbor::error(409, u"CONFLICT"_s, u"The project named %1 already exists"_s.arg(name));
    // Harbor reads metadata.public; the old top-level "public" only counts when metadata has none.
    QString publicText = req.value("metadata"_L1).toObject().value("public"_L1).toString();
    if (publicText.isEmpty() && req.value("public"_L1).isBool())
        publicText = req.value("public"_L1).toBool() ? u"true"_s : u"false"_s;
    if (publicText.isEmpty())
        publicText = u"false"_s;
    if (publicText != "true"_L1 && publicText != "false"_L1)
        return FakeHarbor::error(400, u"BAD_REQUEST"_s, u"invalid public metadata %1"_s.arg(publicText));
    const qint64 limit = req.value("storage_limit"_L1).isDouble() ? req.value("storage_limit"_L1).toInteger() : -1;
    if (limit == 0 || limit < -1)
        return FakeHarbor::error(400, u"BAD_REQUEST"_s, u"invalid storage limit %1"_s.arg(limit));
    const int registryId = req.value("registry_id"_L1).toInt();
    if (registryId && !call.principal.sysadmin)
        return FakeHarbor::error(403, u"FORBIDDEN"_s, u"Only system admin can create proxy cache project"_s);
    const int owner = call.principal.userId ? call.principal.userId : 1;
    const int id = h.addProject(name, publicText == "true"_L1, limit, registryId, owner);
    const bool byName = call.headerIsTrue("x-resource-name-in-location");
    Response r{201, {}, {}};
    r.headers.append({"Location", "/api/v2.0/projects/" + (byName ? name.toUtf8() : QByteArray::number(id))});
    return r;
}

Response getProject(FakeHarbor &h, const Call &call)
{
    Project *p = nullptr;
    if (auto denied = h.resolveProject(call, Access::Read, p))
        return *denied;
    return FakeHarbor::json(200, projectJson(h, *p, call.principal));
}

Response updateProject(FakeHarbor &h, const Call &call)
{
    Project *p = nullptr;
    if (auto denied = h.resolveProject(call, Access::Admin, p))
        return *denied;
    const QString pub = call.body.toObject().value("metadata"_L1).toObject().value("public"_L1).toString();
    if (!pub.isEmpty())
        p->isPublic = pub == "true"_L1;
    return Response{200, {}, {}};
}

QString undeletableReason(const FakeHarbor &h, const Project &p)
{
    return repoCount(h, p.id) > 0 ? u"the project contains repositories, can not be deleted"_s : QString();
}

Response deleteProject(FakeHarbor &h, const Call &call)
{
    Project *p = nullptr;
    if (auto denied = h.resolveProject(call, Access::Admin, p))
        return *denied;
    if (const QString why = undeletableReason(h, *p); !why.isEmpty())
        return FakeHarbor::error(412, u"PRECONDITION"_s, why);
    const int id = p->id;
    h.state().projects.removeIf([id](const Project &x) { return x.id == id; });
    h.state().members.removeIf([id](const Member &m) { return m.projectId == id; });
    h.state().labels.removeIf([id](const Label &l) { return l.projectId == id; });
    h.state().robots.removeIf([id](const Robot &r) { return r.projectId == id; });
    return Response{200, {}, {}};
}

Response deletable(FakeHarbor &h, const Call &call)
{
    Project *p = nullptr;
    if (auto denied = h.resolveProject(call, Access::Admin, p))
        return *denied;
    const QString why = undeletableReason(h, *p);
    QJsonObject out{{u"deletable"_s, why.isEmpty()}};
    if (!why.isEmpty())
        out.insert(u"message"_s, why);
    return FakeHarbor::json(200, out);
}

Response summary(FakeHarbor &h, const Call &call)
{
    Project *p = nullptr;
    if (auto denied = h.resolveProject(call, Access::Read, p))
        return *denied;
    QMap<int, int> counts;
    for (const Member &m : h.state().members) {
        if (m.projectId == p->id)
            ++counts[int(m.role)];
    }
    QJsonObject out{{u"repo_count"_s, repoCount(h, p->id)},
                    {u"project_admin_count"_s, counts.value(int(Role::ProjectAdmin))},
                    {u"maintainer_count"_s, counts.value(int(Role::Maintainer))},
                    {u"developer_count"_s, counts.value(int(Role::Developer))},
                    {u"guest_count"_s, counts.value(int(Role::Guest))},
                    {u"limited_guest_count"_s, counts.value(int(Role::LimitedGuest))},
                    {u"quota"_s, QJsonObject{{u"hard"_s, QJsonObject{{u"storage"_s, p->storageLimit}}},
                                             {u"used"_s, QJsonObject{{u"storage"_s, storageUsed(h, *p)}}}}}};
    if (p->registryId)
        out.insert(u"registry"_s, QJsonObject{{u"id"_s, p->registryId}});
    return FakeHarbor::json(200, out);
}

Response listMembers(FakeHarbor &h, const Call &call)
{
    Project *p = nullptr;
    if (auto denied = h.resolveProject(call, Access::Read, p))
        return *denied;
    if (!call.principal.sysadmin && h.roleIn(call.principal, p->id) == Role::None) // public is not enough
        return call.principal.authenticated ? FakeHarbor::error(403, u"FORBIDDEN"_s, u"forbidden"_s)
                                            : FakeHarbor::error(401, u"UNAUTHORIZED"_s, u"unauthorized"_s);
    const QString filter = call.queryValue(u"entityname"_s);
    QJsonArray all;
    for (const Member &m : h.state().members) {
        const QString name = userName(h, m.userId);
        if (m.projectId != p->id || (!filter.isEmpty() && !name.contains(filter)))
            continue;
        all.append(QJsonObject{{u"id"_s, m.id}, {u"project_id"_s, m.projectId}, {u"entity_name"_s, name},
                               {u"role_name"_s, roleName(m.role)}, {u"role_id"_s, int(m.role)},
                               {u"entity_id"_s, m.userId}, {u"entity_type"_s, u"u"_s}});
    }
    return h.paged(call, all);
}

} // namespace

QJsonObject harbor::projectJson(const FakeHarbor &fake, const Project &p, const FakeHarbor::Principal &who)
{
    const Role role = fake.roleIn(who, p.id);
    QJsonObject out{{u"project_id"_s, p.id},
                    {u"owner_id"_s, p.ownerId},
                    {u"name"_s, p.name},
                    {u"creation_time"_s, timeText(p.created)},
                    {u"update_time"_s, timeText(p.created)},
                    {u"deleted"_s, false},
                    {u"owner_name"_s, userName(fake, p.ownerId)},
                    {u"togglable"_s, role == Role::ProjectAdmin},
                    {u"repo_count"_s, repoCount(fake, p.id)},
                    {u"metadata"_s, QJsonObject{{u"public"_s, p.isPublic ? u"true"_s : u"false"_s}}}};
    if (role != Role::None) {
        out.insert(u"current_user_role_id"_s, int(role));
        out.insert(u"current_user_role_ids"_s, QJsonArray{int(role)});
    }
    if (p.registryId)
        out.insert(u"registry_id"_s, p.registryId);
    return out;
}

void registerProjectRoutes(FakeHarbor &harbor)
{
    harbor.setHandler(u"listProjects"_s, listProjects);
    harbor.setHandler(u"headProject"_s, headProject);
    harbor.setHandler(u"createProject"_s, createProject);
    harbor.setHandler(u"getProject"_s, getProject);
    harbor.setHandler(u"updateProject"_s, updateProject);
    harbor.setHandler(u"deleteProject"_s, deleteProject);
    harbor.setHandler(u"getProjectDeletable"_s, deletable);
    harbor.setHandler(u"getProjectSummary"_s, summary);
    harbor.setHandler(u"listProjectMembers"_s, listMembers);
}

} // namespace berth::test
