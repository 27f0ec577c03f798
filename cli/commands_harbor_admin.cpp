// berthctl harbor administration: members, robot accounts, garbage collection, audit log, quotas,
// on core/harboradmin. A robot's secret goes to stdout once, alone, and nowhere else.

#include "cli.h"

#include "core/harboradmin.h"
#include "core/harborclient.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace berth::cli {

class HarborAdminCommands final
{
    Q_DECLARE_TR_FUNCTIONS(HarborAdminCommands)
public:
    static bool run(Cli *c);

private:
    static void members(Cli *c, const QString &registry);
    static void memberAdd(Cli *c, const QString &registry);
    static void memberRemove(Cli *c, const QString &registry);
    static void robots(Cli *c, const QString &registry);
    static void robotCreate(Cli *c, const QString &registry);
    static void robotDelete(Cli *c, const QString &registry);
    static void gc(Cli *c, const QString &registry);
    static void gcHistory(Cli *c, const QString &registry);
    static void audit(Cli *c, const QString &registry);
    static void quotaSet(Cli *c, const QString &registry);

    // The project's id (the member, robot and quota APIs take ids), then next.
    static void withProject(Cli *c, const QString &registry, const QString &project,
                            std::function<void(HarborAdmin *, int)> next);
    static void withAdmin(Cli *c, const QString &registry, std::function<void(HarborAdmin *)> next);
    static void printJson(Cli *c, const QJsonArray &array);
    static QString timeText(const QDateTime &t);
};

namespace {
// Arguments after the subcommand, REGISTRY included.
const QHash<QString, int> &adminArgs()
{
    static const QHash<QString, int> table = {
        {u"members"_s, 2},  {u"member-add"_s, 3},   {u"member-remove"_s, 3}, {u"robots"_s, 1},
        {u"robot-create"_s, 2}, {u"robot-delete"_s, 2}, {u"gc"_s, 1},          {u"gc-history"_s, 1},
        {u"audit"_s, 1},    {u"quota-set"_s, 3}};
    return table;
}

// YYYY-MM-DD (midnight UTC) or RFC 3339.
QDateTime parseSince(const QString &text)
{
    const QDate day = QDate::fromString(text, Qt::ISODate);
    if (day.isValid() && text.size() == 10)
        return QDateTime(day, QTime(0, 0), Qt::UTC);
    const QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    return t.isValid() && (text.endsWith(u'Z') || text.contains(u'+') || text.lastIndexOf(u'-') > 9) ? t : QDateTime();
}
} // namespace

bool Cli::harborAdmin()
{
    return HarborAdminCommands::run(this);
}

bool HarborAdminCommands::run(Cli *c)
{
    const QString sub = c->m_args.at(0);
    const auto expected = adminArgs().constFind(sub);
    if (expected == adminArgs().cend())
        return false;
    if (c->m_args.size() - 1 != *expected) {
        c->usageError(tr("Wrong number of arguments for \"harbor %1\"; see berthctl --help.").arg(sub));
        return true;
    }
    Error error;
    const auto registry = ImageReference::parseRegistry(c->m_args.at(1), &error);
    if (!registry) {
        c->usageError(error.message);
        return true;
    }
    static const QHash<QString, void (*)(Cli *, const QString &)> handlers = {
        {u"members"_s, &members},         {u"member-add"_s, &memberAdd},     {u"member-remove"_s, &memberRemove},
        {u"robots"_s, &robots},           {u"robot-create"_s, &robotCreate}, {u"robot-delete"_s, &robotDelete},
        {u"gc"_s, &gc},                   {u"gc-history"_s, &gcHistory},     {u"audit"_s, &audit},
        {u"quota-set"_s, &quotaSet}};
    handlers.value(sub)(c, *registry);
    return true;
}

void HarborAdminCommands::withAdmin(Cli *c, const QString &registry, std::function<void(HarborAdmin *)> next)
{
    c->withHarbor(registry, [next](HarborClient *harbor) { next(new HarborAdmin(harbor, harbor)); });
}

