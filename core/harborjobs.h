#pragma once
// Jobs of HarborClient: one API request, paged lists, detection, project deletion.

#include "harbortypes.h"
#include "job.h"

#include <QByteArray>
#include <QJsonArray>
#include <QList>
#include <QPointer>
#include <QSet>
#include <QUrl>

class QNetworkReply;
class QTimer;

namespace berth {

class HarborClient;

struct HarborRequestSpec {
    QByteArray verb = "GET";
    QByteArray path;   // percent-encoded, relative to /api/v2.0, may carry a query: "/projects?page=1"
    QUrl url;          // absolute URL instead of path (next pages)
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray body;   // JSON
    QString subject;   // what the request is about, for messages: "project team"
    bool anonymous = false;
    qint64 maxBodySize = 8 * 1024 * 1024;
};

// One request: Basic credentials when the client has them, no cookies, no redirects followed,
// GET retried for 429/502/503/504 and dropped connections. Any status other than 2xx is an error
// (HarborErrors) unless listed in acceptedStatuses.
class HarborRequest final : public Job
{
    Q_OBJECT
public:
    HarborRequest(HarborClient *client, const HarborRequestSpec &spec);
    ~HarborRequest() override;

    void start();
    // Sends at once, without waiting for endpoint discovery (which uses this itself).
    void startDirect();
    void abort() override;
    // Statuses that finish without an error (the caller reads them): e.g. 404 while detecting.
    void setAcceptedStatuses(const QList<int> &statuses) { m_accepted = statuses; }
    // Finishes with error instead of sending, after the caller could connect: a request refused
    // before it leaves (an invalid replication policy). Instead of start().
    void failLater(const Error &error);

    int status() const { return m_status; }
    const QByteArray &body() const { return m_body; }
    QByteArray header(const QByteArray &name) const;
    QUrl url() const { return m_url; }

private:
    void sendAttempt();
    void handleFinished();

    QPointer<HarborClient> m_client;
    HarborRequestSpec m_spec;
    QPointer<QNetworkReply> m_reply;
    QTimer *m_retryTimer = nullptr;
    QUrl m_url;
    QList<int> m_accepted;
    QList<std::pair<QByteArray, QByteArray>> m_headers;
    QByteArray m_body;
    int m_status = 0;
    int m_attempt = 0;
};

// Every page of a list (page_size=100; follows the relative Link rel="next", stops at
// X-Total-Count, on a repeated URL, an empty page or a page cap).
class HarborListJob final : public Job
{
    Q_OBJECT
public:
    HarborListJob(HarborClient *client, const QByteArray &path, const QString &subject);
    void start();
    void abort() override;

    const QJsonArray &items() const { return m_items; }
    qint64 totalCount() const { return m_total; }
    QList<HarborProject> projects() const;
    QList<HarborRepository> repositories() const;
    QList<HarborArtifact> artifacts() const;

private:
    void fetch(const HarborRequestSpec &spec);

    QPointer<HarborClient> m_client;
    QByteArray m_path;
    QString m_subject;
    QPointer<HarborRequest> m_current;
    QJsonArray m_items;
    QSet<QUrl> m_visited;
    qint64 m_total = -1;
};

class HarborDetectJob final : public Job
{
    Q_OBJECT
public:
    explicit HarborDetectJob(HarborClient *client);
    void start();
    const HarborSystemInfo &info() const { return m_info; }

private:
    QPointer<HarborClient> m_client;
    HarborSystemInfo m_info;
};

class HarborProjectDeleteJob final : public Job
{
    Q_OBJECT
public:
    HarborProjectDeleteJob(HarborClient *client, const QString &project);
    void start();

private:
    void deleteNow();

    QPointer<HarborClient> m_client;
    QString m_project;
};

} // namespace berth
