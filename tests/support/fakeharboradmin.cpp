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
void registerAdminAuditRoutes(FakeHarbor &harbor); // fakeharboradminaudit.cpp

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
    registerAdminAuditRoutes(harbor);
    registerAdminRobotRoutes(harbor);
    registerAdminOpsRoutes(harbor);
}

} // namespace berth::test
