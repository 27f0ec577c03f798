// FakeHarbor's artifact endpoints: list, get, delete, copy, tags, scan, accessories, artifact labels.

#include "fakeharborroutes.h"

#include <QJsonArray>
#include <QUrl>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace berth::test {

using namespace harbor;

namespace {

using Call = FakeHarbor::Call;
using Response = FakeHarbor::Response;

const QString kVulnMime = u"application/vnd.security.vulnerability.report; version=1.1"_s;

bool isChildOfIndex(const FakeHarbor &h, const Artifact &a)
{
    return std::any_of(h.state().artifacts.cbegin(), h.state().artifacts.cend(), [&](const Artifact &parent) {
        return parent.repositoryId == a.repositoryId
            && std::any_of(parent.references.cbegin(), parent.references.cend(),
                           [&](const ChildReference &c) { return c.digest == a.digest; });
    });
}

QJsonObject artifactJson(const FakeHarbor &h, const Artifact &a, const Repository &repo, const Call &call)
{
    QJsonObject out{{u"id"_s, a.id},
                    {u"type"_s, a.type},
                    {u"media_type"_s, a.mediaType},
                    {u"manifest_media_type"_s, a.manifestMediaType},
                    {u"project_id"_s, repo.projectId},
                    {u"repository_id"_s, repo.id},
                    {u"repository_name"_s, repo.name},
                    {u"digest"_s, a.digest},
                    {u"size"_s, a.size},
                    {u"icon"_s, QString()},
                    {u"push_time"_s, timeText(a.pushTime)},
                    {u"pull_time"_s, timeText(a.pullTime)},
                    {u"extra_attrs"_s, a.extraAttrs}};
    if (!a.references.isEmpty()) {
        QJsonArray refs;
        for (const ChildReference &c : a.references) {
            QJsonObject platform{{u"os"_s, c.platform.os}, {u"architecture"_s, c.platform.architecture}};
            if (!c.platform.variant.isEmpty())
                platform.insert(u"variant"_s, c.platform.variant);
            int childId = 0;
            for (const Artifact &x : h.state().artifacts) {
                if (x.repositoryId == a.repositoryId && x.digest == c.digest)
                    childId = x.id;
            }
            refs.append(QJsonObject{{u"parent_id"_s, a.id}, {u"child_id"_s, childId},
                                    {u"child_digest"_s, c.digest}, {u"platform"_s, platform}});
        }
        out.insert(u"references"_s, refs);
    }
    const QString escapedRepo = QString::fromUtf8(QUrl::toPercentEncoding(
        QString::fromUtf8(QUrl::toPercentEncoding(repo.name.section(u'/', 1)))));
    const QString self = u"/api/v2.0/projects/%1/repositories/%2/artifacts/%3"_s.arg(
        repo.name.section(u'/', 0, 0), escapedRepo, a.digest);
    out.insert(u"addition_links"_s,
               QJsonObject{{u"build_history"_s, QJsonObject{{u"href"_s, QString(self + "/additions/build_history"_L1)},
                                                            {u"absolute"_s, false}}}});
    if (call.queryBool(u"with_tag"_s, true) && !a.tags.isEmpty()) {
        QJsonArray tags;
        for (const Tag &t : a.tags)
            tags.append(QJsonObject{{u"id"_s, t.id}, {u"repository_id"_s, repo.id}, {u"artifact_id"_s, a.id},
                                    {u"name"_s, t.name}, {u"push_time"_s, timeText(t.pushTime)},
                                    {u"pull_time"_s, timeText({})}, {u"immutable"_s, false}});
        out.insert(u"tags"_s, tags);
    }
    if (call.queryBool(u"with_label"_s, false) && !a.labelIds.isEmpty()) {
        QJsonArray labels;
        for (const Label &l : h.state().labels) {
            if (a.labelIds.contains(l.id))
                labels.append(labelJson(l));
        }
        out.insert(u"labels"_s, labels);
    }
    if (call.queryBool(u"with_scan_overview"_s, false) && !a.scanOverview.isEmpty())
        out.insert(u"scan_overview"_s, a.scanOverview);
    if (call.queryBool(u"with_accessory"_s, false) && !a.accessories.isEmpty()) {
        QJsonArray acc;
        for (const Accessory &x : a.accessories)
            acc.append(QJsonObject{{u"id"_s, x.id}, {u"artifact_id"_s, x.id}, {u"subject_artifact_id"_s, a.id},
                                   {u"subject_artifact_digest"_s, a.digest}, {u"subject_artifact_repo"_s, repo.name},
                                   {u"size"_s, x.size}, {u"digest"_s, x.digest}, {u"type"_s, x.type},
                                   {u"icon"_s, QString()}, {u"creation_time"_s, timeText(a.pushTime)}});
        out.insert(u"accessories"_s, acc);
    }
    return out;
}

// tags=*, tags=nil, tags=~v, tags=v, digest=d: what clients filter artifact lists by.
bool matchesQuery(const Artifact &a, const QString &q)
{
    for (const QString &item : q.split(u',', Qt::SkipEmptyParts)) {
        const QString key = item.section(u'=', 0, 0);
        const QString value = item.section(u'=', 1);
        auto anyTag = [&](auto pred) { return std::any_of(a.tags.cbegin(), a.tags.cend(), pred); };
        if (key == "tags"_L1) {
            if (value == "*"_L1 ? a.tags.isEmpty()
                : value == "nil"_L1 ? !a.tags.isEmpty()
                : value.startsWith(u'~') ? !anyTag([&](const Tag &t) { return t.name.contains(value.mid(1)); })
                                         : !anyTag([&](const Tag &t) { return t.name == value; }))
                return false;
        } else if (key == "digest"_L1 && a.digest != value) {
            return false;
        }
    }
    return true;
}

Response listArtifacts(FakeHarbor &h, const Call &call)
{
    Project *p = nullptr;
    Repository *r = nullptr;
    if (auto denied = resolveRepository(h, call, Access::Read, p, r))
        return *denied;
    QList<const Artifact *> list;
    for (const Artifact &a : h.state().artifacts) {
        if (a.repositoryId != r->id || !matchesQuery(a, call.queryValue(u"q"_s)))
            continue;
        if (a.tags.isEmpty() && isChildOfIndex(h, a)) // Harbor hides untagged index children
            continue;
        list.append(&a);
    }
    std::stable_sort(list.begin(), list.end(), [](const Artifact *a, const Artifact *b) {
        return a->pushTime != b->pushTime ? a->pushTime > b->pushTime : a->id > b->id;
    });
    QJsonArray all;
    for (const Artifact *a : std::as_const(list))
        all.append(artifactJson(h, *a, *r, call));
    return h.paged(call, all);
}

// Resolves project, repository and {reference}; 404 names what is missing.
std::optional<Response> resolveArtifact(FakeHarbor &h, const Call &call, Access access, Repository *&r, Artifact *&a)
{
    Project *p = nullptr;
    if (auto denied = resolveRepository(h, call, access, p, r))
        return denied;
    a = h.findArtifact(r->id, call.path(u"reference"_s));
    if (!a)
        return notFound(u"artifact %1:%2"_s.arg(r->name, call.path(u"reference"_s)));
    return std::nullopt;
}

Response getArtifact(FakeHarbor &h, const Call &call)
{
    Repository *r = nullptr;
    Artifact *a = nullptr;
    if (auto denied = resolveArtifact(h, call, Access::Read, r, a))
        return *denied;
    return FakeHarbor::json(200, artifactJson(h, *a, *r, call));
}

Response deleteArtifact(FakeHarbor &h, const Call &call)
{
    Repository *r = nullptr;
    Artifact *a = nullptr;
    if (auto denied = resolveArtifact(h, call, Access::Delete, r, a))
        return *denied;
    if (isChildOfIndex(h, *a))
        return FakeHarbor::error(412, u"PRECONDITION"_s,
                                 u"the deleting artifact is referenced by others, can not be deleted"_s);
    const int id = a->id;
    const int repoId = r->id;
    QStringList children;
    for (const ChildReference &c : std::as_const(a->references))
        children.append(c.digest);
    h.state().artifacts.removeIf([id](const Artifact &x) { return x.id == id; });
    // Children go with their index unless tagged or referenced by another index.
    h.state().artifacts.removeIf([&](const Artifact &x) {
        return x.repositoryId == repoId && children.contains(x.digest) && x.tags.isEmpty() && !isChildOfIndex(h, x);
    });
    return Response{200, {}, {}};
}

Response copyArtifact(FakeHarbor &h, const Call &call)
{
    Project *dstProject = nullptr;
    if (auto denied = h.resolveProject(call, Access::Push, dstProject))
        return *denied;
    const QString from = call.queryValue(u"from"_s);
    const qsizetype at = from.indexOf(u'@');
    const qsizetype colon = from.lastIndexOf(u':');
    const qsizetype split = at >= 0 ? at : (colon > from.lastIndexOf(u'/') ? colon : -1);
    if (split < 0 || !from.contains(u'/'))
        return FakeHarbor::error(400, u"BAD_REQUEST"_s, u"invalid from %1"_s.arg(from));
    const QString srcRepoName = from.left(split);
    Project *srcProject = h.projectByName(srcRepoName.section(u'/', 0, 0));
    if (!srcProject || !h.allowed(call.principal, *srcProject, Access::Read))
        return notFound(u"artifact %1"_s.arg(from));
    Repository *srcRepo = h.findRepository(srcRepoName);
    const Artifact *src = srcRepo ? h.findArtifact(srcRepo->id, from.mid(split + 1)) : nullptr;
    if (!src)
        return notFound(u"artifact %1"_s.arg(from));
    const Artifact copy = *src; // the lists below may reallocate
    const int srcRepoId = srcRepo->id;
    const QString dstName = dstProject->name + u'/' + call.repositoryName();
    const int repoId = h.addRepository(dstName);
    // Index children first, so the copied index's references resolve in the target.
    for (const ChildReference &c : copy.references) {
        if (const Artifact *child = h.findArtifact(srcRepoId, c.digest); child && !h.findArtifact(repoId, c.digest))
            h.addArtifact(dstName, c.digest, {}, child->size, child->manifestMediaType);
    }
    Artifact *dst = h.findArtifact(repoId, copy.digest);
    int dstId = dst ? dst->id : h.addArtifact(dstName, copy.digest, {}, copy.size, copy.manifestMediaType);
    for (Artifact &x : h.state().artifacts) {
        if (x.id == dstId) {
            x.mediaType = copy.mediaType;
            x.references = copy.references;
            x.type = copy.type;
        }
    }
    for (const Tag &t : copy.tags)
        h.addTag(dstId, t.name);
    const QByteArray repoPath = QUrl::toPercentEncoding(QString::fromUtf8(QUrl::toPercentEncoding(call.repositoryName())));
    Response resp{201, {}, {}};
    resp.headers.append({"Location", "/api/v2.0/projects/" + dstProject->name.toUtf8() + "/repositories/" + repoPath
                                         + "/artifacts/" + copy.digest.toUtf8()});
    return resp;
}

Response listTags(FakeHarbor &h, const Call &call)
{
    Repository *r = nullptr;
    Artifact *a = nullptr;
    if (auto denied = resolveArtifact(h, call, Access::Read, r, a))
        return *denied;
    const QString q = call.queryValue(u"q"_s);
    QJsonArray all;
    for (const Tag &t : a->tags) {
        if (q.startsWith("name=~"_L1) ? !t.name.contains(q.mid(6)) : (q.startsWith("name="_L1) && t.name != q.mid(5)))
            continue;
        all.append(QJsonObject{{u"id"_s, t.id}, {u"repository_id"_s, r->id}, {u"artifact_id"_s, a->id},
                               {u"name"_s, t.name}, {u"push_time"_s, timeText(t.pushTime)},
                               {u"pull_time"_s, timeText({})}, {u"immutable"_s, false}});
    }
    return h.paged(call, all);
}

Response createTag(FakeHarbor &h, const Call &call)
{
    Repository *r = nullptr;
    Artifact *a = nullptr;
    if (auto denied = resolveArtifact(h, call, Access::Push, r, a))
        return *denied;
    const QString name = call.body.toObject().value("name"_L1).toString();
    if (h.findArtifact(r->id, name))
        return FakeHarbor::error(409, u"CONFLICT"_s, u"tag %1 already exists"_s.arg(name));
    h.addTag(a->id, name);
    Response resp{201, {}, {}};
    resp.headers.append({"Location", call.request.target + '/' + QUrl::toPercentEncoding(name)});
    return resp;
}

Response deleteTag(FakeHarbor &h, const Call &call)
{
    Repository *r = nullptr;
    Artifact *a = nullptr;
    if (auto denied = resolveArtifact(h, call, Access::Delete, r, a))
        return *denied;
    const QString name = call.path(u"tag_name"_s);
    if (!a->tags.removeIf([&](const Tag &t) { return t.name == name; }))
        return notFound(u"tag %1"_s.arg(name));
    return Response{200, {}, {}};
}

Response scan(FakeHarbor &h, const Call &call)
{
    Repository *r = nullptr;
    Artifact *a = nullptr;
    if (auto denied = resolveArtifact(h, call, Access::Push, r, a))
        return *denied;
    // The scan finishes at once: the next read shows a clean report.
    const QJsonObject summary{{u"total"_s, 0}, {u"fixable"_s, 0}, {u"summary"_s, QJsonObject()}};
    a->scanOverview = QJsonObject{
        {kVulnMime, QJsonObject{{u"report_id"_s, u"fake-report-%1"_s.arg(a->id)}, {u"scan_status"_s, u"Success"_s},
                                {u"severity"_s, u"None"_s}, {u"duration"_s, 1}, {u"complete_percent"_s, 100},
                                {u"summary"_s, summary},
                                {u"start_time"_s, timeText(QDateTime::currentDateTimeUtc())},
                                {u"end_time"_s, timeText(QDateTime::currentDateTimeUtc())}}}};
    return Response{202, {}, {}};
}

// The report of the last scan, in the MIME type the overview names (empty before any scan).
Response vulnerabilities(FakeHarbor &h, const Call &call)
{
    Repository *r = nullptr;
    Artifact *a = nullptr;
    if (auto denied = resolveArtifact(h, call, Access::Read, r, a))
        return *denied;
    QJsonObject out;
    for (auto it = a->scanOverview.begin(); it != a->scanOverview.end(); ++it) {
        const QJsonObject o = it.value().toObject();
        out.insert(it.key(), QJsonObject{{u"generated_at"_s, o.value(u"end_time"_s)},
                                         {u"severity"_s, o.value(u"severity"_s)},
                                         {u"vulnerabilities"_s, QJsonArray()}});
    }
    return FakeHarbor::json(200, out);
}

Response stopScan(FakeHarbor &h, const Call &call)
{
    Repository *r = nullptr;
    Artifact *a = nullptr;
    if (auto denied = resolveArtifact(h, call, Access::Push, r, a))
        return *denied;
    return Response{202, {}, {}};
}

Response listAccessories(FakeHarbor &h, const Call &call)
{
    Repository *r = nullptr;
    Artifact *a = nullptr;
    if (auto denied = resolveArtifact(h, call, Access::Read, r, a))
        return *denied;
    QJsonArray all;
    for (const Accessory &x : a->accessories)
        all.append(QJsonObject{{u"id"_s, x.id}, {u"artifact_id"_s, x.id}, {u"subject_artifact_id"_s, a->id},
                               {u"subject_artifact_digest"_s, a->digest}, {u"subject_artifact_repo"_s, r->name},
                               {u"size"_s, x.size}, {u"digest"_s, x.digest}, {u"type"_s, x.type},
                               {u"icon"_s, QString()}, {u"creation_time"_s, timeText(a->pushTime)}});
    return h.paged(call, all);
}

Response addLabel(FakeHarbor &h, const Call &call)
{
    Repository *r = nullptr;
    Artifact *a = nullptr;
    if (auto denied = resolveArtifact(h, call, Access::Push, r, a))
        return *denied;
    const int id = call.body.toObject().value("id"_L1).toInt();
    if (a->labelIds.contains(id))
        return FakeHarbor::error(409, u"CONFLICT"_s, u"label %1 is already added to the artifact"_s.arg(id));
    if (!std::any_of(h.state().labels.cbegin(), h.state().labels.cend(), [id](const Label &l) { return l.id == id; }))
        return notFound(u"label %1"_s.arg(id));
    a->labelIds.append(id);
    return Response{200, {}, {}};
}

Response removeLabel(FakeHarbor &h, const Call &call)
{
    Repository *r = nullptr;
    Artifact *a = nullptr;
    if (auto denied = resolveArtifact(h, call, Access::Push, r, a))
        return *denied;
    if (!a->labelIds.removeOne(call.path(u"label_id"_s).toInt()))
        return notFound(u"label %1 on the artifact"_s.arg(call.path(u"label_id"_s)));
    return Response{200, {}, {}};
}

} // namespace

void registerArtifactRoutes(FakeHarbor &harbor)
{
    harbor.setHandler(u"listArtifacts"_s, listArtifacts);
    harbor.setHandler(u"getArtifact"_s, getArtifact);
    harbor.setHandler(u"deleteArtifact"_s, deleteArtifact);
    harbor.setHandler(u"CopyArtifact"_s, copyArtifact);
    harbor.setHandler(u"listTags"_s, listTags);
    harbor.setHandler(u"createTag"_s, createTag);
    harbor.setHandler(u"deleteTag"_s, deleteTag);
    harbor.setHandler(u"scanArtifact"_s, scan);
    harbor.setHandler(u"stopScanArtifact"_s, stopScan);
    harbor.setHandler(u"getVulnerabilitiesAddition"_s, vulnerabilities);
    harbor.setHandler(u"listAccessories"_s, listAccessories);
    harbor.setHandler(u"addLabel"_s, addLabel);
    harbor.setHandler(u"removeLabel"_s, removeLabel);
}

} // namespace berth::test
