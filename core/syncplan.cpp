#include "syncplan.h"

#include "copyjob.h"
#include "logging.h"
#include "naturalsort.h"
#include "registryclient.h"
#include "registryjobs.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace berth {

int SyncPlan::count(SyncItem::Action action) const
{
    return int(std::count_if(items.cbegin(), items.cend(), [action](const SyncItem &i) { return i.action == action; }));
}

SyncPlanJob::SyncPlanJob(RegistryClient *source, RegistryClient *destination, const SyncRules &rules, QObject *parent)
    : Job(parent)
    , m_source(source)
    , m_destination(destination)
{
    m_plan.rules = rules;
}

void SyncPlanJob::start()
{
    if (const Error invalid = m_plan.rules.validate())
        return finish(invalid);
    if (!m_source || !m_destination)
        return finish(Error::make(ErrorKind::Cancelled, tr("Cancelled.")));
    run([this]() -> Job * {
        auto *catalog = new ListJob(m_source, ListJob::Catalog, {}, 1000);
        connect(catalog, &Job::finished, this, [this, catalog] {
            if (isFinished())
                return;
            if (const Error &e = catalog->error()) {
                // Plain registries list repositories only through /v2/_catalog; without it there
                // is nothing to sync from.
                const QString message = e.kind == ErrorKind::Cancelled
                    ? e.message
                    : tr("%1 does not list its repositories (/v2/_catalog): %2 Sync needs the source's catalog.")
                          .arg(m_plan.rules.source.registry, e.message);
                return finish(Error::make(e.kind, message, e.httpStatus, e.code));
            }
            listed(catalog->items());
        });
        catalog->start();
        return catalog;
    });
}

void SyncPlanJob::abort()
{
    m_queue.clear();
    const QList<QPointer<Job>> running = m_running;
    finish(Error::make(ErrorKind::Cancelled, tr("Cancelled.")));
    for (const QPointer<Job> &job : running) {
        if (job)
            job->abort();
    }
}

void SyncPlanJob::listed(const QStringList &repositories)
{
    for (const QString &repository : repositories) {
        if (m_plan.rules.includesRepository(repository))
            m_repositories << repository;
    }
    naturalSort(m_repositories);
    m_plan.repositories = int(m_repositories.size());
    m_perRepository.resize(m_repositories.size());
    m_total = int(m_repositories.size());
    emit progress(0, m_total, {});
    for (int repo = 0; repo < m_repositories.size(); ++repo)
        listTags(repo);
}

void SyncPlanJob::listTags(int repo)
{
    run([this, repo]() -> Job * {
        const QString repository = m_repositories.at(repo);
        auto *tags = new ListJob(m_source, ListJob::Tags, repository, 1000);
        connect(tags, &Job::finished, this, [this, tags, repo, repository] {
            if (isFinished())
                return;
            const SyncRules &rules = m_plan.rules;
            ImageReference source{rules.source.registry, repository, {}, {}};
            ImageReference destination{rules.destination.registry, rules.destinationRepository(repository), {}, {}};
            QList<SyncItem> &items = m_perRepository[repo];
            if (const Error &e = tags->error()) {
                // A repository whose tags are all gone answers NAME_UNKNOWN: nothing to copy.
                if (e.kind != ErrorKind::NotFound)
                    items << SyncItem{source, destination, {}, {}, SyncItem::Action::Fail, e.message};
                return step(repository);
            }
            const QStringList all = tags->items();
            for (const QString &tag : all) {
                if (!rules.includesTag(tag))
                    continue;
                source.tag = tag;
                destination.tag = tag;
                items << SyncItem{source, destination, {}, {}, SyncItem::Action::Copy, {}};
            }
            m_total += int(items.size());
            step(repository);
            for (int i = 0; i < items.size(); ++i)
                resolve(repo, i);
        });
        tags->start();
        return tags;
    });
}

