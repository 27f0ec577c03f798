// berthctl commands that change what a repository holds without deleting images: untag, and the
// clean-up of old tags.

#include "cli.h"

#include "core/cleanupjob.h"
#include "core/cleanupplan.h"
#include "core/registryclient.h"
#include "core/repositorydelete.h"
#include "core/untagjob.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace berth::cli {

namespace {
QString compactJson(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}
} // namespace

void Cli::cmdUntag()
{
    const auto ref = reference(0);
    if (!ref)
        return;
    if (ref->tag.isEmpty())
        return usageError(tr("untag needs a tag (REPOSITORY:TAG), not a digest; to delete a manifest use delete."));
    withClient(ref->registry, [this, ref = *ref](RegistryClient *client) {
        auto *job = new UntagJob(client, ref.repository, ref.tag);
        connect(job, &Job::finished, this, [this, job, ref] {
            if (job->error())
                return fail(job->error());
            const QString target = ref.registry + u'/' + ref.repository + u':' + ref.tag;
            const QString manifest = ref.registry + u'/' + ref.repository + u'@' + job->digest();
            const QStringList remaining = job->remainingTags();
            if (m_json) {
                QJsonObject o{{u"untagged"_s, target},
                              {u"digest"_s, job->digest()},
                              {u"method"_s, job->method() == UntagJob::Method::TagDelete ? u"tag-delete"_s
                                                                                          : u"throw-away"_s}};
                if (job->remainingKnown())
                    o.insert(u"remainingTags"_s, QJsonArray::fromStringList(remaining));
                m_out << compactJson(o) << Qt::endl;
                return done(0);
            }
            m_out << tr("Untagged %1.").arg(target) << Qt::endl;
            if (!job->remainingKnown())
                m_out << tr("The manifest %1 stays.").arg(manifest) << Qt::endl;
            else if (remaining.isEmpty())
                m_out << tr("That was its only tag: the manifest %1 stays, reachable by digest only.").arg(manifest)
                      << Qt::endl;
            else
                m_out << tr("The manifest %1 stays with its other %n tag(s): %2", nullptr, int(remaining.size()))
                             .arg(manifest, remaining.join(u", "))
                      << Qt::endl;
            done(0);
        });
        job->start();
    });
}

void Cli::cmdCleanup()
{
    Error error;
    const auto repo = ImageReference::parseRepository(m_args.at(0), &error);
    if (!repo)
        return usageError(error.message);
    CleanupRules rules;
    auto number = [this](const QString &name, int *out) {
        if (!m_options.contains(name))
            return true;
        bool ok = false;
        *out = m_options.value(name).toInt(&ok);
        if (!ok || *out < 0) {
            usageError(tr("--%1 needs a whole number of 0 or more.").arg(name));
            return false;
        }
        return true;
    };
    if (!number(u"keep"_s, &rules.keepNewest) || !number(u"older-than"_s, &rules.keepYoungerThanDays))
        return;
    if (rules.keepNewest < 0 && rules.keepYoungerThanDays < 0)
        return usageError(tr("cleanup needs --keep N or --older-than DAYS (or both)."));
    const QString order = m_options.value(u"order"_s, u"date"_s);
    if (order != u"date" && order != u"version")
        return usageError(tr("--order is date or version."));
    rules.order = order == u"version" ? CleanupRules::Order::Version : CleanupRules::Order::Created;
    if (m_options.contains(u"regex"_s)) {
        rules.pattern = m_options.value(u"regex"_s);
        rules.syntax = CleanupRules::Syntax::Regex;
    } else {
        rules.pattern = m_options.value(u"match"_s);
    }
    const CleanupPlan check = CleanupPlanner::plan({}, rules, QDateTime::currentDateTimeUtc());
    if (check.error)
        return usageError(check.error.message);
    const bool dates = rules.order == CleanupRules::Order::Created || rules.keepYoungerThanDays >= 0;

    withClient(repo->registry, [this, repo = *repo, rules, dates](RegistryClient *client) {
        auto *inventory = new RepositoryInventoryJob(client, repo.repository, dates);
        connect(inventory, &Job::finished, this, [this, inventory, client, repo, rules] {
            if (inventory->error())
                return fail(inventory->error());
            const CleanupPlan plan = CleanupPlanner::plan(inventory->tags(), rules, QDateTime::currentDateTimeUtc());
            printCleanupPlan(repo, plan, rules);
            if (plan.digests.isEmpty() || m_flags.contains(u"dry-run"_s)) {
                if (!m_json)
                    m_err << (plan.digests.isEmpty() ? tr("Nothing to delete.")
                                                     : tr("Dry run: nothing deleted."))
                          << Qt::endl;
                return done(0);
            }
            if (!m_yes) {
                if (!isTerminal()) {
                    m_err << tr("berthctl: nothing deleted: confirm with --yes (no terminal to ask).") << Qt::endl;
                    return done(2);
                }
                const QString question = tr("Delete %n manifest(s)?", nullptr, int(plan.digests.size()));
                if (!confirm(question)) {
                    m_err << tr("Nothing deleted.") << Qt::endl;
                    return done(1);
                }
            }
            auto *del = new DeleteManifestsJob(client, repo.repository, plan.digests);
            const bool terminal = isTerminal();
            connect(del, &DeleteManifestsJob::progress, this, [this, terminal](int done, int total, const QString &) {
                if (terminal)
                    m_err << u'\r' << tr("Deleting: %1 of %2").arg(done).arg(total) << Qt::flush;
            });
            connect(del, &Job::finished, this, [this, del, terminal] {
                if (terminal)
                    m_err << Qt::endl;
                if (del->error())
                    return fail(del->error());
                if (!m_json)
                    m_err << tr("Deleted %n manifest(s).", nullptr, int(del->deleted().size())) << Qt::endl;
                done(0);
            });
            del->start();
        });
        inventory->start();
    });
}

void Cli::printCleanupPlan(const ImageReference &repo, const CleanupPlan &plan, const CleanupRules &rules)
{
    if (m_json) {
        QJsonArray remove, keep;
        for (const CleanupDecision &d : plan.decisions) {
            QJsonObject o{{u"tag"_s, d.tag}, {u"digest"_s, d.digest},
                          {u"reason"_s, CleanupPlanner::reasonText(d, rules)}};
            if (d.created.isValid())
                o.insert(u"created"_s, d.created.toString(Qt::ISODate));
            (d.deletes() ? remove : keep).append(o);
        }
        m_out << compactJson(QJsonObject{{u"repository"_s, QString(repo.registry + u'/' + repo.repository)},
                              {u"dryRun"_s, m_flags.contains(u"dry-run"_s)},
                              {u"delete"_s, remove},
                              {u"keep"_s, keep},
                              {u"manifests"_s, QJsonArray::fromStringList(plan.digests)}})
              << Qt::endl;
        return;
    }
    for (const CleanupDecision &d : plan.decisions) {
        m_out << (d.deletes() ? tr("delete") : tr("keep")) << u' ' << repo.repository << u':' << d.tag << u' '
              << (d.digest.isEmpty() ? u"-"_s : d.digest) << u"  ("_s << CleanupPlanner::reasonText(d, rules) << u')'
              << u'\n';
    }
    m_out.flush();
}

} // namespace berth::cli
