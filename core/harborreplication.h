#pragma once
// Harbor replication through /api/v2.0 (system administrators only): registry endpoints with their
// adapters and connection test, replication policies, executions, their tasks and task logs.

#include "harborjobs.h"
#include "harborreplicationtypes.h"

#include <QObject>
#include <QPointer>

namespace berth {

class HarborClient;

class HarborReplication final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HarborReplication)
public:
    // Uses client's endpoint and credentials; parented to client unless parent is given.
    explicit HarborReplication(HarborClient *client, QObject *parent = nullptr);

    HarborClient *client() const;

    // --- Endpoints (/registries). Lists: HarborEndpoint::listFromJson(job->items()).
    HarborListJob *endpoints();
    // GET /registries/{id}: HarborEndpoint::fromJson of the body.
    HarborRequest *endpoint(qint64 id);
    // POST /registries (201; idFromLocation(request->header("Location")) is the new id).
    HarborRequest *createEndpoint(const HarborEndpoint &endpoint);
    // PUT /registries/{id}; the secret is sent only when endpoint.accessSecret is set.
    HarborRequest *updateEndpoint(const HarborEndpoint &endpoint);
    // DELETE /registries/{id}; 412 while a policy uses it.
    HarborRequest *deleteEndpoint(qint64 id);
    // POST /registries/ping: Harbor tries to reach the endpoint; no error means it answered.
    HarborRequest *pingEndpoint(const HarborEndpoint &endpoint);
    // GET /registries/{id}/info: HarborEndpointInfo::fromJson of the body.
    HarborRequest *endpointInfo(qint64 id);
    // GET /replication/adapters: a JSON array of adapter names (adapterNames(body)).
    HarborRequest *adapters();
    // GET /replication/adapterinfos: HarborAdapterInfo::listFromJson of the body's object.
    HarborRequest *adapterInfos();

    // --- Policies (/replication/policies). Lists: HarborReplicationPolicy::listFromJson(job->items()).
    HarborListJob *policies();
    HarborRequest *policy(qint64 id);
    // POST (201 + Location) / PUT. An invalid policy (policy.validate()) is not sent: the request
    // finishes with that InvalidInput error.
    HarborRequest *createPolicy(const HarborReplicationPolicy &policy);
    HarborRequest *updatePolicy(const HarborReplicationPolicy &policy);
    // PUT with only `enabled` changed (the whole policy, as Harbor's PUT replaces it).
    HarborRequest *setPolicyEnabled(const HarborReplicationPolicy &policy, bool enabled);
    HarborRequest *deletePolicy(qint64 id);

    // --- Executions (/replication/executions).
    // POST {policy_id}; 201, idFromLocation(Location) is the execution's id.
    HarborRequest *startExecution(qint64 policyId);
    // policyId 0: every policy. HarborExecution::listFromJson(job->items()), in Harbor's order.
    HarborListJob *executions(qint64 policyId = 0);
    HarborRequest *execution(qint64 id);
    // PUT /replication/executions/{id}: stops a running execution.
    HarborRequest *stopExecution(qint64 id);
    // HarborTask::listFromJson(job->items()).
    HarborListJob *tasks(qint64 executionId);
    // GET .../tasks/{taskId}/log: plain text in request->body().
    HarborRequest *taskLog(qint64 executionId, qint64 taskId);

    // The trailing id of a Location header ("/api/v2.0/registries/7" -> 7); 0 when there is none.
    static qint64 idFromLocation(const QByteArray &location);
    static QStringList adapterNames(const QByteArray &body);

private:
    HarborRequest *sendJson(const QByteArray &verb, const QByteArray &path, const QJsonObject &body,
                            const QString &subject);
    HarborRequest *sendPolicy(const HarborReplicationPolicy &policy, bool create);

    QPointer<HarborClient> m_client;
};

} // namespace berth
