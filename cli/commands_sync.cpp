// berthctl sync: repositories and tags from one plain registry to another, planned first (catalog,
// tags, digests on both sides), then copied a few images at a time.

#include "cli.h"

#include "core/registryclient.h"
#include "core/syncplan.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <memory>

#include <unistd.h>

using namespace Qt::StringLiterals;

namespace berth::cli {

namespace {

QString actionName(SyncItem::Action action)
{
    switch (action) {
    case SyncItem::Action::Copy: return u"copy"_s;
    case SyncItem::Action::Skip: return u"skip"_s;
    case SyncItem::Action::Fail: break;
    }
    return u"fail"_s;
}

QJsonObject itemJson(const SyncItem &item, const QString &result, const QString &error)
{
    QJsonObject o{{u"source"_s, item.source.toString()},
                  {u"destination"_s, item.destination.toString()},
                  {u"digest"_s, item.sourceDigest},
                  {u"action"_s, actionName(item.action)},
                  {u"result"_s, result}};
    if (!item.destinationDigest.isEmpty())
        o.insert(u"destinationDigest"_s, item.destinationDigest);
    if (!error.isEmpty())
        o.insert(u"error"_s, error);
    return o;
}

} // namespace

void Cli::cmdSync()
{
    SyncRules rules;
    Error error;
    const auto source = SyncEndpoint::parse(m_args.at(0), &error);
    if (!source)
        return usageError(error.message);
    const auto destination = SyncEndpoint::parse(m_args.at(1), &error);
    if (!destination)
        return usageError(error.message);
    if (m_options.contains(u"platform"_s))
        return usageError(tr("sync copies whole indexes, so that digests stay the same; --platform does not apply."));
    rules.source = *source;
    rules.destination = *destination;
    rules.include = m_options.value(u"include"_s);
    rules.exclude = m_options.value(u"exclude"_s);
    rules.tags = m_options.value(u"tags"_s);
    if (const Error invalid = rules.validate())
        return usageError(invalid.message);
    const bool dryRun = m_flags.contains(u"dry-run"_s);
    int parallel = 2;
    if (m_options.contains(u"parallel"_s)) {
        bool ok = false;
        parallel = m_options.value(u"parallel"_s).toInt(&ok);
        if (!ok || parallel < 1)
            return usageError(tr("--parallel needs a whole number of 1 or more."));
    }

    withClient(rules.source.registry, [this, rules, dryRun, parallel](RegistryClient *from) {
        auto plan = [this, rules, dryRun, parallel, from](RegistryClient *to) {
            auto *planJob = new SyncPlanJob(from, to, rules, this);
            connect(planJob, &Job::finished, this, [this, planJob, from, to, dryRun, parallel] {
                if (planJob->error())
                    return fail(planJob->error());
                const SyncPlan plan = planJob->plan();
                if (!m_json) {
                    for (const SyncItem &item : plan.items) {
                        if (item.action == SyncItem::Action::Copy)
                            m_out << tr("copy %1 -> %2").arg(item.source.toString(), item.destination.toString());
                        else if (item.action == SyncItem::Action::Skip)
                            m_out << tr("skip %1 (identical at %2)").arg(item.source.toString(), item.destination.toString());
                        else
                            m_out << tr("fail %1: %2").arg(item.source.toString(), item.reason);
                        m_out << u'\n';
                    }
                    m_out.flush();
                }
                const int copies = plan.count(SyncItem::Action::Copy);
                const int skips = plan.count(SyncItem::Action::Skip);
                const int planFailures = plan.count(SyncItem::Action::Fail);
                if (dryRun) {
                    if (m_json) {
                        QJsonArray items;
                        for (const SyncItem &item : plan.items)
                            items.append(itemJson(item, u"planned"_s, item.reason));
                        m_out << QString::fromUtf8(QJsonDocument(QJsonObject{{u"dryRun"_s, true},
                                                                             {u"items"_s, items},
                                                                             {u"copied"_s, 0},
                                                                             {u"skipped"_s, skips},
                                                                             {u"failed"_s, planFailures}})
                                                       .toJson(QJsonDocument::Compact))
                              << Qt::endl;
                    } else {
                        m_out << tr("Dry run: %1 to copy, %2 identical, %3 failed; nothing was copied.")
                                     .arg(copies)
                                     .arg(skips)
                                     .arg(planFailures)
                              << Qt::endl;
                    }
                    return done(planFailures > 0 ? 1 : 0);
                }
                auto *sync = new SyncJob(from, to, plan, this);
                sync->setParallel(parallel);
                cancelOnInterrupt(sync);
                const bool terminal = ::isatty(STDERR_FILENO);
                auto started = std::make_shared<int>(0);
                connect(sync, &SyncJob::itemStarted, this, [this, sync, terminal, copies, started](int item) {
                    ++*started;
                    if (terminal || m_verbose)
                        m_err << tr("[%1/%2] copying %3")
                                     .arg(*started)
                                     .arg(copies)
                                     .arg(sync->plan().items.at(item).source.toString())
                              << Qt::endl;
                });
                connect(sync, &SyncJob::itemFinished, this, [this, sync](int item, const berth::Error &e) {
                    if (e)
                        m_err << tr("berthctl: %1 failed: %2").arg(sync->plan().items.at(item).source.toString(), e.message)
                              << Qt::endl;
                });
                connect(sync, &Job::finished, this, [this, sync] {
                    if (sync->error().kind == ErrorKind::Cancelled)
                        return fail(sync->error());
                    if (m_json) {
                        QJsonArray items;
                        const QList<SyncItem> &all = sync->plan().items;
                        for (int i = 0; i < all.size(); ++i) {
                            const SyncItem &item = all.at(i);
                            const QString failure = sync->failure(i);
                            const QString result = !failure.isEmpty()                     ? u"failed"_s
                                : item.action == SyncItem::Action::Skip ? u"skipped"_s
                                                                        : u"copied"_s;
                            items.append(itemJson(item, result, failure));
                        }
                        m_out << QString::fromUtf8(QJsonDocument(QJsonObject{{u"dryRun"_s, false},
                                                                             {u"items"_s, items},
                                                                             {u"copied"_s, sync->copied()},
                                                                             {u"skipped"_s, sync->skipped()},
                                                                             {u"failed"_s, sync->failed()},
                                                                             {u"mountedBlobs"_s, sync->blobsMounted()}})
                                                       .toJson(QJsonDocument::Compact))
                              << Qt::endl;
                    } else {
                        for (const SyncItem &item : sync->plan().items) {
                            if (item.action == SyncItem::Action::Fail)
                                m_err << tr("berthctl: %1 failed: %2").arg(item.source.toString(), item.reason) << Qt::endl;
                        }
                        m_out << tr("Synced: %1 copied, %2 skipped (identical), %3 failed.")
                                     .arg(sync->copied())
                                     .arg(sync->skipped())
                                     .arg(sync->failed())
                              << Qt::endl;
                    }
                    done(sync->failed() > 0 ? 1 : 0);
                });
                sync->start();
            });
            planJob->start();
        };
        if (rules.destination.registry.compare(rules.source.registry, Qt::CaseInsensitive) == 0)
            plan(from);
        else
            withClient(rules.destination.registry, plan);
    });
}

} // namespace berth::cli
