#include "harboradmintypes.h"

using namespace Qt::StringLiterals;

namespace berth {

QString HarborRoles::key(HarborRole role)
{
    switch (role) {
    case HarborRole::ProjectAdmin: return u"admin"_s;
    case HarborRole::Maintainer: return u"maintainer"_s;
    case HarborRole::Developer: return u"developer"_s;
    case HarborRole::Guest: return u"guest"_s;
    case HarborRole::LimitedGuest: return u"limited-guest"_s;
    case HarborRole::None: break;
    }
    return {};
}

HarborRole HarborRoles::fromKey(const QString &key)
{
    const QString k = key.trimmed().toLower().replace(u'_', u'-');
    for (HarborRole r : all()) {
        if (HarborRoles::key(r) == k)
            return r;
    }
    if (k == "projectadmin"_L1 || k == "project-admin"_L1)
        return HarborRole::ProjectAdmin;
    if (k == "limitedguest"_L1)
        return HarborRole::LimitedGuest;
    return HarborRole::None;
}

QString HarborRoles::displayName(HarborRole role)
{
    switch (role) {
    case HarborRole::ProjectAdmin: return tr("Project Admin");
    case HarborRole::Maintainer: return tr("Maintainer");
    case HarborRole::Developer: return tr("Developer");
    case HarborRole::Guest: return tr("Guest");
    case HarborRole::LimitedGuest: return tr("Limited Guest");
    case HarborRole::None: break;
    }
    return {};
}

QList<HarborRole> HarborRoles::all()
{
    return {HarborRole::ProjectAdmin, HarborRole::Maintainer, HarborRole::Developer, HarborRole::Guest,
            HarborRole::LimitedGuest};
}

HarborMemberSpec HarborMemberSpec::user(const QString &username, HarborRole role)
{
    HarborMemberSpec s;
    s.role = role;
    s.username = username;
    return s;
}

HarborMemberSpec HarborMemberSpec::userGroup(int groupId, HarborRole role)
{
    HarborMemberSpec s;
    s.role = role;
    s.group = true;
    s.groupId = groupId;
    return s;
}

HarborMemberSpec HarborMemberSpec::ldapGroup(const QString &dn, const QString &name, HarborRole role)
{
    HarborMemberSpec s;
    s.role = role;
    s.group = true;
    s.groupType = 1;
    s.ldapGroupDn = dn;
    s.groupName = name;
    return s;
}

QJsonObject HarborMemberSpec::toJson() const
{
    QJsonObject o{{u"role_id"_s, int(role)}};
    if (group) {
        QJsonObject g;
        if (groupId)
            g.insert(u"id"_s, groupId);
        if (!groupName.isEmpty())
            g.insert(u"group_name"_s, groupName);
        if (groupType)
            g.insert(u"group_type"_s, groupType);
        if (!ldapGroupDn.isEmpty())
            g.insert(u"ldap_group_dn"_s, ldapGroupDn);
        o.insert(u"member_group"_s, g);
    } else {
        QJsonObject u;
        if (userId)
            u.insert(u"user_id"_s, userId);
        if (!username.isEmpty())
            u.insert(u"username"_s, username);
        o.insert(u"member_user"_s, u);
    }
    return o;
}

HarborUserSearchResult HarborUserSearchResult::fromJson(const QJsonObject &o, bool ldap)
{
    return {o.value("user_id"_L1).toInt(), o.value("username"_L1).toString(), o.value("realname"_L1).toString(),
            o.value("email"_L1).toString(), ldap};
}

QJsonObject HarborUserSearchResult::toJson() const
{
    QJsonObject o{{u"username"_s, username}, {u"ldap"_s, ldap}};
    if (userId)
        o.insert(u"user_id"_s, userId);
    if (!realname.isEmpty())
        o.insert(u"realname"_s, realname);
    if (!email.isEmpty())
        o.insert(u"email"_s, email);
    return o;
}

HarborUserGroup HarborUserGroup::fromJson(const QJsonObject &o)
{
    return {o.value("id"_L1).toInt(), o.value("group_name"_L1).toString(), o.value("group_type"_L1).toInt(),
            o.value("ldap_group_dn"_L1).toString()};
}

QJsonObject HarborUserGroup::toJson() const
{
    QJsonObject o{{u"group_name"_s, name}, {u"group_type"_s, type}};
    if (id)
        o.insert(u"id"_s, id);
    if (!ldapDn.isEmpty())
        o.insert(u"ldap_group_dn"_s, ldapDn);
    return o;
}

QStringList HarborRobotSpec::accessWords()
{
    return {u"pull"_s, u"push"_s, u"delete"_s};
}

QList<HarborAccess> HarborRobotSpec::accessFor(const QStringList &words)
{
    QList<HarborAccess> out;
    for (const QString &w : words) {
        const QString word = w.trimmed().toLower();
        if (word == "pull"_L1)
            out.append({u"repository"_s, u"pull"_s, {}});
        else if (word == "push"_L1)
            out.append({u"repository"_s, u"push"_s, {}});
        else if (word == "delete"_L1)
            out.append({u"artifact"_s, u"delete"_s, {}});
        else
            return {};
    }
    return out;
}

HarborRobotSpec HarborRobotSpec::forProject(const QString &project, const QString &name, const QStringList &access,
                                            qint64 durationDays)
{
    HarborRobotSpec s;
    s.name = name;
    s.level = u"project"_s;
    s.durationDays = durationDays;
    s.permissions.append({u"project"_s, project, accessFor(access)});
    return s;
}

HarborRobotSpec HarborRobotSpec::forSystem(const QString &name, const QStringList &access, const QStringList &projects,
                                           qint64 durationDays)
{
    HarborRobotSpec s;
    s.name = name;
    s.level = u"system"_s;
    s.durationDays = durationDays;
    const QStringList namespaces = projects.isEmpty() ? QStringList{u"*"_s} : projects;
    for (const QString &ns : namespaces)
        s.permissions.append({u"project"_s, ns, accessFor(access)});
    return s;
}

QJsonObject HarborRobotSpec::toJson() const
{
    QJsonArray perms;
    for (const HarborRobotPermission &p : permissions)
        perms.append(p.toJson());
    return {{u"name"_s, name}, {u"description"_s, description}, {u"level"_s, level},
            {u"duration"_s, durationDays}, {u"disable"_s, disabled}, {u"permissions"_s, perms}};
}

HarborRobotCreated HarborRobotCreated::fromJson(const QJsonObject &o)
{
    HarborRobotCreated c;
    c.id = o.value("id"_L1).toInteger();
    c.name = o.value("name"_L1).toString();
    c.secret = o.value("secret"_L1).toString();
    c.expiresAt = o.value("expires_at"_L1).toInteger(-1);
    c.created = harborTime(o.value("creation_time"_L1));
    return c;
}

} // namespace berth
