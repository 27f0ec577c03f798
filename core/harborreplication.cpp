#include "harborreplication.h"

#include "harborclient.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace berth {

namespace {
QByteArray idPath(const char *prefix, qint64 id)
{
    return QByteArray(prefix) + '/' + QByteArray::number(id);
}
} // namespace

HarborReplication::HarborReplication(HarborClient *client, QObject *parent)
    : QObject(parent ? parent : client), m_client(client)
{
}

HarborClient *HarborReplication::client() const
{
    return m_client;
}

HarborRequest *HarborReplication::sendJson(const QByteArray &verb, const QByteArray &path, const QJsonObject &body,
                                           const QString &subject)
{
    HarborRequestSpec r;
    r.verb = verb;
    r.path = path;
    r.headers = {{"Content-Type", "application/json"}};
    r.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    r.subject = subject;
    return m_client->send(r);
}

HarborListJob *HarborReplication::endpoints()
{
    auto *job = new HarborListJob(m_client, "/registries", tr("the replication endpoints"));
    job->start();
    return job;
}

HarborRequest *HarborReplication::endpoint(qint64 id)
{
    HarborRequestSpec r;
    r.path = idPath("/registries", id);
    r.subject = tr("replication endpoint %1").arg(id);
    return m_client->send(r);
}

HarborRequest *HarborReplication::createEndpoint(const HarborEndpoint &endpoint)
{
    QJsonObject body = endpoint.toJson();
    for (const auto key : {"id"_L1, "status"_L1, "creation_time"_L1, "update_time"_L1})
        body.remove(key);
    return sendJson("POST", "/registries", body, tr("replication endpoint %1").arg(endpoint.name));
}

HarborRequest *HarborReplication::updateEndpoint(const HarborEndpoint &endpoint)
{
    return sendJson("PUT", idPath("/registries", endpoint.id), endpoint.toUpdateJson(),
                    tr("replication endpoint %1").arg(endpoint.name));
}

HarborRequest *HarborReplication::deleteEndpoint(qint64 id)
{
    HarborRequestSpec r;
    r.verb = "DELETE";
    r.path = idPath("/registries", id);
    r.subject = tr("replication endpoint %1").arg(id);
    return m_client->send(r);
}

HarborRequest *HarborReplication::pingEndpoint(const HarborEndpoint &endpoint)
{
    return sendJson("POST", "/registries/ping", endpoint.toPingJson(),
                    tr("the connection test of %1").arg(endpoint.url.isEmpty() ? endpoint.name : endpoint.url));
}

HarborRequest *HarborReplication::endpointInfo(qint64 id)
{
    HarborRequestSpec r;
    r.path = idPath("/registries", id) + "/info";
    r.subject = tr("what replication endpoint %1 supports").arg(id);
    return m_client->send(r);
}

HarborRequest *HarborReplication::adapters()
{
    HarborRequestSpec r;
    r.path = "/replication/adapters";
    r.subject = tr("the replication providers");
    return m_client->send(r);
}

HarborRequest *HarborReplication::adapterInfos()
{
    HarborRequestSpec r;
    r.path = "/replication/adapterinfos";
    r.subject = tr("the replication providers");
    return m_client->send(r);
}

HarborListJob *HarborReplication::policies()
{
    auto *job = new HarborListJob(m_client, "/replication/policies", tr("the replication rules"));
    job->start();
    return job;
}

HarborRequest *HarborReplication::policy(qint64 id)
{
    HarborRequestSpec r;
    r.path = idPath("/replication/policies", id);
    r.subject = tr("replication rule %1").arg(id);
    return m_client->send(r);
}

HarborRequest *HarborReplication::sendPolicy(const HarborReplicationPolicy &policy, bool create)
{
    const QString subject = tr("replication rule %1").arg(policy.name);
    if (const Error invalid = policy.validate()) {
        HarborRequestSpec r;
        r.subject = subject;
        auto *request = new HarborRequest(m_client, r);
        request->failLater(invalid);
        return request;
    }
    QJsonObject body = policy.toJson();
    if (create)
        body.remove("id"_L1);
    return create ? sendJson("POST", "/replication/policies", body, subject)
                  : sendJson("PUT", idPath("/replication/policies", policy.id), body, subject);
}

HarborRequest *HarborReplication::createPolicy(const HarborReplicationPolicy &policy)
{
    return sendPolicy(policy, true);
}

HarborRequest *HarborReplication::updatePolicy(const HarborReplicationPolicy &policy)
{
    return sendPolicy(policy, false);
}

HarborRequest *HarborReplication::setPolicyEnabled(const HarborReplicationPolicy &policy, bool enabled)
{
    HarborReplicationPolicy changed = policy;
    changed.enabled = enabled;
    return sendPolicy(changed, false);
}

HarborRequest *HarborReplication::deletePolicy(qint64 id)
{
    HarborRequestSpec r;
    r.verb = "DELETE";
    r.path = idPath("/replication/policies", id);
    r.subject = tr("replication rule %1").arg(id);
    return m_client->send(r);
}

HarborRequest *HarborReplication::startExecution(qint64 policyId)
{
    return sendJson("POST", "/replication/executions", QJsonObject{{u"policy_id"_s, policyId}},
                    tr("a replication of rule %1").arg(policyId));
}

HarborListJob *HarborReplication::executions(qint64 policyId)
{
    QByteArray path = "/replication/executions";
    if (policyId)
        path += "?policy_id=" + QByteArray::number(policyId);
    auto *job = new HarborListJob(m_client, path, tr("the replication executions"));
    job->start();
    return job;
}

HarborRequest *HarborReplication::execution(qint64 id)
{
    HarborRequestSpec r;
    r.path = idPath("/replication/executions", id);
    r.subject = tr("replication execution %1").arg(id);
    return m_client->send(r);
}

HarborRequest *HarborReplication::stopExecution(qint64 id)
{
    HarborRequestSpec r;
    r.verb = "PUT";
    r.path = idPath("/replication/executions", id);
    r.subject = tr("replication execution %1").arg(id);
    return m_client->send(r);
}

HarborListJob *HarborReplication::tasks(qint64 executionId)
{
    auto *job = new HarborListJob(m_client, idPath("/replication/executions", executionId) + "/tasks",
                                  tr("the tasks of replication execution %1").arg(executionId));
    job->start();
    return job;
}

HarborRequest *HarborReplication::taskLog(qint64 executionId, qint64 taskId)
{
    HarborRequestSpec r;
    r.path = idPath("/replication/executions", executionId) + "/tasks/" + QByteArray::number(taskId) + "/log";
    r.headers = {{"Accept", "text/plain"}};
    r.subject = tr("the log of replication task %1").arg(taskId);
    return m_client->send(r);
}

qint64 HarborReplication::idFromLocation(const QByteArray &location)
{
    QByteArray path = location.trimmed();
    const qsizetype query = path.indexOf('?');
    if (query >= 0)
        path.truncate(query);
    while (path.endsWith('/'))
        path.chop(1);
    bool ok = false;
    const qint64 id = path.mid(path.lastIndexOf('/') + 1).toLongLong(&ok);
    return ok && id > 0 ? id : 0;
}

QStringList HarborReplication::adapterNames(const QByteArray &body)
{
    QStringList out;
    const QJsonArray a = QJsonDocument::fromJson(body).array();
    for (const QJsonValue &v : a)
        out.append(v.toString());
    out.sort();
    return out;
}

} // namespace berth
