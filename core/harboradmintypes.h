#pragma once
// Records of Harbor's administration API (members, user search, robot accounts, garbage
// collection, tag retention, immutability, audit logs, quotas, permissions) as Berth uses them;
// field names as in Harbor's API definition (swagger v2.15.2).

#include "harbortypes.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace berth {

// Project roles as Harbor numbers them (role_id).
enum class HarborRole { None = 0, ProjectAdmin = 1, Developer = 2, Guest = 3, Maintainer = 4, LimitedGuest = 5 };

class HarborRoles final
{
    Q_DECLARE_TR_FUNCTIONS(HarborRoles)
public:
    // "admin", "maintainer", "developer", "guest", "limited-guest" (berthctl's --role).
    static QString key(HarborRole role);
    static HarborRole fromKey(const QString &key); // None when unknown
    static QString displayName(HarborRole role);   // translated: "Project Admin", ...
    static QList<HarborRole> all();                // in order of power, admin first
};

// To add a member: a user (by id or name; Harbor imports an LDAP user by name on first use) or a
// group (by id, or an LDAP group by DN, group_type 1).
struct HarborMemberSpec {
    HarborRole role = HarborRole::Developer;
    bool group = false;
    int userId = 0;
    QString username;
    int groupId = 0;
    QString groupName;
    int groupType = 0;    // 1 LDAP, 2 HTTP, 3 OIDC
    QString ldapGroupDn;

    static HarborMemberSpec user(const QString &username, HarborRole role);
    static HarborMemberSpec userGroup(int groupId, HarborRole role);
    static HarborMemberSpec ldapGroup(const QString &dn, const QString &name, HarborRole role);
    QJsonObject toJson() const; // ProjectMember
};

// One hit of /users/search (userId, username) or /ldap/users/search (username, realname, email).
struct HarborUserSearchResult {
    int userId = 0;       // 0 for LDAP hits not yet imported
    QString username;
    QString realname;
    QString email;
    bool ldap = false;

    static HarborUserSearchResult fromJson(const QJsonObject &o, bool ldap = false);
    QJsonObject toJson() const;
};

// /usergroups and /ldap/groups/search (UserGroup).
struct HarborUserGroup {
    int id = 0;           // 0 for LDAP hits not yet in Harbor
    QString name;         // group_name
    int type = 0;         // group_type: 1 LDAP, 2 HTTP, 3 OIDC
    QString ldapDn;       // ldap_group_dn

    static HarborUserGroup fromJson(const QJsonObject &o);
    QJsonObject toJson() const;
};

// To create a robot account. Harbor forms the full name: robot$name (system level) or
// robot$project+name (project level).
struct HarborRobotSpec {
    QString name;
    QString description;
    QString level = QStringLiteral("project"); // project | system
    qint64 durationDays = -1;                   // -1 never expires
    bool disabled = false;
    QList<HarborRobotPermission> permissions;

    // A project robot of one project with berthctl's access words (pull, push, delete).
    static HarborRobotSpec forProject(const QString &project, const QString &name, const QStringList &access,
                                      qint64 durationDays = -1);
    // A system robot with those access words on every project (namespace "*") or the projects listed.
    static HarborRobotSpec forSystem(const QString &name, const QStringList &access, const QStringList &projects = {},
                                     qint64 durationDays = -1);
    // pull → repository:pull, push → repository:push, delete → artifact:delete. Unknown words: empty.
    static QList<HarborAccess> accessFor(const QStringList &words);
    static QStringList accessWords(); // pull, push, delete
    QJsonObject toJson() const;       // RobotCreate
};

// The answer to a robot's creation or secret refresh: the only time Harbor shows the secret.
struct HarborRobotCreated {
    qint64 id = 0;
    QString name;
    QString secret;
    qint64 expiresAt = -1;
    QDateTime created;

    static HarborRobotCreated fromJson(const QJsonObject &o); // RobotCreated or RobotSec
};

// A schedule (ScheduleObj): None, Hourly, Daily, Weekly, Custom (with cron), Manual (run now).
struct HarborSchedule {
    QString type = QStringLiteral("None");
    QString cron;         // six fields, seconds first, as Harbor's scheduler expects
    QDateTime next;       // next_scheduled_time

    static HarborSchedule fromJson(const QJsonObject &o);
    QJsonObject toJson() const;
    static QString cronFor(const QString &type); // Harbor's own cron for Hourly/Daily/Weekly
};

struct HarborGcSchedule {
    HarborSchedule schedule;
    bool deleteUntagged = false;
    bool dryRun = false;
    int workers = 1;

    static HarborGcSchedule fromJson(const QJsonObject &o); // Schedule
    QJsonObject toJson() const;                              // Schedule body
};

struct HarborGcRun {
    int id = 0;
    QString status;       // job_status: Pending, Running, Success, Error, Stopped
    QString kind;         // job_kind: Manual or SCHEDULE
    QDateTime start;      // creation_time
    QDateTime end;        // update_time, once finished
    bool deleteUntagged = false;
    bool dryRun = false;
    qint64 freedBytes = -1; // from the log when read (applyLog); -1 unknown
    qint64 blobs = -1, manifests = -1;

