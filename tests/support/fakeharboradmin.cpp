// FakeHarbor's administration endpoints: project members (users and groups), user, group and LDAP
// search, robot accounts (v2, with writes), audit log (recorded for the writes the fake handles),
// quotas. GC, retention and immutability are in fakeharboradminops.cpp.

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

Response unauthorized()
{
    return FakeHarbor::error(401, u"UNAUTHORIZED"_s, u"unauthorized"_s);
}

Response forbidden()
{
    return FakeHarbor::error(403, u"FORBIDDEN"_s, u"forbidden"_s);
}

Response refuse(const Call &call)
{
    return call.principal.authenticated ? forbidden() : unauthorized();
}

Response notFound(const QString &what)
{
    return FakeHarbor::error(404, u"NOT_FOUND"_s, what + u" not found"_s);
}

Response created(const QByteArray &location)
{
    Response r = Response::json(201, {});
    r.headers.append({"Location", "/api/v2.0" + location});
    return r;
}

QString roleName(int role)
{
    switch (Role(role)) {
    case Role::ProjectAdmin: return u"projectAdmin"_s;
    case Role::Developer: return u"developer"_s;
    case Role::Guest: return u"guest"_s;
    case Role::Maintainer: return u"maintainer"_s;
    case Role::LimitedGuest: return u"limitedGuest"_s;
    case Role::None: break;
    }
    return {};
}

User *userById(FakeHarbor &h, int id)
{
    for (User &u : h.state().users) {
        if (u.id == id)
            return &u;
    }
    return nullptr;
}

User *userByName(FakeHarbor &h, const QString &name)
{
    for (User &u : h.state().users) {
        if (u.username == name)
            return &u;
    }
    return nullptr;
}

UserGroup *groupById(FakeHarbor &h, int id)
{
    for (UserGroup &g : h.state().admin.groups) {
        if (g.id == id)
            return &g;
    }
    return nullptr;
}

// --- members

QJsonObject memberJson(FakeHarbor &h, const Member &m)
{
    const User *u = userById(h, m.userId);
    return {{u"id"_s, m.id}, {u"project_id"_s, m.projectId}, {u"entity_name"_s, u ? u->username : QString()},
            {u"role_name"_s, roleName(int(m.role))}, {u"role_id"_s, int(m.role)}, {u"entity_id"_s, m.userId},
            {u"entity_type"_s, u"u"_s}};
}

QJsonObject groupMemberJson(FakeHarbor &h, const GroupMember &m)
{
    const UserGroup *g = groupById(h, m.groupId);
    return {{u"id"_s, m.id}, {u"project_id"_s, m.projectId}, {u"entity_name"_s, g ? g->name : QString()},
            {u"role_name"_s, roleName(m.role)}, {u"role_id"_s, m.role}, {u"entity_id"_s, m.groupId},
            {u"entity_type"_s, u"g"_s}};
}

// Members are listed by any member of the project (a public project is not enough).
std::optional<Response> memberAccess(FakeHarbor &h, const Call &call, bool write, Project *&p)
{
    if (auto denied = h.resolveProject(call, write ? Access::Admin : Access::Read, p))
        return denied;
    if (!call.principal.sysadmin && h.roleIn(call.principal, p->id) == Role::None)
        return refuse(call);
    return std::nullopt;
}

Response listMembers(FakeHarbor &h, const Call &call)
{
    Project *p = nullptr;
    if (auto denied = memberAccess(h, call, false, p))
        return *denied;
    const QString filter = call.queryValue(u"entityname"_s);
    QJsonArray all;
    for (const Member &m : h.state().members) {
        const QJsonObject o = memberJson(h, m);
        if (m.projectId == p->id && (filter.isEmpty() || o.value("entity_name"_L1).toString().contains(filter)))
            all.append(o);
    }
    for (const GroupMember &m : h.state().admin.groupMembers) {
        const QJsonObject o = groupMemberJson(h, m);
        if (m.projectId == p->id && (filter.isEmpty() || o.value("entity_name"_L1).toString().contains(filter)))
            all.append(o);
    }
    return h.paged(call, all);
}

