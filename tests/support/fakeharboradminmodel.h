#pragma once
// FakeHarbor's administration state: user groups, LDAP directory, robot details, garbage
// collection, tag retention and immutability, audit log.

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace berth::test::harbor {

struct UserGroup {
    int id = 0;
    QString name;
    int type = 1; // 1 LDAP, 2 HTTP, 3 OIDC
    QString ldapDn;
};

struct GroupMember {
    int id = 0;
    int projectId = 0;
    int groupId = 0;
    int role = 2; // Role as int: this header comes before Role's
};

struct LdapUser {
    QString username;
    QString realname;
    QString email;
};

// What the v2 robot API holds beyond Robot (name, secret, project, role, disabled).
struct RobotDetail {
    QString level;          // project | system
    qint64 duration = -1;   // days
    qint64 expiresAt = -1;  // seconds since the epoch
    QJsonArray permissions; // RobotPermission
    QDateTime created;
};

struct GcRun {
    int id = 0;
    QString status = QStringLiteral("Running"); // Pending, Running, Success, Error, Stopped
    QString kind = QStringLiteral("Manual");
    bool deleteUntagged = false;
    bool dryRun = false;
    int workers = 1;
    QDateTime created;
    QDateTime updated;
    QByteArray log;
};

struct RetentionPolicy {
    qint64 id = 0;
    int projectId = 0;
    QJsonObject body; // RetentionPolicy as posted, with ids filled in
};

struct RetentionExecution {
    qint64 id = 0;
    qint64 policyId = 0;
    bool dryRun = false;
    QString status = QStringLiteral("Succeed");
    QDateTime start, end;
    QJsonArray tasks; // RetentionExecutionTask
};

struct ImmutableRule {
    int id = 0;
    int projectId = 0;
    QJsonObject body;
};

struct AuditEntry {
    qint64 id = 0;
    int projectId = 0; // 0: system-wide
    QString username;
    QString resource;
    QString resourceType;
    QString operation;
    QString description;
    bool success = true;
    QDateTime time;
};

struct AdminState {
    QList<UserGroup> groups;
    QList<GroupMember> groupMembers;
    QList<LdapUser> ldapUsers;
    QHash<int, RobotDetail> robotDetails; // by robot id
    QJsonObject gcSchedule;               // Schedule; empty: never set
    QList<GcRun> gcRuns;
    QList<RetentionPolicy> retentions;
    QList<RetentionExecution> retentionExecutions;
    QList<ImmutableRule> immutableRules;
    QList<AuditEntry> audit;
};

} // namespace berth::test::harbor