    bool isRunning() const;
    bool isFinished() const;
    static HarborGcRun fromJson(const QJsonObject &o); // GCHistory
    // Reads "The GC job actual frees up N MB space." (or, on a dry run, "could free up") and the
    // "N blobs and M manifests" line.
    void applyLog(const QByteArray &log);
    static qint64 freedBytesFromLog(const QByteArray &log);
    QJsonObject toJson() const;
};

// A selector of a retention or immutability rule (kind doublestar, decoration
// matches/excludes/repoMatches/repoExcludes, pattern "**").
struct HarborTagSelector {
    QString kind = QStringLiteral("doublestar");
    QString decoration = QStringLiteral("matches");
    QString pattern = QStringLiteral("**");
    QString extras;

    static HarborTagSelector fromJson(const QJsonObject &o);
    QJsonObject toJson() const;
};

struct HarborRetentionRule {
    int id = 0;
    int priority = 0;
    bool disabled = false;
    QString action = QStringLiteral("retain");
    QString templateId = QStringLiteral("latestPushedK"); // template: latestPushedK, nDaysSinceLastPush, always, ...
    QJsonObject params;                                    // e.g. {"latestPushedK": 10}
    QList<HarborTagSelector> tagSelectors;
    QList<HarborTagSelector> repositorySelectors;          // scope_selectors.repository

    static HarborRetentionRule fromJson(const QJsonObject &o);
    QJsonObject toJson() const;
};

struct HarborRetentionPolicy {
    qint64 id = 0;
    int projectId = 0;    // scope.ref, scope.level "project"
    QString algorithm = QStringLiteral("or");
    QList<HarborRetentionRule> rules;
    HarborSchedule trigger; // trigger.kind "Schedule", settings.cron

    static HarborRetentionPolicy fromJson(const QJsonObject &o);
    QJsonObject toJson() const;
};

struct HarborRetentionExecution {
    qint64 id = 0;
    qint64 policyId = 0;
    QString status;
    QString trigger;
    bool dryRun = false;
    QDateTime start, end;

    static HarborRetentionExecution fromJson(const QJsonObject &o);
    QJsonObject toJson() const;
};

// One repository of a retention execution: how many artifacts it had and kept.
struct HarborRetentionTask {
    qint64 id = 0;
    qint64 executionId = 0;
    QString repository;
    QString status;
    int total = 0;
    int retained = 0;
    QDateTime start, end;

    static HarborRetentionTask fromJson(const QJsonObject &o);
    QJsonObject toJson() const;
};

struct HarborImmutableRule {
    int id = 0;
    int priority = 0;
    bool disabled = false;
    QList<HarborTagSelector> tagSelectors;
    QList<HarborTagSelector> repositorySelectors;

    static HarborImmutableRule fromJson(const QJsonObject &o);
    QJsonObject toJson() const; // action "immutable", template "immutable_template"
};

struct HarborAuditLog {
    qint64 id = 0;
    QString username;
    QString resource;
    QString resourceType;
    QString operation;
    QString description;
    bool success = true;
    QDateTime time;

    static HarborAuditLog fromJson(const QJsonObject &o); // AuditLogExt
    QJsonObject toJson() const;
    // RFC 4180 CSV with a header line: time, user, operation, resource type, resource, result, description.
    static QByteArray toCsv(const QList<HarborAuditLog> &logs);
};

// Filters of /auditlog-exts, as Harbor's q= expression.
struct HarborAuditQuery {
    QString username;     // fuzzy (username=~)
    QString operation;    // exact: create, delete, update, pull?...
    QString resourceType; // exact: artifact, project, robot, project_member, ...
    QString resource;     // fuzzy
    QDateTime from, to;   // op_time range; either may be invalid (open)
    QString sort = QStringLiteral("-op_time"); // field, '-' for descending
    int page = 1;
    int pageSize = 15;

    QString q() const;          // e.g. operation=create,username=~adm,op_time=[2024-01-01 00:00:00~...]
    QByteArray queryString() const; // q=...&sort=...&page=...&page_size=... (encoded)
};

struct HarborQuota {
    int id = 0;
    QString refId;        // ref.id: the project id
    QString refName;      // ref.name: the project name
    qint64 hardStorage = -1; // -1 unlimited
    qint64 usedStorage = 0;

    static HarborQuota fromJson(const QJsonObject &o);
    QJsonObject toJson() const;
};

// The answer of /users/current/permissions: which actions Harbor would allow, so the GUI offers
// only those. Resources are compared with or without the scope prefix ("/project/3/member" and
// "member" both match can(u"member", u"create")).
class HarborPermissions final
{
public:
    HarborPermissions() = default;
    static HarborPermissions fromJson(const QJsonArray &permissions);
    static HarborPermissions fromBody(const QByteArray &body);

    bool can(const QString &resource, const QString &action) const;
    bool isEmpty() const { return m_pairs.isEmpty(); }

private:
    QSet<QString> m_pairs; // "resource\naction", resource without scope prefix
};

} // namespace berth