Response createMember(FakeHarbor &h, const Call &call)
{
    Project *p = nullptr;
    if (auto denied = memberAccess(h, call, true, p))
        return *denied;
    const QJsonObject body = call.body.toObject();
    const int role = body.value("role_id"_L1).toInt();
    if (role < 1 || role > 5)
        return FakeHarbor::error(400, u"BAD_REQUEST"_s, u"invalid role id"_s);
    const QByteArray base = "/projects/" + QByteArray::number(p->id) + "/members/";
    if (body.contains("member_group"_L1)) {
        const QJsonObject g = body.value("member_group"_L1).toObject();
        UserGroup *group = groupById(h, g.value("id"_L1).toInt());
        const QString dn = g.value("ldap_group_dn"_L1).toString();
        if (!group && !dn.isEmpty()) {
            for (UserGroup &existing : h.state().admin.groups) {
                if (existing.ldapDn == dn)
                    group = &existing;
            }
            if (!group) { // Harbor onboards an LDAP group by its DN
                if (h.authMode() != "ldap_auth"_L1)
                    return FakeHarbor::error(400, u"BAD_REQUEST"_s, u"LDAP groups need LDAP authentication"_s);
                addUserGroup(h, g.value("group_name"_L1).toString(dn.section(u',', 0, 0).section(u'=', 1)), 1, dn);
                group = &h.state().admin.groups.last();
            }
        }
        if (!group)
            return notFound(u"user group"_s);
        for (const GroupMember &m : h.state().admin.groupMembers) {
            if (m.projectId == p->id && m.groupId == group->id)
                return FakeHarbor::error(409, u"CONFLICT"_s, u"the group is already a member"_s);
        }
        const GroupMember m{h.nextId(), p->id, group->id, role};
        h.state().admin.groupMembers.append(m);
        recordAudit(h, call.principal, u"create"_s, u"project_member"_s, p->name + u':' + group->name, p->id);
        return created(base + QByteArray::number(m.id));
    }
    const QJsonObject u = body.value("member_user"_L1).toObject();
    User *user = u.contains("user_id"_L1) ? userById(h, u.value("user_id"_L1).toInt())
                                          : userByName(h, u.value("username"_L1).toString());
    if (!user && h.authMode() == "ldap_auth"_L1) { // Harbor imports an LDAP user on first use
        for (const LdapUser &l : h.state().admin.ldapUsers) {
            if (l.username == u.value("username"_L1).toString()) {
                h.addUser(l.username, QString());
                user = &h.state().users.last();
                user->email = l.email;
            }
        }
    }
    if (!user)
        return notFound(u"user"_s);
    for (const Member &m : h.state().members) {
        if (m.projectId == p->id && m.userId == user->id)
            return FakeHarbor::error(409, u"CONFLICT"_s, u"the user is already a member"_s);
    }
    h.addMember(p->id, user->id, Role(role));
    recordAudit(h, call.principal, u"create"_s, u"project_member"_s, p->name + u':' + user->username, p->id);
    return created(base + QByteArray::number(h.state().members.last().id));
}

Response getMember(FakeHarbor &h, const Call &call)
{
    Project *p = nullptr;
    if (auto denied = memberAccess(h, call, false, p))
        return *denied;
    const int mid = call.path(u"mid"_s).toInt();
    for (const Member &m : h.state().members) {
        if (m.id == mid && m.projectId == p->id)
            return FakeHarbor::json(200, memberJson(h, m));
    }
    for (const GroupMember &m : h.state().admin.groupMembers) {
        if (m.id == mid && m.projectId == p->id)
            return FakeHarbor::json(200, groupMemberJson(h, m));
    }
    return notFound(u"member"_s);
}

Response updateMember(FakeHarbor &h, const Call &call)
{
    Project *p = nullptr;
    if (auto denied = memberAccess(h, call, true, p))
        return *denied;
    const int mid = call.path(u"mid"_s).toInt();
    const int role = call.body.toObject().value("role_id"_L1).toInt();
    if (role < 1 || role > 5)
        return FakeHarbor::error(400, u"BAD_REQUEST"_s, u"invalid role id"_s);
    for (Member &m : h.state().members) {
        if (m.id == mid && m.projectId == p->id) {
            m.role = Role(role);
            recordAudit(h, call.principal, u"update"_s, u"project_member"_s,
                        p->name + u':' + memberJson(h, m).value("entity_name"_L1).toString(), p->id);
            return Response::json(200, {});
        }
    }
    for (GroupMember &m : h.state().admin.groupMembers) {
        if (m.id == mid && m.projectId == p->id) {
            m.role = role;
            recordAudit(h, call.principal, u"update"_s, u"project_member"_s, p->name, p->id);
            return Response::json(200, {});
        }
    }
    return notFound(u"member"_s);
}

