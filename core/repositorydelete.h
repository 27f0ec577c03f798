#pragma once
// What a repository holds, for deleting it whole or cleaning it up: every tag with the manifest it
// points at (and, when asked, the image's created date), grouped by manifest.

#include "cleanupplan.h"
#include "job.h"

#include <QHash>
#include <QPointer>

namespace berth {

class RegistryClient;

struct ManifestGroup {
    QString digest;
    QStringList tags; // natural order
};

class RepositoryInventoryJob final : public Job
{
    Q_OBJECT
public:
    static constexpr int Parallel = 6;

    // withCreated: also read each manifest's image config for its created date (an index: its
    // first image's).
    RepositoryInventoryJob(RegistryClient *client, const QString &repository, bool withCreated);
    void start();
    void abort() override;

    // Every tag in natural order; a tag deleted meanwhile is left out.
    const QList<TagInfo> &tags() const { return m_tags; }
    // Manifests with their tags, in the order of their first tag.
    QList<ManifestGroup> groups() const;
    static QList<ManifestGroup> groupsOf(const QList<TagInfo> &tags);

signals:
    void progress(int done, int total);

private:
    void headNext();
    void createdNext();
    void readCreated(const QString &digest, const QString &reference, int depth);
    void stepDone();

    QPointer<RegistryClient> m_client;
    QString m_repository;
    bool m_withCreated;
    QStringList m_pending;
    QList<TagInfo> m_tags;
    QHash<QString, QString> m_digestOf;
    QStringList m_digestsPending;
    QHash<QString, QDateTime> m_created;
    QList<QPointer<Job>> m_children;
    int m_running = 0;
    int m_done = 0;
    int m_total = 0;
};

} // namespace berth
