// FakeHarbor's repository endpoints: list (per project and all), get, update, delete.

#include "fakeharborroutes.h"

#include <QJsonArray>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace berth::test {

using namespace harbor;

namespace {

using Call = FakeHarbor::Call;
using Response = FakeHarbor::Response;

bool nameMatches(const Repository &r, const QString &q)
{
    for (const QString &item : q.split(u',', Qt::SkipEmptyParts)) {
        if (item.startsWith("name=~"_L1) && !r.name.contains(item.mid(6)))
            return false;
        if (item.startsWith("name="_L1) && !item.startsWith("name=~"_L1) && r.name != item.mid(5))
            return false;
    }
    return true;
}

// Harbor lists the newest repositories first unless sort= says otherwise.
void sortRepositories(QList<const Repository *> &list, const QString &sort)
{
    std::stable_sort(list.begin(), list.end(), [&](const Repository *a, const Repository *b) {
        if (sort == "name"_L1)
            return a->name < b->name;
        if (sort == "-name"_L1)
            return b->name < a->name;
        if (a->created != b->created)
            return a->created > b->created;
        return a->id > b->id;
    });
}

Response listRepositories(FakeHarbor &h, const Call &call)
{
    Project *p = nullptr;
    if (auto denied = h.resolveProject(call, Access::Read, p))
        return *denied;
    QList<const Repository *> list;
    for (const Repository &r : h.state().repositories) {
        if (r.projectId == p->id && nameMatches(r, call.queryValue(u"q"_s)))
            list.append(&r);
    }
    sortRepositories(list, call.queryValue(u"sort"_s));
    QJsonArray all;
    for (const Repository *r : std::as_const(list))
        all.append(repositoryJson(h, *r));
    return h.paged(call, all);
}

Response listAllRepositories(FakeHarbor &h, const Call &call)
{
    QList<const Repository *> list;
    for (const Repository &r : h.state().repositories) {
        const Project *p = h.findProject(QString::number(r.projectId), false);
        if (p && h.allowed(call.principal, *p, Access::Read) && nameMatches(r, call.queryValue(u"q"_s)))
            list.append(&r);
    }
    sortRepositories(list, call.queryValue(u"sort"_s));
    QJsonArray all;
    for (const Repository *r : std::as_const(list))
        all.append(repositoryJson(h, *r));
    return h.paged(call, all);
}

Response getRepository(FakeHarbor &h, const Call &call)
{
    Project *p = nullptr;
    Repository *r = nullptr;
    if (auto denied = resolveRepository(h, call, Access::Read, p, r))
        return *denied;
    return FakeHarbor::json(200, repositoryJson(h, *r));
}

Response updateRepository(FakeHarbor &h, const Call &call)
{
    Project *p = nullptr;
    Repository *r = nullptr;
    if (auto denied = resolveRepository(h, call, Access::Push, p, r))
        return *denied;
    r->description = call.body.toObject().value("description"_L1).toString();
    r->updated = QDateTime::currentDateTimeUtc();
    return Response{200, {}, {}};
}

Response deleteRepository(FakeHarbor &h, const Call &call)
{
    Project *p = nullptr;
    Repository *r = nullptr;
    if (auto denied = resolveRepository(h, call, Access::Delete, p, r))
        return *denied;
    const int id = r->id;
    h.state().artifacts.removeIf([id](const Artifact &a) { return a.repositoryId == id; });
    h.state().repositories.removeIf([id](const Repository &x) { return x.id == id; });
    return Response{200, {}, {}};
}

} // namespace

QJsonObject harbor::repositoryJson(const FakeHarbor &fake, const Repository &r)
{
    const auto count = std::count_if(fake.state().artifacts.cbegin(), fake.state().artifacts.cend(),
                                     [&](const Artifact &a) { return a.repositoryId == r.id; });
    return QJsonObject{{u"id"_s, r.id},
                       {u"project_id"_s, r.projectId},
                       {u"name"_s, r.name},
                       {u"description"_s, r.description},
                       {u"artifact_count"_s, qint64(count)},
                       {u"pull_count"_s, r.pullCount},
                       {u"creation_time"_s, timeText(r.created)},
                       {u"update_time"_s, timeText(r.updated)}};
}

std::optional<FakeHarbor::Response> harbor::resolveRepository(FakeHarbor &fake, const FakeHarbor::Call &call,
                                                              Access access, Project *&project,
                                                              Repository *&repository)
{
    if (auto denied = fake.resolveProject(call, access, project))
        return denied;
    const QString full = project->name + u'/' + call.repositoryName();
    repository = fake.findRepository(full);
    if (!repository)
        return FakeHarbor::error(404, u"NOT_FOUND"_s, u"repository %1 not found"_s.arg(full));
    return std::nullopt;
}

void registerRepositoryRoutes(FakeHarbor &harbor)
{
    harbor.setHandler(u"listRepositories"_s, listRepositories);
    harbor.setHandler(u"listAllRepositories"_s, listAllRepositories);
    harbor.setHandler(u"getRepository"_s, getRepository);
    harbor.setHandler(u"updateRepository"_s, updateRepository);
    harbor.setHandler(u"deleteRepository"_s, deleteRepository);
}

} // namespace berth::test
