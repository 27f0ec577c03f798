// HarborAdmin: projects, members, user and group search, permissions, robot accounts.
#include "harboradmin.h"

#include "harborclient.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace berth {

namespace {
QByteArray id(qint64 n)
{
    return QByteArray::number(n);
}

QByteArray projectPath(int projectId)
{
    return "/projects/" + id(projectId);
}

template<typename T>
QList<T> listOf(const QJsonArray &items, T (*parse)(const QJsonObject &))
{
    QList<T> out;
    for (const QJsonValue &v : items)
        out.append(parse(v.toObject()));
    return out;
}
} // namespace

HarborAdmin::HarborAdmin(HarborClient *client, QObject *parent) : QObject(parent), m_client(client) {}

HarborClient *HarborAdmin::client() const
{
    return m_client;
}

HarborRequest *HarborAdmin::sendJson(const QByteArray &verb, const QByteArray &path, const QJsonObject &body,
                                     const QString &subject)
{
    HarborRequestSpec r;
    r.verb = verb;
    r.path = path;
    r.subject = subject;
    if (verb != "GET" && verb != "DELETE") {
        r.headers = {{"Content-Type", "application/json"}};
        r.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    }
    return m_client->send(r);
}

HarborListJob *HarborAdmin::list(const QByteArray &path, const QString &subject)
{
    auto *job = new HarborListJob(m_client, path, subject);
    job->start();
    return job;
}

HarborRequest *HarborAdmin::project(const QString &name)
{
    HarborRequestSpec r;
    r.path = "/projects/" + HarborClient::projectSegment(name);
    r.headers = {{"X-Is-Resource-Name", "true"}};
    r.subject = tr("project %1").arg(name);
    return m_client->send(r);
}

qint64 HarborAdmin::retentionIdOf(const QJsonObject &project)
{
    // metadata values are strings in Harbor's API ("retention_id": "7").
    const QJsonValue v = project.value("metadata"_L1).toObject().value("retention_id"_L1);
    return v.isString() ? v.toString().toLongLong() : v.toInteger();
}

HarborListJob *HarborAdmin::members(int projectId, const QString &entityName)
{
    QByteArray path = projectPath(projectId) + "/members";
    if (!entityName.isEmpty())
        path += "?entityname=" + QUrl::toPercentEncoding(entityName);
    return list(path, tr("the members of the project"));
}

QList<HarborMember> HarborAdmin::membersOf(const HarborListJob *job)
{
    return listOf<HarborMember>(job->items(), &HarborMember::fromJson);
}

HarborRequest *HarborAdmin::addMember(int projectId, const HarborMemberSpec &spec)
{
    const QString who = spec.group ? (spec.groupName.isEmpty() ? spec.ldapGroupDn : spec.groupName) : spec.username;
    return sendJson("POST", projectPath(projectId) + "/members", spec.toJson(), tr("member %1").arg(who));
}

HarborRequest *HarborAdmin::setMemberRole(int projectId, int memberId, HarborRole role)
{
    return sendJson("PUT", projectPath(projectId) + "/members/" + id(memberId), {{u"role_id"_s, int(role)}},
                    tr("the member's role"));
}

HarborRequest *HarborAdmin::removeMember(int projectId, int memberId)
{
    return sendJson("DELETE", projectPath(projectId) + "/members/" + id(memberId), {}, tr("the member"));
}

HarborListJob *HarborAdmin::searchUsers(const QString &username)
{
    return list("/users/search?username=" + QUrl::toPercentEncoding(username), tr("users named like %1").arg(username));
}

HarborRequest *HarborAdmin::searchLdapUsers(const QString &username)
{
    return sendJson("GET", "/ldap/users/search?username=" + QUrl::toPercentEncoding(username), {},
                    tr("LDAP users named like %1").arg(username));
}

HarborRequest *HarborAdmin::searchLdapGroups(const QString &groupName, const QString &groupDn)
{
    QByteArray path = "/ldap/groups/search";
    if (!groupDn.isEmpty())
        path += "?groupdn=" + QUrl::toPercentEncoding(groupDn);
    else
        path += "?groupname=" + QUrl::toPercentEncoding(groupName);
    return sendJson("GET", path, {}, tr("LDAP groups named like %1").arg(groupDn.isEmpty() ? groupName : groupDn));
}