void HarborAdminCommands::withProject(Cli *c, const QString &registry, const QString &project,
                                      std::function<void(HarborAdmin *, int)> next)
{
    withAdmin(c, registry, [c, project, next](HarborAdmin *admin) {
        HarborRequest *r = admin->project(project);
        QObject::connect(r, &Job::finished, c, [c, r, admin, next] {
            if (r->error())
                return c->fail(r->error());
            const HarborProject p = HarborProject::fromJson(QJsonDocument::fromJson(r->body()).object());
            if (p.id <= 0)
                return c->fail(Error::make(ErrorKind::Protocol, tr("Harbor at %1 did not give the project's id.")
                                                                    .arg(admin->client()->registry())));
            next(admin, p.id);
        });
    });
}

void HarborAdminCommands::printJson(Cli *c, const QJsonArray &array)
{
    c->m_out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact)) << Qt::endl;
}

QString HarborAdminCommands::timeText(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODate) : u"-"_s;
}

// --- members

void HarborAdminCommands::members(Cli *c, const QString &registry)
{
    withProject(c, registry, c->m_args.at(2), [c](HarborAdmin *admin, int projectId) {
        HarborListJob *job = admin->members(projectId);
        QObject::connect(job, &Job::finished, c, [c, job] {
            if (job->error())
                return c->fail(job->error());
            QJsonArray json;
            for (const HarborMember &m : HarborAdmin::membersOf(job)) {
                json.append(m.toJson());
                // name, user|group, role key (as --role takes it), member id
                if (!c->m_json)
                    c->m_out << m.name << u'\t' << (m.isGroup() ? u"group"_s : u"user"_s) << u'\t'
                             << HarborRoles::key(HarborRole(m.roleId)) << u'\t' << m.id << u'\n';
            }
            if (c->m_json)
                printJson(c, json);
            c->done(0);
        });
    });
}

void HarborAdminCommands::memberAdd(Cli *c, const QString &registry)
{
    const HarborRole role = HarborRoles::fromKey(c->m_options.value(u"role"_s));
    if (role == HarborRole::None)
        return c->usageError(tr("--role takes admin, maintainer, developer, guest or limited-guest."));
    const QString project = c->m_args.at(2);
    const QString user = c->m_args.at(3);
    withProject(c, registry, project, [c, project, user, role](HarborAdmin *admin, int projectId) {
        HarborRequest *r = admin->addMember(projectId, HarborMemberSpec::user(user, role));
        QObject::connect(r, &Job::finished, c, [c, r, project, user, role] {
            if (r->error())
                return c->fail(r->error());
            c->m_err << tr("Added %1 to project %2 as %3.").arg(user, project, HarborRoles::displayName(role))
                     << Qt::endl;
            c->done(0);
        });
    });
}

void HarborAdminCommands::memberRemove(Cli *c, const QString &registry)
{
    const QString project = c->m_args.at(2);
    const QString user = c->m_args.at(3);
    withProject(c, registry, project, [c, project, user](HarborAdmin *admin, int projectId) {
        HarborListJob *list = admin->members(projectId, user);
        QObject::connect(list, &Job::finished, c, [c, list, admin, project, user, projectId] {
            if (list->error())
                return c->fail(list->error());
            int memberId = 0;
            for (const HarborMember &m : HarborAdmin::membersOf(list)) {
                if (!m.isGroup() && m.name == user)
                    memberId = m.id;
            }
            if (!memberId)
                return c->fail(Error::make(ErrorKind::NotFound,
                                           tr("%1 is not a member of project %2.").arg(user, project)));
            HarborRequest *r = admin->removeMember(projectId, memberId);
            QObject::connect(r, &Job::finished, c, [c, r, project, user] {
                if (r->error())
                    return c->fail(r->error());
                c->m_err << tr("Removed %1 from project %2.").arg(user, project) << Qt::endl;
                c->done(0);
            });
        });
    });
}

// --- robot accounts

