// HarborClient: project summary, permissions, members, robots, labels, scans, vulnerability
// reports and artifact copy.
#include "harborclient.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace berth {

namespace {
QString artifactSubject(const QString &project, const QString &repository, const QString &reference)
{
    return project + u'/' + repository + (reference.contains(u':') ? u'@' : u':') + reference;
}
} // namespace

HarborRequest *HarborClient::projectSummary(const QString &project)
{
    HarborRequestSpec r;
    r.path = "/projects/" + projectSegment(project) + "/summary";
    // {project_name_or_id}: a name made of digits would be read as an id without this.
    r.headers = {{"X-Is-Resource-Name", "true"}};
    r.subject = tr("project %1").arg(project);
    return send(r);
}

HarborRequest *HarborClient::currentPermissions(const QString &scope)
{
    HarborRequestSpec r;
    r.path = "/users/current/permissions";
    if (!scope.isEmpty())
        r.path += "?scope=" + QUrl::toPercentEncoding(scope) + "&relative=false";
    r.subject = tr("your permissions");
    return send(r);
}

HarborListJob *HarborClient::members(int projectId)
{
    auto *job = new HarborListJob(this, "/projects/" + QByteArray::number(projectId) + "/members",
                                  tr("the members of the project"));
    job->start();
    return job;
}

HarborListJob *HarborClient::robots(int projectId)
{
    // Project admins may list only their project's robots, and only with this query.
    const QByteArray q = "Level=project,ProjectID=" + QByteArray::number(projectId);
    auto *job = new HarborListJob(this, "/robots?q=" + QUrl::toPercentEncoding(QString::fromLatin1(q)),
                                  tr("the robot accounts of the project"));
    job->start();
    return job;
}

HarborListJob *HarborClient::labels(int projectId)
{
    const QByteArray path = projectId > 0 ? "/labels?scope=p&project_id=" + QByteArray::number(projectId)
                                          : QByteArray("/labels?scope=g");
    auto *job = new HarborListJob(this, path, tr("the labels"));
    job->start();
    return job;
}

HarborRequest *HarborClient::scanArtifact(const QString &project, const QString &repository, const QString &reference)
{
    HarborRequestSpec r;
    r.verb = "POST";
    r.path = repositoryPath(project, repository) + "/artifacts/" + referenceSegment(reference) + "/scan";
    r.headers = {{"Content-Type", "application/json"}};
    r.body = QJsonDocument(QJsonObject{{u"scan_type"_s, u"vulnerability"_s}}).toJson(QJsonDocument::Compact);
    r.subject = tr("artifact %1").arg(artifactSubject(project, repository, reference));
    return send(r);
}

HarborRequest *HarborClient::stopScan(const QString &project, const QString &repository, const QString &reference)
{
    HarborRequestSpec r;
    r.verb = "POST";
    r.path = repositoryPath(project, repository) + "/artifacts/" + referenceSegment(reference) + "/scan/stop";
    r.headers = {{"Content-Type", "application/json"}};
    r.body = QJsonDocument(QJsonObject{{u"scan_type"_s, u"vulnerability"_s}}).toJson(QJsonDocument::Compact);
    r.subject = tr("artifact %1").arg(artifactSubject(project, repository, reference));
    return send(r);
}

HarborRequest *HarborClient::vulnerabilities(const QString &project, const QString &repository,
                                             const QString &reference)
{
    HarborRequestSpec r;
    r.path = repositoryPath(project, repository) + "/artifacts/" + referenceSegment(reference)
        + "/additions/vulnerabilities";
    r.subject = tr("the vulnerability report of %1").arg(artifactSubject(project, repository, reference));
    return send(r);
}

HarborRequest *HarborClient::copyArtifact(const QString &project, const QString &repository, const QString &from)
{
    HarborRequestSpec r;
    r.verb = "POST";
    r.path = repositoryPath(project, repository) + "/artifacts?from=" + QUrl::toPercentEncoding(from, "/@:");
    r.subject = tr("a copy of %1 into %2/%3").arg(from, project, repository);
    return send(r);
}

} // namespace berth
