// berthctl harbor replication: endpoints, policies, executions and tasks through Harbor's API.
// Endpoint and policy names are mapped to Harbor's ids by listing them.

#include "cli.h"

#include "core/harborclient.h"
#include "core/harborreplication.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace berth::cli {

namespace {
// Arguments after "replication SUBCOMMAND" (REGISTRY included).
const QHash<QString, int> &replicationArgs()
{
    static const QHash<QString, int> table = {
        {u"endpoints"_s, 1}, {u"endpoint-add"_s, 1}, {u"policies"_s, 1}, {u"policy-add"_s, 1},
        {u"policy-delete"_s, 2}, {u"run"_s, 2}, {u"executions"_s, 1}, {u"tasks"_s, 2}, {u"stop"_s, 2}};
    return table;
}

QString timeText(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODate) : u"-"_s;
}

// Harbor's JSON items, without the mask Harbor puts where an endpoint's secret would be.
QJsonArray withoutSecrets(QJsonArray items)
{
    for (qsizetype i = 0; i < items.size(); ++i) {
        QJsonObject o = items.at(i).toObject();
        if (o.contains("credential"_L1)) {
            QJsonObject c = o.value("credential"_L1).toObject();
            c.remove("access_secret"_L1);
            o.insert(u"credential"_s, c);
        }
        items[i] = o;
    }
    return items;
}

std::optional<qint64> positiveId(const QString &text)
{
    bool ok = false;
    const qint64 id = text.toLongLong(&ok);
    return ok && id > 0 ? std::optional<qint64>(id) : std::nullopt;
}
} // namespace