void HarborAdminCommands::robots(Cli *c, const QString &registry)
{
    auto list = [c](HarborAdmin *admin, int projectId) {
        HarborListJob *job = admin->robots(projectId);
        QObject::connect(job, &Job::finished, c, [c, job] {
            if (job->error())
                return c->fail(job->error());
            QJsonArray json;
            for (const HarborRobot &r : HarborAdmin::robotsOf(job)) {
                json.append(r.toJson());
                if (c->m_json)
                    continue;
                QStringList access;
                for (const HarborRobotPermission &p : r.permissions) {
                    for (const HarborAccess &a : p.access)
                        access << p.ns + u':' + a.resource + u'/' + a.action;
                }
                // name, level, enabled|disabled, expiry (or never), permissions, id
                c->m_out << r.name << u'\t' << r.level << u'\t' << (r.disabled ? u"disabled"_s : u"enabled"_s)
                         << u'\t'
                         << (r.expiresAt < 0 ? u"never"_s : timeText(QDateTime::fromSecsSinceEpoch(r.expiresAt, Qt::UTC)))
                         << u'\t' << access.join(u',') << u'\t' << r.id << u'\n';
            }
            if (c->m_json)
                printJson(c, json);
            c->done(0);
        });
    };
    if (c->m_options.contains(u"project"_s))
        withProject(c, registry, c->m_options.value(u"project"_s), list);
    else
        withAdmin(c, registry, [list](HarborAdmin *admin) { list(admin, 0); });
}

void HarborAdminCommands::robotCreate(Cli *c, const QString &registry)
{
    const QString name = c->m_args.at(2);
    const QStringList access = c->m_options.value(u"access"_s).split(u',', Qt::SkipEmptyParts);
    if (access.isEmpty() || HarborRobotSpec::accessFor(access).isEmpty())
        return c->usageError(tr("--access takes pull, push and delete, comma-separated."));
    qint64 days = -1;
    if (c->m_options.contains(u"days"_s)) {
        bool ok = false;
        days = c->m_options.value(u"days"_s).toLongLong(&ok);
        if (!ok || (days <= 0 && days != -1))
            return c->usageError(tr("--days takes a number of days (or -1 for never)."));
    }
    const QString project = c->m_options.value(u"project"_s);
    const HarborRobotSpec spec = project.isEmpty() ? HarborRobotSpec::forSystem(name, access, {}, days)
                                                   : HarborRobotSpec::forProject(project, name, access, days);
    withAdmin(c, registry, [c, spec](HarborAdmin *admin) {
        HarborRequest *r = admin->createRobot(spec);
        QObject::connect(r, &Job::finished, c, [c, r] {
            if (r->error())
                return c->fail(r->error());
            const HarborRobotCreated created = HarborRobotCreated::fromJson(QJsonDocument::fromJson(r->body()).object());
            if (created.secret.isEmpty())
                return c->fail(Error::make(ErrorKind::Protocol, tr("Harbor did not send the secret of %1.").arg(created.name)));
            // The only time the secret exists outside Harbor: stdout, alone, for the caller to keep.
            if (c->m_json)
                c->m_out << QString::fromUtf8(QJsonDocument(QJsonObject{{u"id"_s, created.id}, {u"name"_s, created.name},
                                                                        {u"secret"_s, created.secret},
                                                                        {u"expires_at"_s, created.expiresAt}})
                                                  .toJson(QJsonDocument::Compact))
                         << Qt::endl;
            else
                c->m_out << created.secret << Qt::endl;
            c->m_err << tr("Created robot account %1; its secret is shown only this once.").arg(created.name)
                     << Qt::endl;
            c->done(0);
        });
    });
}

void HarborAdminCommands::robotDelete(Cli *c, const QString &registry)
{
    QString name = c->m_args.at(2);
    const QString project = c->m_options.value(u"project"_s);
    if (!name.startsWith(u"robot$"_s))
        name = HarborAdmin::robotFullName(name, project);
    // robot$project+name belongs to a project; robot$name is a system robot.
    const qsizetype plus = name.indexOf(u'+');
    const QString owner = plus > 0 ? name.mid(6, plus - 6) : QString();
    auto find = [c, name](HarborAdmin *admin, int projectId) {
        HarborListJob *job = admin->robots(projectId);
        QObject::connect(job, &Job::finished, c, [c, job, admin, name] {
            if (job->error())
                return c->fail(job->error());
            int id = 0;
            for (const HarborRobot &r : HarborAdmin::robotsOf(job)) {
                if (r.name == name)
                    id = r.id;
            }
            if (!id)
                return c->fail(Error::make(ErrorKind::NotFound, tr("There is no robot account %1 on %2.")
                                                                    .arg(name, admin->client()->registry())));
            if (!c->harborConfirm(tr("robot account %1 (its secret stops working)").arg(name)))
                return;
            HarborRequest *r = admin->deleteRobot(id);
            QObject::connect(r, &Job::finished, c, [c, r, name] {
                if (r->error())
                    return c->fail(r->error());
                c->m_err << tr("Deleted robot account %1.").arg(name) << Qt::endl;
                c->done(0);
            });
        });
    };
    if (!owner.isEmpty())
        withProject(c, registry, owner, find);
    else
        withAdmin(c, registry, [find](HarborAdmin *admin) { find(admin, 0); });
}

