#include "harbortypes.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace berth {

QDateTime harborTime(const QJsonValue &v)
{
    const QDateTime t = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
    // Harbor prints Go's zero time for "never" and "not yet".
    return t.isValid() && t.date().year() > 1 ? t : QDateTime();
}

namespace {
QString timeText(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString();
}
} // namespace

HarborProject HarborProject::fromJson(const QJsonObject &o)
{
    HarborProject p;
    p.id = o.value("project_id"_L1).toInt();
    p.name = o.value("name"_L1).toString();
    // metadata values are strings ("true"/"false") in Harbor's API.
    const QJsonValue pub = o.value("metadata"_L1).toObject().value("public"_L1);
    p.isPublic = pub.isBool() ? pub.toBool() : pub.toString() == "true"_L1;
    p.repoCount = o.value("repo_count"_L1).toInt();
    p.registryId = o.value("registry_id"_L1).toInt();
    p.created = harborTime(o.value("creation_time"_L1));
    return p;
}

QJsonObject HarborProject::toJson() const
{
    QJsonObject o{{u"id"_s, id}, {u"name"_s, name}, {u"public"_s, isPublic}, {u"repo_count"_s, repoCount}};
    if (registryId)
        o.insert(u"registry_id"_s, registryId);
    if (created.isValid())
        o.insert(u"created"_s, timeText(created));
    return o;
}

QString HarborRepository::nameInProject() const
{
    const qsizetype slash = name.indexOf(u'/');
    return slash < 0 ? name : name.mid(slash + 1);
}

HarborRepository HarborRepository::fromJson(const QJsonObject &o)
{
    HarborRepository r;
    r.id = o.value("id"_L1).toInt();
    r.projectId = o.value("project_id"_L1).toInt();
    r.name = o.value("name"_L1).toString();
    r.description = o.value("description"_L1).toString();
    r.artifactCount = o.value("artifact_count"_L1).toInt();
    r.pullCount = o.value("pull_count"_L1).toInteger();
    r.updated = harborTime(o.value("update_time"_L1));
    return r;
}

QJsonObject HarborRepository::toJson() const
{
    QJsonObject o{{u"id"_s, id}, {u"name"_s, name}, {u"artifact_count"_s, artifactCount},
                  {u"pull_count"_s, pullCount}};
    if (!description.isEmpty())
        o.insert(u"description"_s, description);
    if (updated.isValid())
        o.insert(u"updated"_s, timeText(updated));
    return o;
}

HarborArtifact HarborArtifact::fromJson(const QJsonObject &o)
{
    HarborArtifact a;
    a.id = o.value("id"_L1).toInt();
    a.digest = o.value("digest"_L1).toString();
    a.type = o.value("type"_L1).toString();
    a.manifestMediaType = o.value("manifest_media_type"_L1).toString();
    a.size = o.value("size"_L1).toInteger();
    a.pushTime = harborTime(o.value("push_time"_L1));
    const QJsonArray tags = o.value("tags"_L1).toArray();
    for (const QJsonValue &t : tags)
        a.tags << t.toObject().value("name"_L1).toString();
    const QJsonArray labels = o.value("labels"_L1).toArray();
    for (const QJsonValue &l : labels)
        a.labels << l.toObject().value("name"_L1).toString();
    const QJsonArray refs = o.value("references"_L1).toArray();
    for (const QJsonValue &r : refs) {
        const QJsonObject ro = r.toObject();
        const QJsonObject p = ro.value("platform"_L1).toObject();
        QString platform = p.value("os"_L1).toString() + u'/' + p.value("architecture"_L1).toString();
        if (const QString v = p.value("variant"_L1).toString(); !v.isEmpty())
            platform += u'/' + v;
        a.children.append({ro.value("child_digest"_L1).toString(), p.isEmpty() ? QString() : platform});
    }
    const QJsonArray accessories = o.value("accessories"_L1).toArray();
    for (const QJsonValue &v : accessories) {
        const QJsonObject ao = v.toObject();
        a.accessories.append({ao.value("digest"_L1).toString(), ao.value("type"_L1).toString(),
                              ao.value("size"_L1).toInteger()});
    }
    a.scanOverview = o.value("scan_overview"_L1).toObject();
    return a;
}

QJsonObject HarborArtifact::toJson() const
{
    QJsonObject o{{u"digest"_s, digest}, {u"type"_s, type}, {u"media_type"_s, manifestMediaType},
                  {u"size"_s, size}, {u"tags"_s, QJsonArray::fromStringList(tags)}};
    if (pushTime.isValid())
        o.insert(u"push_time"_s, timeText(pushTime));
    if (!labels.isEmpty())
        o.insert(u"labels"_s, QJsonArray::fromStringList(labels));
    if (!children.isEmpty()) {
        QJsonArray refs;
        for (const HarborArtifactChild &c : children)
            refs.append(QJsonObject{{u"digest"_s, c.digest}, {u"platform"_s, c.platform}});
        o.insert(u"references"_s, refs);
    }
    if (!accessories.isEmpty()) {
        QJsonArray acc;
        for (const HarborAccessory &c : accessories)
            acc.append(QJsonObject{{u"digest"_s, c.digest}, {u"type"_s, c.type}, {u"size"_s, c.size}});
        o.insert(u"accessories"_s, acc);
    }
    if (!scanOverview.isEmpty())
        o.insert(u"scan_overview"_s, scanOverview);
    return o;
}

} // namespace berth