Response deleteMember(FakeHarbor &h, const Call &call)
{
    Project *p = nullptr;
    if (auto denied = memberAccess(h, call, true, p))
        return *denied;
    const int mid = call.path(u"mid"_s).toInt();
    const auto removed = h.state().members.removeIf([&](const Member &m) { return m.id == mid && m.projectId == p->id; })
        + h.state().admin.groupMembers.removeIf([&](const GroupMember &m) { return m.id == mid && m.projectId == p->id; });
    if (removed) // Harbor answers 200 for a member that is not there too
        recordAudit(h, call.principal, u"delete"_s, u"project_member"_s, p->name, p->id);
    return Response::json(200, {});
}

// --- users, groups, LDAP

Response searchUsers(FakeHarbor &h, const Call &call)
{
    if (!call.principal.authenticated)
        return unauthorized();
    const QString name = call.queryValue(u"username"_s);
    QJsonArray all;
    for (const User &u : h.state().users) {
        if (u.username.contains(name, Qt::CaseInsensitive))
            all.append(QJsonObject{{u"user_id"_s, u.id}, {u"username"_s, u.username}});
    }
    return h.paged(call, all);
}

std::optional<Response> ldapAccess(FakeHarbor &h, const Call &call)
{
    if (!call.principal.sysadmin) // Harbor: system access to ldap-user, list
        return refuse(call);
    if (h.authMode() != "ldap_auth"_L1)
        return FakeHarbor::error(400, u"BAD_REQUEST"_s, u"the authentication mode is not LDAP"_s);
    return std::nullopt;
}

Response searchLdapUsers(FakeHarbor &h, const Call &call)
{
    if (auto denied = ldapAccess(h, call))
        return *denied;
    const QString name = call.queryValue(u"username"_s);
    QJsonArray out;
    for (const LdapUser &u : h.state().admin.ldapUsers) {
        if (u.username.contains(name, Qt::CaseInsensitive))
            out.append(QJsonObject{{u"username"_s, u.username}, {u"realname"_s, u.realname}, {u"email"_s, u.email}});
    }
    return FakeHarbor::json(200, out);
}

Response searchLdapGroups(FakeHarbor &h, const Call &call)
{
    if (auto denied = ldapAccess(h, call))
        return *denied;
    const QString name = call.queryValue(u"groupname"_s);
    const QString dn = call.queryValue(u"groupdn"_s);
    QJsonArray out;
    for (const UserGroup &g : h.state().admin.groups) {
        if (g.type == 1 && (dn.isEmpty() ? g.name.contains(name, Qt::CaseInsensitive) : g.ldapDn == dn))
            out.append(QJsonObject{{u"group_name"_s, g.name}, {u"ldap_group_dn"_s, g.ldapDn}, {u"group_type"_s, 1}});
    }
    return FakeHarbor::json(200, out);
}

Response listUserGroups(FakeHarbor &h, const Call &call)
{
    if (!call.principal.authenticated)
        return unauthorized();
    const QString name = call.queryValue(u"group_name"_s);
    const QString dn = call.queryValue(u"ldap_group_dn"_s);
    QJsonArray all;
    for (const UserGroup &g : h.state().admin.groups) {
        if ((name.isEmpty() || g.name.contains(name, Qt::CaseInsensitive)) && (dn.isEmpty() || g.ldapDn == dn))
            all.append(QJsonObject{{u"id"_s, g.id}, {u"group_name"_s, g.name}, {u"group_type"_s, g.type},
                                   {u"ldap_group_dn"_s, g.ldapDn}});
    }
    return h.paged(call, all);
}

// --- audit log

QString qValue(const QString &q, const QString &key)
{
    for (const QString &item : q.split(u',')) {
        if (item.startsWith(key + u'='))
            return item.mid(key.size() + 1);
    }
    return {};
}

bool matches(const QString &value, const QString &pattern)
{
    if (pattern.isEmpty())
        return true;
    return pattern.startsWith(u'~') ? value.contains(pattern.mid(1), Qt::CaseInsensitive) : value == pattern;
}