// --- garbage collection

void HarborAdminCommands::gc(Cli *c, const QString &registry)
{
    const bool run = c->m_flags.contains(u"run"_s);
    const bool dryRun = c->m_flags.contains(u"dry-run"_s);
    const bool untagged = c->m_flags.contains(u"delete-untagged"_s);
    if (!run && (dryRun || untagged))
        return c->usageError(tr("--dry-run and --delete-untagged go with --run."));
    withAdmin(c, registry, [c, run, dryRun, untagged](HarborAdmin *admin) {
        // A plain Distribution registry has no API for this: say how its space comes back.
        HarborDetectJob *detect = admin->client()->detect();
        QObject::connect(detect, &Job::finished, c, [c, detect, admin, run, dryRun, untagged] {
            if (detect->error())
                return c->fail(detect->error());
            if (!detect->info().isHarbor)
                return c->fail(Error::make(ErrorKind::Unsupported, HarborAdmin::plainRegistryGcExplanation()));
            if (run) {
                HarborRequest *r = admin->runGc(untagged, dryRun);
                QObject::connect(r, &Job::finished, c, [c, r] {
                    if (r->error())
                        return c->fail(r->error());
                    const QByteArray id = r->header("Location").split('/').constLast();
                    if (c->m_json)
                        c->m_out << QString::fromUtf8(QJsonDocument(QJsonObject{{u"id"_s, id.toInt()}})
                                                          .toJson(QJsonDocument::Compact))
                                 << Qt::endl;
                    else
                        c->m_out << QString::fromLatin1(id) << Qt::endl;
                    c->m_err << tr("Started garbage collection %1; \"berthctl harbor gc-history\" shows how it went.")
                                    .arg(QString::fromLatin1(id))
                             << Qt::endl;
                    c->done(0);
                });
                return;
            }
            HarborRequest *r = admin->gcSchedule();
            QObject::connect(r, &Job::finished, c, [c, r] {
                if (r->error())
                    return c->fail(r->error());
                const HarborGcSchedule s = HarborGcSchedule::fromJson(QJsonDocument::fromJson(r->body()).object());
                const QJsonObject o{{u"type"_s, s.schedule.type}, {u"cron"_s, s.schedule.cron},
                                    {u"next"_s, s.schedule.next.isValid() ? timeText(s.schedule.next) : QString()},
                                    {u"delete_untagged"_s, s.deleteUntagged}, {u"dry_run"_s, s.dryRun},
                                    {u"workers"_s, s.workers}};
                if (c->m_json) {
                    c->m_out << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)) << Qt::endl;
                } else {
                    // key<TAB>value lines, as "harbor summary" prints them.
                    c->m_out << u"schedule\t"_s << s.schedule.type << u"\ncron\t"_s
                             << (s.schedule.cron.isEmpty() ? u"-"_s : s.schedule.cron) << u"\nnext\t"_s
                             << timeText(s.schedule.next) << u"\ndelete_untagged\t"_s
                             << (s.deleteUntagged ? u"true"_s : u"false"_s) << u'\n';
                    c->m_out.flush();
                }
                c->done(0);
            });
        });
    });
}

namespace {
// Reads the logs of finished runs one after another (the newest first, at most a page's worth),
// for the freed space, then calls done.
void readLogs(Cli *c, HarborAdmin *admin, std::shared_ptr<QList<HarborGcRun>> runs, qsizetype index,
              std::function<void()> done)
{
    constexpr qsizetype MaxLogs = 20;
    while (index < runs->size() && index < MaxLogs && !runs->at(index).isFinished())
        ++index;
    if (index >= runs->size() || index >= MaxLogs)
        return done();
    HarborRequest *log = admin->gcLog(runs->at(index).id);
    QObject::connect(log, &Job::finished, c, [c, admin, runs, index, log, done] {
        if (!log->error()) // a missing log leaves the freed space unknown, not the history unread
            (*runs)[index].applyLog(log->body());
        readLogs(c, admin, runs, index + 1, done);
    });
}
} // namespace

