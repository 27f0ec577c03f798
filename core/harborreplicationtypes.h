#pragma once
// Harbor replication records (registry endpoints, adapters, policies, executions, tasks) as Berth
// uses them, read from and written to Harbor's JSON (swagger v2.15.2 names), and the check of
// Harbor's 6-field cron expressions.

#include "error.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace berth {

// A registry Harbor replicates to or from ("registry" in Harbor's API, "endpoint" in its UI).
struct HarborEndpoint {
    qint64 id = 0;
    QString name;
    QString description;
    QString type;                 // adapter: harbor, docker-hub, docker-registry, aws-ecr, github-ghcr, ...
    QString url;
    QString credentialType;       // basic (default), oauth, secret
    QString accessKey;
    QString accessSecret;         // only what the user typed: Harbor never returns it (it sends "*****")
    bool insecure = false;        // Harbor does not verify the endpoint's certificate
    QString caCertificate;        // PEM; empty: the system CAs
    QString status;               // healthy, unhealthy, unknown (read only)
    QDateTime created, updated;   // read only

    static HarborEndpoint fromJson(const QJsonObject &o);
    static QList<HarborEndpoint> listFromJson(const QJsonArray &a);
    // Harbor's Registry model (POST /registries); the credential only when an access key or secret is set.
    QJsonObject toJson() const;
    // RegistryUpdate (PUT /registries/{id}): the secret only when typed, so Harbor keeps the old one otherwise.
    QJsonObject toUpdateJson() const;
    // RegistryPing (POST /registries/ping): with the id when known, Harbor fills in what is not sent.
    QJsonObject toPingJson() const;
};

// What /replication/adapterinfos says about one adapter: where its registry is and what
// credentials it takes.
struct HarborAdapterInfo {
    struct Endpoint {
        QString key;              // region or host label, e.g. "us-east-1", "hub.docker.com"
        QString url;
    };
    QString type;                 // the adapter (the key in adapterinfos)
    QString endpointType;         // EndpointPatternTypeStandard | EndpointPatternTypeFix | EndpointPatternTypeList
    QList<Endpoint> endpoints;
    QString accessKeyType;        // AccessKeyTypeStandard | AccessKeyTypeFix (then accessKeyData is the key)
    QString accessKeyData;
    QString accessSecretType;     // AccessSecretTypePass | AccessSecretTypeFile (e.g. a JSON key file for GCR)
    QString accessSecretData;

    // Docker Hub, GHCR: one URL the user cannot change.
    bool hasFixedUrl() const;
    // ECR, GCR, ACR...: a list of regions to choose from.
    bool hasUrlList() const;
    bool hasFixedAccessKey() const;
    bool secretIsFile() const;

    static HarborAdapterInfo fromJson(const QString &type, const QJsonObject &o);
    // The whole adapterinfos object, sorted by adapter name.
    static QList<HarborAdapterInfo> listFromJson(const QJsonObject &o);
};

// A filter an endpoint supports (RegistryInfo.supported_resource_filters: FilterStyle).
struct HarborFilterStyle {
    QString type;                 // name, tag, label, resource
    QString style;                // input, radio, list
    QStringList values;           // for radio/list styles, e.g. resource: image, artifact
};

// GET /registries/{id}/info: which filters and triggers the endpoint supports.
struct HarborEndpointInfo {
    QString type;
    QString description;
    QList<HarborFilterStyle> filters;
    QStringList triggers;         // manual, scheduled, event_based
    bool copyByChunk = false;

    bool supportsFilter(const QString &type) const;
    bool supportsTrigger(const QString &trigger) const;
    HarborFilterStyle filter(const QString &type) const;
    static HarborEndpointInfo fromJson(const QJsonObject &o);
};

enum class HarborTrigger { Manual, Scheduled, EventBased };

