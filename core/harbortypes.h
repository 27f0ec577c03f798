#pragma once
// Harbor API v2.0 records as Berth uses them, read from Harbor's JSON (field names as in Harbor's
// API definition, swagger v2.15.2).

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace berth {

// A time in Harbor's JSON (RFC 3339 with milliseconds); invalid for Go's zero time ("never", "not yet").
QDateTime harborTime(const QJsonValue &value);

struct HarborSystemInfo {
    bool isHarbor = false;
    QString version;      // harbor_version, e.g. "v2.15.2-abcdef"
    QString authMode;     // db_auth, ldap_auth, oidc_auth, ...
    QString projectCreationRestriction; // everyone | adminonly
    bool readOnly = false;
    QString registryUrl;  // the host Harbor's /v2/ is reached at
};

struct HarborProject {
    int id = 0;
    QString name;
    bool isPublic = false;
    int repoCount = 0;
    int registryId = 0;   // non-zero: a proxy cache of that registry endpoint
    QDateTime created;

    static HarborProject fromJson(const QJsonObject &o);
    QJsonObject toJson() const;
};

struct HarborRepository {
    int id = 0;
    int projectId = 0;
    QString name;         // with the project prefix, as Harbor returns it: "library/team/web"
    QString description;
    int artifactCount = 0;
    qint64 pullCount = 0;
    QDateTime updated;

    // The name inside its project ("team/web" of "library/team/web").
    QString nameInProject() const;
    static HarborRepository fromJson(const QJsonObject &o);
    QJsonObject toJson() const;
};

struct HarborArtifactChild {
    QString digest;
    QString platform;     // os/arch[/variant]
};

struct HarborAccessory {
    QString digest;
    QString type;         // signature.cosign, build.sbom, ...
    qint64 size = 0;
};

struct HarborArtifact {
    int id = 0;
    QString digest;
    QString type;                 // IMAGE, CHART, ...
    QString manifestMediaType;
    qint64 size = 0;
    QDateTime pushTime;
    QStringList tags;
    QStringList labels;
    QList<HarborArtifactChild> children; // index references
    QList<HarborAccessory> accessories;
    QJsonObject scanOverview;     // as Harbor sends it, keyed by report MIME type

    static HarborArtifact fromJson(const QJsonObject &o);
    QJsonObject toJson() const;
};

struct HarborProjectSummary {
    int repoCount = 0;
    int admins = 0, maintainers = 0, developers = 0, guests = 0, limitedGuests = 0;
    qint64 storageLimit = -1; // quota.hard.storage; -1 unlimited
    qint64 storageUsed = 0;   // quota.used.storage
    int registryId = 0;       // a proxy cache project's registry endpoint

    static HarborProjectSummary fromJson(const QJsonObject &o);
};

struct HarborMember {
    int id = 0;
    QString name;         // entity_name
    QString type;         // u (user) or g (group)
    QString role;         // role_name
    int roleId = 0;       // 1 admin, 2 developer, 3 guest, 4 maintainer, 5 limited guest
    int entityId = 0;     // user id or user group id
    int projectId = 0;

    bool isGroup() const { return type == QLatin1String("g"); }
    static HarborMember fromJson(const QJsonObject &o);
    QJsonObject toJson() const;
};

struct HarborAccess {
    QString resource;     // repository, artifact, tag, ...
    QString action;       // pull, push, delete, ...
    QString effect;       // empty: allow
};

// kind "project" with namespace a project name or "*" (every project), or kind "system" with "/".
struct HarborRobotPermission {
    QString kind = QStringLiteral("project");
    QString ns;           // namespace
    QList<HarborAccess> access;

    static HarborRobotPermission fromJson(const QJsonObject &o);
    QJsonObject toJson() const;
};

struct HarborRobot {
    int id = 0;
    QString name;         // robot$project+name
    QString description;
    bool disabled = false;
    qint64 expiresAt = -1; // seconds since the epoch; -1 never
    QString level;        // project | system
    qint64 durationDays = -1;
    bool editable = true;
    QList<HarborRobotPermission> permissions;
    QDateTime created;

    static HarborRobot fromJson(const QJsonObject &o);
    QJsonObject toJson() const; // Robot, without a secret (the body of PUT /robots/{id})
};

// The vulnerability part of an artifact's scan_overview, whichever report MIME type carries it.
struct HarborScanSummary {
    QString status;       // scan_status: Success, Running, Error, Pending, Stopped; empty: never scanned
    QString severity;     // None, Low, Medium, High, Critical, Unknown
    int total = 0, fixable = 0;
    int critical = 0, high = 0, medium = 0, low = 0;
    int percent = 0;

    bool scanned() const { return !status.isEmpty(); }
    static HarborScanSummary fromOverview(const QJsonObject &scanOverview);
};

} // namespace berth