void HarborAdminCommands::gcHistory(Cli *c, const QString &registry)
{
    withAdmin(c, registry, [c](HarborAdmin *admin) {
        HarborListJob *job = admin->gcHistory();
        QObject::connect(job, &Job::finished, c, [c, job, admin] {
            if (job->error())
                return c->fail(job->error());
            auto runs = std::make_shared<QList<HarborGcRun>>(HarborAdmin::gcRunsOf(job));
            readLogs(c, admin, runs, 0, [c, runs] {
                QJsonArray json;
                for (const HarborGcRun &r : *runs) {
                    json.append(r.toJson());
                    if (c->m_json)
                        continue;
                    QStringList options;
                    if (r.dryRun)
                        options << u"dry-run"_s;
                    if (r.deleteUntagged)
                        options << u"delete-untagged"_s;
                    // id, status, start, end, options, freed bytes (- when the log does not say)
                    c->m_out << r.id << u'\t' << r.status << u'\t' << timeText(r.start) << u'\t' << timeText(r.end)
                             << u'\t' << (options.isEmpty() ? u"-"_s : options.join(u',')) << u'\t'
                             << (r.freedBytes < 0 ? u"-"_s : QString::number(r.freedBytes)) << u'\n';
                }
                if (c->m_json)
                    printJson(c, json);
                c->done(0);
            });
        });
    });
}

// --- audit log, quotas

void HarborAdminCommands::audit(Cli *c, const QString &registry)
{
    HarborAuditQuery query;
    query.username = c->m_options.value(u"user"_s);
    query.operation = c->m_options.value(u"operation"_s);
    if (c->m_options.contains(u"since"_s)) {
        query.from = parseSince(c->m_options.value(u"since"_s));
        if (!query.from.isValid())
            return c->usageError(tr("--since takes a date (YYYY-MM-DD) or an RFC 3339 time."));
    }
    withAdmin(c, registry, [c, query](HarborAdmin *admin) {
        HarborListJob *job = admin->allAuditLogs(query);
        QObject::connect(job, &Job::finished, c, [c, job] {
            if (job->error())
                return c->fail(job->error());
            QJsonArray json;
            for (const HarborAuditLog &l : HarborAdmin::auditLogsOf(job)) {
                json.append(l.toJson());
                // time, user, operation, resource type, resource, success|failure
                if (!c->m_json)
                    c->m_out << timeText(l.time) << u'\t' << l.username << u'\t' << l.operation << u'\t'
                             << l.resourceType << u'\t' << l.resource << u'\t'
                             << (l.success ? u"success"_s : u"failure"_s) << u'\n';
            }
            if (c->m_json)
                printJson(c, json);
            c->done(0);
        });
    });
}

void HarborAdminCommands::quotaSet(Cli *c, const QString &registry)
{
    // "none" as well as -1: a bare -1 reads as an option unless it follows "--".
    bool ok = c->m_args.at(3) == u"none";
    const qint64 bytes = ok ? -1 : c->m_args.at(3).toLongLong(&ok);
    if (!ok || (bytes <= 0 && bytes != -1))
        return c->usageError(tr("BYTES is a number of bytes (or none for no limit)."));
    const QString project = c->m_args.at(2);
    withProject(c, registry, project, [c, project, bytes](HarborAdmin *admin, int projectId) {
        HarborListJob *job = admin->projectQuota(projectId);
        QObject::connect(job, &Job::finished, c, [c, job, admin, project, bytes] {
            if (job->error())
                return c->fail(job->error());
            const QList<HarborQuota> quotas = HarborAdmin::quotasOf(job);
            if (quotas.isEmpty())
                return c->fail(Error::make(ErrorKind::NotFound, tr("Harbor has no quota for project %1.").arg(project)));
            HarborRequest *r = admin->setStorageQuota(quotas.first().id, bytes);
            QObject::connect(r, &Job::finished, c, [c, r, project, bytes] {
                if (r->error())
                    return c->fail(r->error());
                c->m_err << (bytes < 0 ? tr("Project %1 has no storage limit now.").arg(project)
                                       : tr("Project %1 may now hold %2 bytes.").arg(project).arg(bytes))
                         << Qt::endl;
                c->done(0);
            });
        });
    });
}

} // namespace berth::cli