Response listAuditLogs(FakeHarbor &h, const Call &call)
{
    if (!call.principal.authenticated)
        return unauthorized();
    int onlyProject = 0;
    if (call.pathParams.contains(u"project_name"_s)) { // /projects/{project_name}/auditlog-exts
        Project *p = nullptr;
        if (auto denied = memberAccess(h, call, false, p))
            return *denied;
        onlyProject = p->id;
    }
    const QString q = call.queryValue(u"q"_s);
    for (const QString &item : q.split(u',', Qt::SkipEmptyParts)) {
        const QString key = item.section(u'=', 0, 0);
        if (!QStringList{u"username"_s, u"operation"_s, u"resource"_s, u"resource_type"_s, u"op_time"_s}.contains(key))
            return FakeHarbor::error(400, u"BAD_REQUEST"_s, u"unsupported query key "_s + key);
    }
    QDateTime from, to;
    const QString range = qValue(q, u"op_time"_s);
    if (!range.isEmpty()) {
        if (!range.startsWith(u'[') || !range.endsWith(u']') || !range.contains(u'~'))
            return FakeHarbor::error(400, u"BAD_REQUEST"_s, u"bad op_time range"_s);
        const QString fmt = u"yyyy-MM-dd HH:mm:ss"_s;
        from = QDateTime::fromString(range.mid(1).section(u'~', 0, 0), fmt);
        to = QDateTime::fromString(range.chopped(1).section(u'~', 1), fmt);
        from.setTimeSpec(Qt::UTC);
        to.setTimeSpec(Qt::UTC);
        if (!from.isValid() || !to.isValid())
            return FakeHarbor::error(400, u"BAD_REQUEST"_s, u"bad op_time range"_s);
    }
    QList<AuditEntry> entries;
    for (const AuditEntry &e : h.state().admin.audit) {
        if (onlyProject && e.projectId != onlyProject)
            continue;
        if (!call.principal.sysadmin) { // others see the projects they are members of
            if (!e.projectId || h.roleIn(call.principal, e.projectId) == Role::None
                || h.roleIn(call.principal, e.projectId) == Role::LimitedGuest)
                continue;
        }
        if (!matches(e.username, qValue(q, u"username"_s)) || !matches(e.operation, qValue(q, u"operation"_s))
            || !matches(e.resource, qValue(q, u"resource"_s)) || !matches(e.resourceType, qValue(q, u"resource_type"_s)))
            continue;
        if (from.isValid() && (e.time < from || e.time > to))
            continue;
        entries.append(e);
    }
    const QString sort = call.queryValue(u"sort"_s, u"-op_time"_s);
    const bool descending = sort.startsWith(u'-');
    const QString field = descending ? sort.mid(1) : sort;
    std::stable_sort(entries.begin(), entries.end(), [&](const AuditEntry &a, const AuditEntry &b) {
        auto key = [&](const AuditEntry &e) -> QString {
            if (field == "username"_L1) return e.username;
            if (field == "operation"_L1) return e.operation;
            if (field == "resource"_L1) return e.resource;
            if (field == "resource_type"_L1) return e.resourceType;
            return e.time.toString(Qt::ISODateWithMs) + QString::number(e.id).rightJustified(10, u'0');
        };
        return descending ? key(b) < key(a) : key(a) < key(b);
    });
    QJsonArray all;
    for (const AuditEntry &e : entries)
        all.append(QJsonObject{{u"id"_s, e.id}, {u"username"_s, e.username}, {u"resource"_s, e.resource},
                               {u"resource_type"_s, e.resourceType}, {u"operation"_s, e.operation},
                               {u"operation_description"_s, e.description}, {u"operation_result"_s, e.success},
                               {u"op_time"_s, timeText(e.time)}});
    return h.paged(call, all);
}

// Records an entry after another area's handler succeeded.
void auditAfter(FakeHarbor &h, const QString &operationId, const QString &operation, const QString &type,
                std::function<QString(const Call &)> resource)
{
    FakeHarbor::Handler inner = h.handler(operationId);
    if (!inner)
        return;
    h.setHandler(operationId, [inner, operation, type, resource](FakeHarbor &fake, const Call &call) {
        Response r = inner(fake, call);
        if (r.status / 100 == 2) {
            const QString name = resource(call);
            Project *p = fake.projectByName(name.section(u'/', 0, 0).section(u':', 0, 0));
            recordAudit(fake, call.principal, operation, type, name, p ? p->id : 0);
        }
        return r;
    });
}

QString artifactResource(const Call &call)
{
    const QString ref = call.path(u"reference"_s);
    return call.path(u"project_name"_s) + u'/' + call.repositoryName() + (ref.contains(u':') ? u'@' : u':') + ref;
}

// --- quotas (system administrators)