namespace berth {

HarborProjectSummary HarborProjectSummary::fromJson(const QJsonObject &o)
{
    HarborProjectSummary s;
    s.repoCount = o.value("repo_count"_L1).toInt();
    s.admins = o.value("project_admin_count"_L1).toInt();
    s.maintainers = o.value("maintainer_count"_L1).toInt();
    s.developers = o.value("developer_count"_L1).toInt();
    s.guests = o.value("guest_count"_L1).toInt();
    s.limitedGuests = o.value("limited_guest_count"_L1).toInt();
    const QJsonObject quota = o.value("quota"_L1).toObject();
    s.storageLimit = quota.value("hard"_L1).toObject().value("storage"_L1).toInteger(-1);
    s.storageUsed = quota.value("used"_L1).toObject().value("storage"_L1).toInteger(0);
    s.registryId = o.value("registry"_L1).toObject().value("id"_L1).toInt();
    return s;
}

HarborMember HarborMember::fromJson(const QJsonObject &o)
{
    HarborMember m;
    m.id = o.value("id"_L1).toInt();
    m.name = o.value("entity_name"_L1).toString();
    m.type = o.value("entity_type"_L1).toString();
    m.role = o.value("role_name"_L1).toString();
    m.roleId = o.value("role_id"_L1).toInt();
    m.entityId = o.value("entity_id"_L1).toInt();
    m.projectId = o.value("project_id"_L1).toInt();
    return m;
}

QJsonObject HarborMember::toJson() const
{
    return {{u"id"_s, id}, {u"entity_name"_s, name}, {u"entity_type"_s, type}, {u"role_name"_s, role},
            {u"role_id"_s, roleId}, {u"entity_id"_s, entityId}, {u"project_id"_s, projectId}};
}

HarborRobotPermission HarborRobotPermission::fromJson(const QJsonObject &o)
{
    HarborRobotPermission p;
    p.kind = o.value("kind"_L1).toString();
    p.ns = o.value("namespace"_L1).toString();
    for (const QJsonValue &v : o.value("access"_L1).toArray()) {
        const QJsonObject a = v.toObject();
        p.access.append({a.value("resource"_L1).toString(), a.value("action"_L1).toString(),
                         a.value("effect"_L1).toString()});
    }
    return p;
}

QJsonObject HarborRobotPermission::toJson() const
{
    QJsonArray list;
    for (const HarborAccess &a : access) {
        QJsonObject item{{u"resource"_s, a.resource}, {u"action"_s, a.action}};
        if (!a.effect.isEmpty())
            item.insert(u"effect"_s, a.effect);
        list.append(item);
    }
    return {{u"kind"_s, kind}, {u"namespace"_s, ns}, {u"access"_s, list}};
}

HarborRobot HarborRobot::fromJson(const QJsonObject &o)
{
    HarborRobot r;
    r.id = o.value("id"_L1).toInt();
    r.name = o.value("name"_L1).toString();
    r.description = o.value("description"_L1).toString();
    r.disabled = o.value("disable"_L1).toBool();
    r.expiresAt = o.value("expires_at"_L1).toInteger(-1);
    r.level = o.value("level"_L1).toString();
    r.durationDays = o.value("duration"_L1).toInteger(-1);
    r.editable = o.value("editable"_L1).toBool(true);
    for (const QJsonValue &v : o.value("permissions"_L1).toArray())
        r.permissions.append(HarborRobotPermission::fromJson(v.toObject()));
    r.created = harborTime(o.value("creation_time"_L1));
    return r;
}

QJsonObject HarborRobot::toJson() const
{
    QJsonArray perms;
    for (const HarborRobotPermission &p : permissions)
        perms.append(p.toJson());
    QJsonObject o{{u"id"_s, id}, {u"name"_s, name}, {u"description"_s, description}, {u"disable"_s, disabled},
                  {u"expires_at"_s, expiresAt}, {u"level"_s, level}, {u"duration"_s, durationDays},
                  {u"editable"_s, editable}, {u"permissions"_s, perms}};
    if (created.isValid())
        o.insert(u"creation_time"_s, timeText(created));
    return o;
}

HarborScanSummary HarborScanSummary::fromOverview(const QJsonObject &scanOverview)
{
    HarborScanSummary s;
    // Keyed by report MIME type; Harbor fills the one its scanner produces.
    for (auto it = scanOverview.begin(); it != scanOverview.end(); ++it) {
        const QJsonObject r = it.value().toObject();
        if (!r.contains("scan_status"_L1))
            continue;
        s.status = r.value("scan_status"_L1).toString();
        s.severity = r.value("severity"_L1).toString();
        s.percent = r.value("complete_percent"_L1).toInt();
        const QJsonObject sum = r.value("summary"_L1).toObject();
        s.total = sum.value("total"_L1).toInt();
        s.fixable = sum.value("fixable"_L1).toInt();
        const QJsonObject by = sum.value("summary"_L1).toObject();
        s.critical = by.value("Critical"_L1).toInt();
        s.high = by.value("High"_L1).toInt();
        s.medium = by.value("Medium"_L1).toInt();
        s.low = by.value("Low"_L1).toInt();
        break;
    }
    return s;
}

} // namespace berth
