#pragma once
// FakeHarbor's replication state: registry endpoints, policies (with the JSON they were sent as),
// executions and their tasks.

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace berth::test::harbor {

struct ReplicationEndpoint {
    int id = 0;
    QString name;
    QString description;
    QString type;
    QString url;
    QString credentialType;
    QString accessKey;
    QString accessSecret;
    bool insecure = false;
    QString caCertificate;
    QDateTime created;
    QDateTime updated;
    // What a pull-based policy finds there: repository -> tags.
    QMap<QString, QStringList> remoteRepositories;
};

struct ReplicationPolicy {
    int id = 0;
    QString name;
    int srcRegistryId = 0;
    int destRegistryId = 0;
    QJsonObject sent; // the body of the last POST/PUT, as the client sent it
    QDateTime created;
    QDateTime updated;
};

struct ReplicationTask {
    int id = 0;
    int executionId = 0;
    QString status = QStringLiteral("Pending"); // Pending, InProgress, Succeed, Failed, Stopped
    QString operation = QStringLiteral("copy");
    QString resourceType = QStringLiteral("artifact");
    QString srcResource;
    QString dstResource;
    QDateTime started;
    QDateTime ended;
};

struct ReplicationExecution {
    int id = 0;
    int policyId = 0;
    QString status = QStringLiteral("InProgress"); // InProgress, Succeed, Failed, Stopped
    QString statusText;
    QString trigger = QStringLiteral("manual");
    QDateTime started;
    QDateTime ended;
};

struct ReplicationState {
    QList<ReplicationEndpoint> endpoints;
    QList<ReplicationPolicy> policies;
    QList<ReplicationExecution> executions;
    QList<ReplicationTask> tasks;
    QStringList reachableUrls; // /registries/ping succeeds for these (trailing slashes ignored)
};

} // namespace berth::test::harbor
