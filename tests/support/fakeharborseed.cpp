// FakeHarbor's seeding functions: tests build the state directly, without going through HTTP.

#include "fakeharbor.h"


using namespace Qt::StringLiterals;

namespace berth::test {

using namespace harbor;

namespace {

Artifact *artifactById(State &s, int id)
{
    for (Artifact &a : s.artifacts) {
        if (a.id == id)
            return &a;
    }
    return nullptr;
}

} // namespace

int FakeHarbor::addUser(const QString &username, const QString &password, bool sysadmin)
{
    const int id = nextId();
    m_state.users.append(User{id, username, password, username + "@example.com"_L1, sysadmin});
    return id;
}

int FakeHarbor::addRobot(const QString &fullName, const QString &secret, int projectId, Role role)
{
    const int id = nextId();
    m_state.robots.append(Robot{id, fullName, secret, {}, projectId, role, false});
    return id;
}

int FakeHarbor::addProject(const QString &name, bool isPublic, qint64 storageLimit, int registryId, int ownerId)
{
    const int id = nextId();
    m_state.projects.append(
        Project{id, name, isPublic, ownerId, storageLimit, 0, registryId, QDateTime::currentDateTimeUtc()});
    addMember(id, ownerId, Role::ProjectAdmin);
    return id;
}

void FakeHarbor::addMember(int projectId, int userId, Role role)
{
    for (Member &m : m_state.members) {
        if (m.projectId == projectId && m.userId == userId) {
            m.role = role;
            return;
        }
    }
    m_state.members.append(Member{nextId(), projectId, userId, role});
}

int FakeHarbor::addRepository(const QString &fullName, const QString &description)
{
    if (const Repository *existing = findRepository(fullName))
        return existing->id;
    const Project *project = projectByName(fullName.section(u'/', 0, 0));
    if (!project) {
        qWarning("FakeHarbor::addRepository: no project for %s", qPrintable(fullName));
        return 0;
    }
    const int id = nextId();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    m_state.repositories.append(Repository{id, project->id, fullName, description, 0, now, now});
    return id;
}

int FakeHarbor::addArtifact(const QString &repositoryFullName, const QString &digest, const QStringList &tags,
                            qint64 size, const QString &manifestMediaType)
{
    const int repoId = addRepository(repositoryFullName);
    if (!repoId)
        return 0;
    Artifact a;
    a.id = nextId();
    a.repositoryId = repoId;
    a.digest = digest;
    a.size = size;
    if (!manifestMediaType.isEmpty())
        a.manifestMediaType = manifestMediaType;
    // Later pushes sort first in Harbor's default order; keep push times distinct.
    a.pushTime = QDateTime::currentDateTimeUtc().addSecs(m_state.artifacts.size());
    m_state.artifacts.append(a);
    for (const QString &t : tags)
        addTag(a.id, t);
    return a.id;
}

void FakeHarbor::setIndexChildren(int artifactId, const QList<ChildReference> &children)
{
    if (Artifact *a = artifactById(m_state, artifactId)) {
        a->references = children;
        a->manifestMediaType = u"application/vnd.oci.image.index.v1+json"_s;
        a->mediaType = a->manifestMediaType;
    }
}

int FakeHarbor::addTag(int artifactId, const QString &tag)
{
    Artifact *a = artifactById(m_state, artifactId);
    if (!a)
        return 0;
    // A tag names one artifact per repository: moving it takes it off the previous one.
    for (Artifact &other : m_state.artifacts) {
        if (other.repositoryId == a->repositoryId)
            other.tags.removeIf([&](const Tag &t) { return t.name == tag; });
    }
    const int id = nextId();
    a->tags.append(Tag{id, tag, QDateTime::currentDateTimeUtc()});
    return id;
}

int FakeHarbor::addAccessory(int artifactId, const QString &digest, const QString &type, qint64 size)
{
    Artifact *a = artifactById(m_state, artifactId);
    if (!a)
        return 0;
    const int id = nextId();
    a->accessories.append(Accessory{id, digest, type, size});
    return id;
}

int FakeHarbor::addLabel(const QString &name, int projectId)
{
    const int id = nextId();
    m_state.labels.append(Label{id, name, {}, u"#0065AB"_s, projectId ? u"p"_s : u"g"_s, projectId});
    return id;
}

void FakeHarbor::attachLabel(int artifactId, int labelId)
{
    if (Artifact *a = artifactById(m_state, artifactId); a && !a->labelIds.contains(labelId))
        a->labelIds.append(labelId);
}

void FakeHarbor::setScanOverview(int artifactId, const QJsonObject &overview)
{
    if (Artifact *a = artifactById(m_state, artifactId))
        a->scanOverview = overview;
}

} // namespace berth::test