QJsonObject quotaJson(FakeHarbor &h, const Project &p)
{
    qint64 used = p.storageUsed;
    for (const Repository &r : h.state().repositories) {
        if (r.projectId != p.id)
            continue;
        for (const Artifact &a : h.state().artifacts) {
            if (a.repositoryId == r.id)
                used += a.size;
        }
    }
    const QString now = timeText(QDateTime::currentDateTimeUtc());
    return {{u"id"_s, 1000 + p.id}, // distinct from project ids, as in Harbor
            {u"ref"_s, QJsonObject{{u"id"_s, p.id}, {u"name"_s, p.name}, {u"owner_name"_s, u"admin"_s}}},
            {u"hard"_s, QJsonObject{{u"storage"_s, p.storageLimit}}},
            {u"used"_s, QJsonObject{{u"storage"_s, used}}},
            {u"creation_time"_s, timeText(p.created)}, {u"update_time"_s, now}};
}

Response listQuotas(FakeHarbor &h, const Call &call)
{
    if (!call.principal.sysadmin)
        return refuse(call);
    const QString ref = call.queryValue(u"reference"_s);
    const QString refId = call.queryValue(u"reference_id"_s);
    QJsonArray all;
    for (const Project &p : h.state().projects) {
        if ((ref.isEmpty() || ref == "project"_L1) && (refId.isEmpty() || refId == QString::number(p.id)))
            all.append(quotaJson(h, p));
    }
    return h.paged(call, all);
}

Project *projectOfQuota(FakeHarbor &h, const Call &call)
{
    return h.findProject(QString::number(call.path(u"id"_s).toInt() - 1000), false);
}

Response getQuota(FakeHarbor &h, const Call &call)
{
    if (!call.principal.sysadmin)
        return refuse(call);
    Project *p = projectOfQuota(h, call);
    return p ? FakeHarbor::json(200, quotaJson(h, *p)) : notFound(u"quota"_s);
}

Response updateQuota(FakeHarbor &h, const Call &call)
{
    if (!call.principal.sysadmin)
        return refuse(call);
    Project *p = projectOfQuota(h, call);
    if (!p)
        return notFound(u"quota"_s);
    const QJsonValue storage = call.body.toObject().value("hard"_L1).toObject().value("storage"_L1);
    if (!storage.isDouble() || (storage.toInteger() < 0 && storage.toInteger() != -1))
        return FakeHarbor::error(400, u"BAD_REQUEST"_s, u"hard.storage must be -1 or a size in bytes"_s);
    p->storageLimit = storage.toInteger();
    recordAudit(h, call.principal, u"update"_s, u"quota"_s, p->name, p->id);
    return Response::json(200, {});
}

// The administration permissions Harbor's RBAC gives on top of what fakeharborsystem.cpp answers.
void extendPermissions(FakeHarbor &harbor)
{
    FakeHarbor::Handler inner = harbor.handler(u"getCurrentUserPermissions"_s);
    harbor.setHandler(u"getCurrentUserPermissions"_s, [inner](FakeHarbor &h, const Call &call) {
        Response r = inner(h, call);
        if (r.status != 200)
            return r;
        QJsonArray out = QJsonDocument::fromJson(r.body).array();
        const QString scope = call.queryValue(u"scope"_s);
        const bool relative = call.queryBool(u"relative"_s, false);
        auto add = [&](const QString &prefix, const char *resource, std::initializer_list<const char *> actions) {
            const QString name = (relative ? QString() : prefix) + QString::fromLatin1(resource);
            for (const char *a : actions)
                out.append(QJsonObject{{u"resource"_s, name}, {u"action"_s, QString::fromLatin1(a)}});
        };
        if (scope.startsWith("/project/"_L1)) {
            Project *p = h.findProject(scope.mid(9), false);
            const Role role = p ? h.roleIn(call.principal, p->id) : Role::None;
            const QString prefix = scope + u'/';
            if (role != Role::None && role != Role::LimitedGuest)
                add(prefix, "log", {"list"});
            if (role == Role::ProjectAdmin || role == Role::Maintainer) {
                add(prefix, "immutable-tag", {"create", "update", "delete", "list"});
                add(prefix, "tag-retention", {"read", "list", "operate"});
            }
            if (role == Role::ProjectAdmin) {
                add(prefix, "member", {"create", "read", "update", "delete"});
                add(prefix, "robot", {"create", "read", "update", "delete", "list"});
                add(prefix, "tag-retention", {"create", "update", "delete"});
            }
        } else if (call.principal.sysadmin) {
            const QString prefix = u"/system/"_s;
            add(prefix, "garbage-collection", {"create", "read", "update", "list", "stop"});
            add(prefix, "audit-log", {"list"});
            add(prefix, "quota", {"read", "update", "list"});
            add(prefix, "robot", {"read", "update", "delete", "list"});
            add(prefix, "ldap-user", {"list"});
            add(prefix, "user-group", {"create", "read", "update", "delete", "list"});
        }
        return FakeHarbor::json(200, out);
    });
}

} // namespace

