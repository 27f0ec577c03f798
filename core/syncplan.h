#pragma once
// Client-side sync of plain registries: SyncPlanJob works out what to copy (catalog, tags, source
// and destination digests); SyncJob copies a plan's items a few at a time and carries on past
// failures.

#include "job.h"
#include "reference.h"
#include "syncrules.h"

#include <QList>
#include <QPointer>

#include <functional>

namespace berth {

class RegistryClient;

struct SyncItem {
    enum class Action {
        Copy, // missing at the destination, or a different digest there
        Skip, // the destination tag has the same digest already
        Fail, // could not be planned (the reason says why)
    };
    ImageReference source;      // with tag
    ImageReference destination; // with tag
    QString sourceDigest;
    QString destinationDigest;  // empty: missing (or unknown)
    Action action = Action::Copy;
    QString reason;             // Fail: the error message
};

struct SyncPlan {
    SyncRules rules;
    int repositories = 0;       // source repositories that matched
    QList<SyncItem> items;      // repositories, then tags, in natural order
    int count(SyncItem::Action action) const;
};

class SyncPlanJob final : public Job
{
    Q_OBJECT
public:
    // The clients must outlive the job. Requests run at most `parallel` at a time.
    SyncPlanJob(RegistryClient *source, RegistryClient *destination, const SyncRules &rules, QObject *parent = nullptr);
    void setParallel(int n) { m_parallel = qMax(1, n); }
    void start();
    void abort() override;

    const SyncPlan &plan() const { return m_plan; }

signals:
    // done of total steps (repositories listed, tags resolved); what: the repository being looked at.
    void progress(int done, int total, const QString &what);

private:
    using Task = std::function<Job *()>;
    void listed(const QStringList &repositories);
    void listTags(int repo);
    void resolve(int repo, int item);
    void run(Task task);
    void pump();
    void step(const QString &what);

    QPointer<RegistryClient> m_source;
    QPointer<RegistryClient> m_destination;
    SyncPlan m_plan;
    QStringList m_repositories;
    QList<QList<SyncItem>> m_perRepository;
    QList<Task> m_queue;
    QList<QPointer<Job>> m_running;
    int m_parallel = 8;
    int m_done = 0;
    int m_total = 0;
};

class SyncJob final : public Job
{
    Q_OBJECT
public:
    SyncJob(RegistryClient *source, RegistryClient *destination, const SyncPlan &plan, QObject *parent = nullptr);
    void setParallel(int n) { m_parallel = qMax(1, n); }
    // Finishes without error when nothing failed; otherwise with the first failure's kind and a
    // message that counts the failures. Every Copy item is tried either way.
    void start();
    void abort() override;

    const SyncPlan &plan() const { return m_plan; }
    int copied() const { return m_copied; }
    int skipped() const { return m_plan.count(SyncItem::Action::Skip); }
    int failed() const { return m_failed; }
    // Blobs the destination mounted from a repository this sync had already copied them to.
    int blobsMounted() const { return m_mounted; }
    // Per item: empty while not failed.
    QString failure(int item) const { return m_failures.value(item); }

signals:
    void itemStarted(int item);
    void itemFinished(int item, const berth::Error &error);

private:
    void pump();

    QPointer<RegistryClient> m_source;
    QPointer<RegistryClient> m_destination;
    SyncPlan m_plan;
    QList<int> m_pending;
    QList<QPointer<Job>> m_running;
    QHash<int, QString> m_failures;
    Error m_firstError;
    int m_parallel = 2;
    int m_copied = 0;
    int m_failed = 0;
    int m_mounted = 0;
    QHash<QString, QString> m_blobHomes; // digest -> destination repository that has it
    bool m_aborting = false;
};

} // namespace berth
