#pragma once
// FakeHarbor's replication area: seeding and test hooks (endpoints, remote repositories, finishing
// running executions) and the helpers its two source files share.

#include "fakeharbor.h"

#include <optional>

namespace berth::test::harbor {

// An endpoint as if created through the API; reachable: /registries/ping succeeds for its URL.
int addReplicationEndpoint(FakeHarbor &fake, const QString &name, const QString &url,
                           const QString &type = QStringLiteral("harbor"), bool reachable = true);
// /registries/ping succeeds for this URL (with or without a trailing slash).
void setUrlReachable(FakeHarbor &fake, const QString &url, bool reachable = true);
// What a pull-based policy from that endpoint finds.
void addRemoteRepository(FakeHarbor &fake, int endpointId, const QString &repository, const QStringList &tags);
// Every running execution ends: its open tasks Succeed, or Failed when their source contains
// failing (non-empty); the execution is Failed when any task failed, else Succeed.
void finishReplications(FakeHarbor &fake, const QString &failing = {});
ReplicationExecution *findExecution(FakeHarbor &fake, int id);

// --- shared by fakeharborreplication.cpp and fakeharborreplicationtasks.cpp
// Replication is for system administrators: 401 anonymous, 403 everyone else.
std::optional<FakeHarbor::Response> requireSysadmin(const FakeHarbor::Call &call);
ReplicationEndpoint *findEndpoint(FakeHarbor &fake, int id);
ReplicationPolicy *findPolicy(FakeHarbor &fake, int id);
QJsonObject endpointJson(const FakeHarbor &fake, int id); // id 0: this Harbor ("Local")
bool isRunning(const QString &status);
// Harbor's doublestar globs: * within a path segment, ** across, ?, {a,b}, [abc].
bool globMatches(const QString &glob, const QString &text);
void registerReplicationPolicyRoutes(FakeHarbor &fake);
void registerReplicationExecutionRoutes(FakeHarbor &fake);

} // namespace berth::test::harbor