// A replication policy. Exactly one of srcRegistryId (pull-based: from that endpoint into this
// Harbor) and destRegistryId (push-based: from this Harbor to that endpoint) is non-zero.
struct HarborReplicationPolicy {
    // Harbor's flattening levels (dest_namespace_replace_count).
    static constexpr int FlattenNone = 0;
    static constexpr int FlattenAll = -1;

    qint64 id = 0;
    QString name;
    QString description;
    qint64 srcRegistryId = 0;
    qint64 destRegistryId = 0;
    QString srcRegistryName;      // read only: the endpoint names Harbor sends with the policy
    QString destRegistryName;

    // Filters; empty strings are not sent. Globs as Harbor takes them: "library/**", "v1.*", "{a,b}".
    QString nameFilter;
    QString tagFilter;
    bool tagExcludes = false;     // decoration "excludes" instead of "matches"
    QStringList labelFilter;
    bool labelExcludes = false;
    QString resourceFilter;       // image, artifact; empty: all

    QString destNamespace;        // empty: the source's namespace
    int flatten = 1;              // 0 none, 1..3 levels, -1 all (Harbor's UI default is 1)
    HarborTrigger trigger = HarborTrigger::Manual;
    QString cron;                 // Scheduled: Harbor's 6 fields "sec min hour dom month dow"
    bool deletion = false;        // sent as both deletion and replicate_deletion
    bool override = true;
    qint64 speedKbps = -1;        // Harbor's speed per task; -1 or 0: unlimited
    bool enabled = true;
    bool copyByChunk = false;
    bool singleActiveReplication = false;
    QDateTime created, updated;   // read only

    bool isPush() const { return destRegistryId != 0; }
    qint64 remoteRegistryId() const { return isPush() ? destRegistryId : srcRegistryId; }

    // Before sending: name, exactly one direction, event-based only when pushing, a valid 6-field
    // cron for scheduled, flatten in -1..3, non-negative bandwidth. InvalidInput, translated.
    Error validate() const;

    static HarborReplicationPolicy fromJson(const QJsonObject &o);
    static QList<HarborReplicationPolicy> listFromJson(const QJsonArray &a);
    QJsonObject toJson() const;   // ReplicationPolicy as POST/PUT take it

    static QString triggerName(HarborTrigger trigger); // manual, scheduled, event_based
    static HarborTrigger triggerFromName(const QString &name, bool *ok = nullptr);

    Q_DECLARE_TR_FUNCTIONS(HarborReplicationPolicy) // last: it ends with "private:"
};

struct HarborExecution {
    qint64 id = 0;
    qint64 policyId = 0;
    QString status;               // InProgress, Succeed, Failed, Stopped
    QString statusText;
    QString trigger;              // manual, scheduled, event_based
    QDateTime started, ended;
    int total = 0, failed = 0, succeed = 0, inProgress = 0, stopped = 0;

    bool isRunning() const;
    static HarborExecution fromJson(const QJsonObject &o);
    static QList<HarborExecution> listFromJson(const QJsonArray &a);
    QJsonObject toJson() const;
};

struct HarborTask {
    qint64 id = 0;
    qint64 executionId = 0;
    QString status;               // Pending, InProgress, Succeed, Failed, Stopped
    QString jobId;
    QString operation;            // copy, deletion
    QString resourceType;         // image, artifact, ...
    QString srcResource;
    QString dstResource;
    QDateTime started, ended;

    bool isRunning() const;
    static HarborTask fromJson(const QJsonObject &o);
    static QList<HarborTask> listFromJson(const QJsonArray &a);
    QJsonObject toJson() const;
};

// Harbor's schedules: 6 fields "second minute hour day-of-month month day-of-week", each "*", "?"
// (days only), a number or name (JAN-DEC, SUN-SAT) in range, "a-b", lists with "," and "/step".
class HarborCron final
{
    Q_DECLARE_TR_FUNCTIONS(HarborCron)
public:
    // No error when valid; otherwise InvalidInput naming the field that is wrong.
    static Error validate(const QString &expression);
};

} // namespace berth