namespace harbor {

void addLdapUser(FakeHarbor &fake, const QString &username, const QString &realname, const QString &email)
{
    fake.state().admin.ldapUsers.append({username, realname, email});
}

int addUserGroup(FakeHarbor &fake, const QString &name, int type, const QString &ldapDn)
{
    const int id = fake.nextId();
    fake.state().admin.groups.append({id, name, type, ldapDn});
    return id;
}

qint64 addAuditEntry(FakeHarbor &fake, AuditEntry entry)
{
    entry.id = fake.nextId();
    if (!entry.time.isValid())
        entry.time = QDateTime::currentDateTimeUtc();
    fake.state().admin.audit.append(entry);
    return entry.id;
}

void recordAudit(FakeHarbor &fake, const FakeHarbor::Principal &who, const QString &operation,
                 const QString &resourceType, const QString &resource, int projectId)
{
    AuditEntry e;
    e.projectId = projectId;
    e.username = who.name;
    e.operation = operation;
    e.resourceType = resourceType;
    e.resource = resource;
    e.description = operation + u' ' + resourceType + u' ' + resource;
    addAuditEntry(fake, e);
}

} // namespace harbor

void registerAdminRobotRoutes(FakeHarbor &harbor); // fakeharboradminrobots.cpp

void registerAdminRoutes(FakeHarbor &harbor)
{
    harbor.setHandler(u"listProjectMembers"_s, listMembers); // with groups
    harbor.setHandler(u"createProjectMember"_s, createMember);
    harbor.setHandler(u"getProjectMember"_s, getMember);
    harbor.setHandler(u"updateProjectMember"_s, updateMember);
    harbor.setHandler(u"deleteProjectMember"_s, deleteMember);
    harbor.setHandler(u"searchUsers"_s, searchUsers);
    harbor.setHandler(u"searchLdapUser"_s, searchLdapUsers);
    harbor.setHandler(u"searchLdapGroup"_s, searchLdapGroups);
    harbor.setHandler(u"listUserGroups"_s, listUserGroups);
    harbor.setHandler(u"listAuditLogExts"_s, listAuditLogs);
    harbor.setHandler(u"getLogExts"_s, listAuditLogs);
    harbor.setHandler(u"listAuditLogEventTypes"_s, [](FakeHarbor &, const Call &call) {
        if (!call.principal.authenticated)
            return unauthorized();
        QJsonArray out;
        for (const char *t : {"create_artifact", "delete_artifact", "pull_artifact", "create_project",
                              "delete_project", "create_project_member", "update_project_member",
                              "delete_project_member", "create_robot", "update_robot", "delete_robot",
                              "create_user", "delete_user", "update_configure"})
            out.append(QJsonObject{{u"event_type"_s, QString::fromLatin1(t)}});
        return FakeHarbor::json(200, out);
    });
    harbor.setHandler(u"listQuotas"_s, listQuotas);
    harbor.setHandler(u"getQuota"_s, getQuota);
    harbor.setHandler(u"updateQuota"_s, updateQuota);
    auditAfter(harbor, u"createProject"_s, u"create"_s, u"project"_s,
               [](const Call &c) -> QString { return c.body.toObject().value("project_name"_L1).toString(); });
    auditAfter(harbor, u"deleteProject"_s, u"delete"_s, u"project"_s,
               [](const Call &c) -> QString { return c.path(u"project_name_or_id"_s); });
    auditAfter(harbor, u"deleteArtifact"_s, u"delete"_s, u"artifact"_s, artifactResource);
    auditAfter(harbor, u"createTag"_s, u"create"_s, u"tag"_s, artifactResource);
    auditAfter(harbor, u"deleteTag"_s, u"delete"_s, u"tag"_s, [](const Call &c) -> QString {
        return c.path(u"project_name"_s) + u'/' + c.repositoryName() + u':' + c.path(u"tag_name"_s);
    });
    auditAfter(harbor, u"deleteRepository"_s, u"delete"_s, u"repository"_s,
               [](const Call &c) -> QString { return c.path(u"project_name"_s) + u'/' + c.repositoryName(); });
    extendPermissions(harbor);
    registerAdminRobotRoutes(harbor);
    registerAdminOpsRoutes(harbor);
}

} // namespace berth::test