HarborListJob *HarborAdmin::userGroups(const QString &groupName)
{
    QByteArray path = "/usergroups";
    if (!groupName.isEmpty())
        path += "?group_name=" + QUrl::toPercentEncoding(groupName);
    return list(path, tr("the user groups"));
}

QList<HarborUserSearchResult> HarborAdmin::usersOf(const QByteArray &body, bool ldap)
{
    QList<HarborUserSearchResult> out;
    for (const QJsonValue &v : QJsonDocument::fromJson(body).array())
        out.append(HarborUserSearchResult::fromJson(v.toObject(), ldap));
    return out;
}

QList<HarborUserSearchResult> HarborAdmin::usersOf(const HarborListJob *job)
{
    QList<HarborUserSearchResult> out;
    for (const QJsonValue &v : job->items())
        out.append(HarborUserSearchResult::fromJson(v.toObject(), false));
    return out;
}

QList<HarborUserGroup> HarborAdmin::groupsOf(const QByteArray &body)
{
    return listOf<HarborUserGroup>(QJsonDocument::fromJson(body).array(), &HarborUserGroup::fromJson);
}

QList<HarborUserGroup> HarborAdmin::groupsOf(const HarborListJob *job)
{
    return listOf<HarborUserGroup>(job->items(), &HarborUserGroup::fromJson);
}

HarborRequest *HarborAdmin::permissions(const QString &scope)
{
    QByteArray path = "/users/current/permissions";
    if (!scope.isEmpty())
        path += "?scope=" + QUrl::toPercentEncoding(scope) + "&relative=true";
    return sendJson("GET", path, {}, tr("your permissions"));
}

QString HarborAdmin::projectScope(int projectId)
{
    return u"/project/"_s + QString::number(projectId);
}

HarborListJob *HarborAdmin::robots(int projectId)
{
    if (projectId > 0)
        return m_client->robots(projectId);
    return list("/robots?q=" + QUrl::toPercentEncoding(u"Level=system"_s), tr("the system robot accounts"));
}

QList<HarborRobot> HarborAdmin::robotsOf(const HarborListJob *job)
{
    return listOf<HarborRobot>(job->items(), &HarborRobot::fromJson);
}

HarborRequest *HarborAdmin::robot(qint64 robotId)
{
    return sendJson("GET", "/robots/" + id(robotId), {}, tr("the robot account"));
}

HarborRequest *HarborAdmin::createRobot(const HarborRobotSpec &spec)
{
    return sendJson("POST", "/robots", spec.toJson(), tr("robot account %1").arg(spec.name));
}

HarborRequest *HarborAdmin::updateRobot(const HarborRobot &robot)
{
    return sendJson("PUT", "/robots/" + id(robot.id), robot.toJson(), tr("robot account %1").arg(robot.name));
}

HarborRequest *HarborAdmin::setRobotDisabled(const HarborRobot &robot, bool disabled)
{
    HarborRobot changed = robot;
    changed.disabled = disabled;
    return updateRobot(changed);
}

HarborRequest *HarborAdmin::refreshRobotSecret(qint64 robotId, const QString &secret)
{
    // An empty secret asks Harbor to generate one; the answer (RobotSec) carries it, once.
    return sendJson("PATCH", "/robots/" + id(robotId), {{u"secret"_s, secret}}, tr("the robot account's secret"));
}

HarborRequest *HarborAdmin::deleteRobot(qint64 robotId)
{
    return sendJson("DELETE", "/robots/" + id(robotId), {}, tr("the robot account"));
}

QString HarborAdmin::robotFullName(const QString &name, const QString &project)
{
    // Harbor's default robot name prefix; the project joins with '+'.
    if (project.isEmpty())
        return u"robot$"_s + name;
    return u"robot$"_s + project + u'+' + name;
}

} // namespace berth
