#pragma once
// FakeHarbor's endpoint areas: each registers its operationId handlers; a new area (replication,
// registries) adds a register function here and one call in FakeHarbor's constructor.

#include "fakeharbor.h"

namespace berth::test {

void registerSystemRoutes(FakeHarbor &harbor);     // systeminfo, ping, health, users, labels, robots
void registerProjectRoutes(FakeHarbor &harbor);    // projects, summary, _deletable, members
void registerRepositoryRoutes(FakeHarbor &harbor); // repositories
void registerArtifactRoutes(FakeHarbor &harbor);   // artifacts, tags, scan, accessories, labels on artifacts
void registerReplicationRoutes(FakeHarbor &harbor); // registries, replication policies, executions, tasks
// members, user/group/LDAP search, robots (writes), GC, retention, immutability, audit log, quotas;
// after the others: it wraps some of their handlers to record audit entries.
void registerAdminRoutes(FakeHarbor &harbor);

namespace harbor {

QString timeText(const QDateTime &t); // Harbor's RFC 3339 with milliseconds, UTC
// Harbor's error answers: 401 for anonymous callers and 403 otherwise; 400; 404 "<what> not found";
// and 201 with the Location of what was made (relative to /api/v2.0).
FakeHarbor::Response refuse(const FakeHarbor::Call &call);
FakeHarbor::Response badRequest(const QString &message);
FakeHarbor::Response notFound(const QString &what);
FakeHarbor::Response created(const QByteArray &location);
QJsonObject projectJson(const FakeHarbor &fake, const Project &p, const FakeHarbor::Principal &who);
QJsonObject repositoryJson(const FakeHarbor &fake, const Repository &r);
QJsonObject labelJson(const Label &l);
// Project access first, then the repository named by {repository_name}: 404 when it is missing.
std::optional<FakeHarbor::Response> resolveRepository(FakeHarbor &fake, const FakeHarbor::Call &call, Access access,
                                                      Project *&project, Repository *&repository);

} // namespace harbor

} // namespace berth::test