void Cli::harborReplication()
{
    // m_args: replication SUBCOMMAND REGISTRY [NAME|ID]
    const QString sub = m_args.value(1);
    const auto expected = replicationArgs().constFind(sub);
    if (expected == replicationArgs().cend())
        return usageError(tr("Unknown harbor replication command \"%1\"; see berthctl --help.").arg(sub));
    if (m_args.size() - 2 != *expected)
        return usageError(tr("Wrong number of arguments for \"harbor replication %1\"; see berthctl --help.").arg(sub));
    Error error;
    const auto registry = ImageReference::parseRegistry(m_args.at(2), &error);
    if (!registry)
        return usageError(error.message);
    const QString target = m_args.value(3);

    // Checks that need no network come first: usage errors exit 2 before anything is sent.
    std::optional<qint64> executionId;
    if (sub == u"tasks" || sub == u"stop") {
        executionId = positiveId(target);
        if (!executionId)
            return usageError(tr("\"%1\" is not an execution id.").arg(target));
    }
    HarborEndpoint endpoint;
    if (sub == u"endpoint-add") {
        endpoint.name = m_options.value(u"name"_s);
        endpoint.type = m_options.value(u"type"_s);
        endpoint.url = m_options.value(u"url"_s);
        if (endpoint.name.isEmpty() || endpoint.type.isEmpty() || endpoint.url.isEmpty())
            return usageError(tr("endpoint-add needs --name, --type and --url."));
        endpoint.accessKey = m_options.value(u"access-key"_s);
        endpoint.insecure = m_flags.contains(u"skip-verify"_s);
        if (m_options.contains(u"access-secret-file"_s)) {
            const QString path = m_options.value(u"access-secret-file"_s);
            if (path == u"-" && m_passwordStdin)
                return usageError(tr("--access-secret-file - and --password-stdin cannot both read standard input."));
            QFile file(path);
            const bool opened = path == u"-" ? file.open(stdin, QIODevice::ReadOnly) : file.open(QIODevice::ReadOnly);
            if (!opened)
                return usageError(tr("Cannot read the access secret from %1: %2").arg(path, file.errorString()));
            QByteArray secret = file.readAll();
            while (secret.endsWith('\n') || secret.endsWith('\r'))
                secret.chop(1);
            endpoint.accessSecret = QString::fromUtf8(secret);
        }
        if (m_options.contains(u"ca-cert"_s)) {
            QFile file(m_options.value(u"ca-cert"_s));
            if (!file.open(QIODevice::ReadOnly))
                return usageError(tr("Cannot read the CA certificate %1: %2").arg(file.fileName(), file.errorString()));
            endpoint.caCertificate = QString::fromUtf8(file.readAll());
            if (!endpoint.caCertificate.contains(u"-----BEGIN CERTIFICATE-----"_s))
                return usageError(tr("%1 is not a PEM certificate.").arg(file.fileName()));
        }
    }
    HarborReplicationPolicy policy;
    QString remoteName;
    if (sub == u"policy-add") {
        policy.name = m_options.value(u"name"_s);
        const bool push = m_options.contains(u"push-to"_s);
        if (push == m_options.contains(u"pull-from"_s))
            return usageError(tr("policy-add needs exactly one of --push-to ENDPOINT and --pull-from ENDPOINT."));
        remoteName = push ? m_options.value(u"push-to"_s) : m_options.value(u"pull-from"_s);
        (push ? policy.destRegistryId : policy.srcRegistryId) = 1; // the real id comes from the endpoint list
        policy.nameFilter = m_options.value(u"filter-name"_s);
        if (m_options.contains(u"filter-tag"_s) && m_options.contains(u"exclude-tag"_s))
            return usageError(tr("Use either --filter-tag or --exclude-tag."));
        policy.tagExcludes = m_options.contains(u"exclude-tag"_s);
        policy.tagFilter = m_options.value(policy.tagExcludes ? u"exclude-tag"_s : u"filter-tag"_s);
        policy.destNamespace = m_options.value(u"dest-namespace"_s);
        policy.override = m_flags.contains(u"override"_s);
        policy.deletion = m_flags.contains(u"deletion"_s);
        if (m_options.contains(u"flatten"_s)) {
            bool ok = false;
            policy.flatten = m_options.value(u"flatten"_s).toInt(&ok);
            if (!ok)
                return usageError(tr("--flatten takes -1 (all levels), 0, 1, 2 or 3."));
        }
        if (m_options.contains(u"bandwidth"_s)) {
            bool ok = false;
            policy.speedKbps = m_options.value(u"bandwidth"_s).toLongLong(&ok);
            if (!ok || (policy.speedKbps <= 0 && policy.speedKbps != -1))
                return usageError(tr("--bandwidth takes a number of Kbps (or -1 for no limit)."));
        }
        const QString trigger = m_options.value(u"trigger"_s, u"manual"_s);
        if (trigger == u"manual") {
            policy.trigger = HarborTrigger::Manual;
        } else if (trigger == u"event") {
            policy.trigger = HarborTrigger::EventBased;
        } else if (trigger.startsWith(u"cron:")) {
            policy.trigger = HarborTrigger::Scheduled;
            policy.cron = trigger.mid(5).trimmed();
        } else {
            return usageError(tr("--trigger takes manual, event or cron:EXPRESSION."));
        }
        if (const Error invalid = policy.validate())
            return usageError(invalid.message);
    }
    if (sub == u"policy-delete" && !harborConfirm(tr("replication rule %1 on %2").arg(target, *registry)))
        return;

    withHarbor(*registry, [=, this](HarborClient *harbor) mutable {
        auto *repl = new HarborReplication(harbor);
        const auto printJson = [this](const QJsonArray &items) {
            m_out << QString::fromUtf8(QJsonDocument(items).toJson(QJsonDocument::Compact)) << Qt::endl;
        };
        // Name (or id) -> the endpoint's id, then next.
        const auto findEndpoint = [this, repl](const QString &name, std::function<void(qint64)> next) {
            HarborListJob *job = repl->endpoints();
            connect(job, &Job::finished, this, [this, job, name, next, repl] {
                if (job->error())
                    return fail(job->error());
                for (const HarborEndpoint &e : HarborEndpoint::listFromJson(job->items())) {
                    if (e.name == name || (positiveId(name) && e.id == *positiveId(name)))
                        return next(e.id);
                }
                fail(Error::make(ErrorKind::NotFound, tr("There is no replication endpoint %1 on Harbor at %2.")
                                                          .arg(name, repl->client()->registry())));
            });
        };
        const auto findPolicy = [this, repl](const QString &name, std::function<void(HarborReplicationPolicy)> next) {
            HarborListJob *job = repl->policies();
            connect(job, &Job::finished, this, [this, job, name, next, repl] {
                if (job->error())
                    return fail(job->error());
                for (const HarborReplicationPolicy &p : HarborReplicationPolicy::listFromJson(job->items())) {
                    if (p.name == name || (positiveId(name) && p.id == *positiveId(name)))
                        return next(p);
                }
                fail(Error::make(ErrorKind::NotFound, tr("There is no replication rule %1 on Harbor at %2.")
                                                          .arg(name, repl->client()->registry())));
            });
        };
        // A request whose success prints a line on stderr (and, for creations, the new id on stdout).
        const auto finishWith = [this](HarborRequest *r, std::function<void(qint64)> onSuccess) {
            connect(r, &Job::finished, this, [this, r, onSuccess] {
                if (r->error())
                    return fail(r->error());
                onSuccess(HarborReplication::idFromLocation(r->header("Location")));
                done(0);
            });
        };

        if (sub == u"endpoints") {
            HarborListJob *job = repl->endpoints();
            connect(job, &Job::finished, this, [this, job, printJson] {
                if (job->error())
                    return fail(job->error());
                if (m_json) {
                    printJson(withoutSecrets(job->items()));
                    return done(0);
                }
                for (const HarborEndpoint &e : HarborEndpoint::listFromJson(job->items()))
                    m_out << e.id << u'\t' << e.name << u'\t' << e.type << u'\t' << e.url << u'\t'
                          << (e.status.isEmpty() ? u"-"_s : e.status) << u'\n';
                done(0);
            });
        } else if (sub == u"endpoint-add") {
            finishWith(repl->createEndpoint(endpoint), [this, endpoint](qint64 id) {
                m_out << id << Qt::endl;
                m_err << tr("Created replication endpoint %1.").arg(endpoint.name) << Qt::endl;
            });
        } else if (sub == u"policies") {
            HarborListJob *job = repl->policies();
            connect(job, &Job::finished, this, [this, job, printJson] {
                if (job->error())
                    return fail(job->error());
                if (m_json) {
                    printJson(withoutSecrets(job->items()));
                    return done(0);
                }
                for (const HarborReplicationPolicy &p : HarborReplicationPolicy::listFromJson(job->items())) {
                    const QString trigger = p.trigger == HarborTrigger::Scheduled
                        ? u"cron:"_s + p.cron : HarborReplicationPolicy::triggerName(p.trigger);
                    m_out << p.id << u'\t' << p.name << u'\t' << (p.isPush() ? u"push"_s : u"pull"_s) << u'\t'
                          << (p.isPush() ? p.destRegistryName : p.srcRegistryName) << u'\t' << trigger << u'\t'
                          << (p.enabled ? u"enabled"_s : u"disabled"_s) << u'\n';
                }
                done(0);
            });
        } else if (sub == u"policy-add") {
            findEndpoint(remoteName, [=, this](qint64 remoteId) mutable {
                (policy.isPush() ? policy.destRegistryId : policy.srcRegistryId) = remoteId;
                finishWith(repl->createPolicy(policy), [this, policy](qint64 id) {
                    m_out << id << Qt::endl;
                    m_err << tr("Created replication rule %1.").arg(policy.name) << Qt::endl;
                });
            });
        } else if (sub == u"policy-delete") {
            findPolicy(target, [=, this](const HarborReplicationPolicy &p) {
                finishWith(repl->deletePolicy(p.id), [this, p](qint64) {
                    m_err << tr("Deleted replication rule %1.").arg(p.name) << Qt::endl;
                });
            });
        } else if (sub == u"run") {
            findPolicy(target, [=, this](const HarborReplicationPolicy &p) {
                finishWith(repl->startExecution(p.id), [this, p](qint64 id) {
                    m_out << id << Qt::endl;
                    m_err << tr("Started replication rule %1 (execution %2).").arg(p.name).arg(id) << Qt::endl;
                });
            });
        } else if (sub == u"executions") {
            const auto list = [=, this](qint64 policyId) {
                HarborListJob *job = repl->executions(policyId);
                connect(job, &Job::finished, this, [this, job, printJson] {
                    if (job->error())
                        return fail(job->error());
                    if (m_json) {
                        printJson(job->items());
                        return done(0);
                    }
                    for (const HarborExecution &e : HarborExecution::listFromJson(job->items()))
                        m_out << e.id << u'\t' << e.policyId << u'\t' << e.status << u'\t' << e.trigger << u'\t'
                              << timeText(e.started) << u'\t' << timeText(e.ended) << u'\t' << e.total << u'\t'
                              << e.succeed << u'\t' << e.failed << u'\t' << e.inProgress << u'\t' << e.stopped
                              << u'\n';
                    done(0);
                });
            };
            if (m_options.contains(u"policy"_s))
                findPolicy(m_options.value(u"policy"_s), [list](const HarborReplicationPolicy &p) { list(p.id); });
            else
                list(0);
        } else if (sub == u"tasks") {
            HarborListJob *job = repl->tasks(*executionId);
            connect(job, &Job::finished, this, [this, job, printJson] {
                if (job->error())
                    return fail(job->error());
                if (m_json) {
                    printJson(job->items());
                    return done(0);
                }
                for (const HarborTask &t : HarborTask::listFromJson(job->items()))
                    m_out << t.id << u'\t' << t.status << u'\t' << t.srcResource << u'\t' << t.dstResource << u'\t'
                          << timeText(t.started) << u'\t' << timeText(t.ended) << u'\n';
                done(0);
            });
        } else if (sub == u"stop") {
            finishWith(repl->stopExecution(*executionId), [this, executionId](qint64) {
                m_err << tr("Stopped replication execution %1.").arg(*executionId) << Qt::endl;
            });
        }
    });
}

} // namespace berth::cli