void SyncPlanJob::resolve(int repo, int item)
{
    run([this, repo, item]() -> Job * {
        const SyncItem &it = m_perRepository.at(repo).at(item);
        auto *head = new ManifestJob(m_source, it.source.repository, it.source.tag, true);
        connect(head, &Job::finished, this, [this, head, repo, item] {
            if (isFinished())
                return;
            SyncItem &it = m_perRepository[repo][item];
            if (const Error &e = head->error()) {
                it.action = SyncItem::Action::Fail;
                it.reason = e.message;
                return step(it.source.toString());
            }
            it.sourceDigest = head->digest();
            run([this, repo, item]() -> Job * {
                const SyncItem &it = m_perRepository.at(repo).at(item);
                auto *dest = new ManifestJob(m_destination, it.destination.repository, it.destination.tag, true);
                connect(dest, &Job::finished, this, [this, dest, repo, item] {
                    if (isFinished())
                        return;
                    SyncItem &it = m_perRepository[repo][item];
                    // Missing (404) or unreadable: copy, and let the copy say what the destination refuses.
                    if (!dest->error())
                        it.destinationDigest = dest->digest();
                    else if (dest->error().kind != ErrorKind::NotFound)
                        qCDebug(lcTransfer) << "sync: destination" << it.destination.toString() << dest->error().message;
                    it.action = it.destinationDigest == it.sourceDigest ? SyncItem::Action::Skip : SyncItem::Action::Copy;
                    step(it.source.toString());
                });
                dest->start();
                return dest;
            });
        });
        head->start();
        return head;
    });
}

void SyncPlanJob::step(const QString &what)
{
    ++m_done;
    emit progress(m_done, m_total, what);
}

void SyncPlanJob::run(Task task)
{
    m_queue << std::move(task);
    pump();
}

void SyncPlanJob::pump()
{
    while (!isFinished() && m_running.size() < m_parallel && !m_queue.isEmpty()) {
        // Each task connects its handler before starting its job, so a job that finishes at once
        // is handled too; it just takes no slot.
        Job *job = m_queue.takeFirst()();
        if (job->isFinished())
            continue;
        m_running << job;
        // Connected after the task's own handler, so that handler has queued its follow-ups.
        connect(job, &Job::finished, this, [this, job] {
            m_running.removeAll(QPointer<Job>(job));
            m_running.removeAll(QPointer<Job>());
            if (isFinished())
                return;
            pump();
        });
    }
    if (!isFinished() && m_running.isEmpty() && m_queue.isEmpty()) {
        for (const QList<SyncItem> &items : std::as_const(m_perRepository))
            m_plan.items << items;
        finish();
    }
}

SyncJob::SyncJob(RegistryClient *source, RegistryClient *destination, const SyncPlan &plan, QObject *parent)
    : Job(parent)
    , m_source(source)
    , m_destination(destination)
    , m_plan(plan)
{
}

void SyncJob::start()
{
    for (int i = 0; i < m_plan.items.size(); ++i) {
        const SyncItem &item = m_plan.items.at(i);
        if (item.action == SyncItem::Action::Copy) {
            m_pending << i;
        } else if (item.action == SyncItem::Action::Fail) {
            m_failures.insert(i, item.reason);
            ++m_failed;
            if (!m_firstError)
                m_firstError = Error::make(ErrorKind::Server, item.reason);
        }
    }
    pump();
}

void SyncJob::abort()
{
    m_pending.clear();
    const QList<QPointer<Job>> running = m_running;
    finish(Error::make(ErrorKind::Cancelled, tr("Cancelled.")));
    for (const QPointer<Job> &job : running) {
        if (job)
            job->abort();
    }
}

void SyncJob::pump()
{
    while (!isFinished() && m_running.size() < m_parallel && !m_pending.isEmpty()) {
        const int index = m_pending.takeFirst();
        const SyncItem &item = m_plan.items.at(index);
        auto *copy = new CopyJob(m_source, item.source, m_destination, item.destination, std::nullopt, this);
        // Repositories often share layers: one copied already is asked to mount them.
        copy->setMountSource([this](const QString &digest) { return m_blobHomes.value(digest); });
        m_running << copy;
        connect(copy, &Job::finished, this, [this, copy, index] {
            m_running.removeAll(QPointer<Job>(copy));
            m_running.removeAll(QPointer<Job>());
            if (isFinished())
                return;
            if (const Error &e = copy->error()) {
                m_failures.insert(index, e.message);
                ++m_failed;
                if (!m_firstError)
                    m_firstError = e;
            } else {
                ++m_copied;
                m_mounted += copy->blobsMounted();
                const QString home = m_plan.items.at(index).destination.repository;
                for (const QString &digest : copy->blobDigests()) {
                    if (!m_blobHomes.contains(digest))
                        m_blobHomes.insert(digest, home);
                }
            }
            emit itemFinished(index, copy->error());
            pump();
        });
        emit itemStarted(index);
        copy->start();
    }
    if (isFinished() || !m_running.isEmpty() || !m_pending.isEmpty())
        return;
    if (m_failed == 0)
        return finish();
    finish(Error::make(m_firstError.kind,
                       tr("%n item(s) failed to sync; the first: %1", nullptr, m_failed).arg(m_firstError.message),
                       m_firstError.httpStatus, m_firstError.code));
}

} // namespace berth
