#pragma once
// Harbor API v2.0 records as Berth uses them, read from Harbor's JSON (field names as in Harbor's
// API definition, swagger v2.15.2).

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace berth {

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

} // namespace berth
