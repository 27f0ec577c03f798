// berthctl harbor: projects, repositories, artifacts and tags through Harbor's own API.

#include "cli.h"

#include "core/harborclient.h"
#include "core/registryclient.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace berth::cli {

namespace {
// Arguments after the subcommand (REGISTRY included).
const QHash<QString, int> &subcommandArgs()
{
    static const QHash<QString, int> table = {
        {u"projects"_s, 1}, {u"repos"_s, 2}, {u"artifacts"_s, 2}, {u"project-create"_s, 2},
        {u"project-delete"_s, 2}, {u"repo-delete"_s, 2}, {u"artifact-delete"_s, 2}, {u"tag-add"_s, 3},
        {u"tag-delete"_s, 2}, {u"summary"_s, 2}, {u"scan"_s, 2}};
    return table;
}

struct RepoRef {
    QString project;
    QString repository; // inside the project
    QString digest;
    QString tag;
};

// PROJECT/REPO[@DIGEST|:TAG]; nullopt when malformed.
std::optional<RepoRef> parseRepoRef(const QString &text)
{
    RepoRef r;
    QString name = text;
    if (const qsizetype at = name.indexOf(u'@'); at >= 0) {
        r.digest = name.mid(at + 1);
        name.truncate(at);
    } else if (const qsizetype colon = name.lastIndexOf(u':'); colon > name.lastIndexOf(u'/')) {
        r.tag = name.mid(colon + 1);
        name.truncate(colon);
    }
    const qsizetype slash = name.indexOf(u'/');
    if (slash <= 0 || slash == name.size() - 1)
        return std::nullopt;
    r.project = name.left(slash);
    r.repository = name.mid(slash + 1);
    if ((text.contains(u'@') && r.digest.isEmpty()) || (text.endsWith(u':')))
        return std::nullopt;
    return r;
}

QString compactJson(const QJsonArray &array)
{
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}
} // namespace

void Cli::withHarbor(const QString &registry, std::function<void(HarborClient *)> next)
{
    // Credentials and trust settings resolve as for the registry API.
    withClient(registry, [this, next](RegistryClient *client) {
        next(new HarborClient(client->options(), m_nam, this));
    });
}

bool Cli::harborConfirm(const QString &what)
{
    m_out << what << Qt::endl;
    if (m_yes)
        return true;
    if (!isTerminal()) {
        m_err << tr("berthctl: nothing deleted: confirm with --yes (no terminal to ask).") << Qt::endl;
        done(2);
        return false;
    }
    if (!confirm(tr("Delete it?"))) {
        m_err << tr("Nothing deleted.") << Qt::endl;
        done(1);
        return false;
    }
    return true;
}

void Cli::cmdHarbor()
{
    const QString sub = m_args.at(0);
    if (harborAdmin())
        return;
    if (sub == u"replication")
        return harborReplication();
    const auto expected = subcommandArgs().constFind(sub);
    if (expected == subcommandArgs().cend())
        return usageError(tr("Unknown harbor command \"%1\"; see berthctl --help.").arg(sub));
    if (m_args.size() - 1 != *expected)
        return usageError(tr("Wrong number of arguments for \"harbor %1\"; see berthctl --help.").arg(sub));
    if (sub == u"projects" || sub == u"repos" || sub == u"artifacts")
        harborList(sub);
    else if (sub == u"summary" || sub == u"scan")
        harborSummaryOrScan(sub);
    else
        harborWrite(sub);
}

void Cli::harborSummaryOrScan(const QString &sub)
{
    Error error;
    const auto registry = ImageReference::parseRegistry(m_args.at(1), &error);
    if (!registry)
        return usageError(error.message);
    std::optional<RepoRef> repo;
    if (sub == u"scan") {
        repo = parseRepoRef(m_args.at(2));
        if (!repo || (repo->digest.isEmpty() && repo->tag.isEmpty()))
            return usageError(tr("\"%1\" is not %2.").arg(m_args.at(2),
                                                          u"PROJECT/REPOSITORY@DIGEST or PROJECT/REPOSITORY:TAG"_s));
    }
    const QString shown = *registry + u'/' + m_args.at(2);
    withHarbor(*registry, [this, sub, repo, shown](HarborClient *harbor) {
        if (sub == u"summary") {
            HarborRequest *r = harbor->projectSummary(m_args.at(2));
            connect(r, &Job::finished, this, [this, r] {
                if (r->error())
                    return fail(r->error());
                const QJsonObject o = QJsonDocument::fromJson(r->body()).object();
                const HarborProjectSummary s = HarborProjectSummary::fromJson(o);
                if (m_json) {
                    m_out << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)) << Qt::endl;
                } else {
                    // key<TAB>value lines for scripts; bytes, -1 for no limit.
                    m_out << u"repositories\t"_s << s.repoCount << u'\n' << u"storage_used\t"_s << s.storageUsed
                          << u'\n' << u"storage_limit\t"_s << s.storageLimit << u'\n' << u"members\t"_s
                          << (s.admins + s.maintainers + s.developers + s.guests + s.limitedGuests) << u'\n';
                    if (s.registryId)
                        m_out << u"proxy_cache_registry_id\t"_s << s.registryId << u'\n';
                    m_out.flush();
                }
                done(0);
            });
            return;
        }
        HarborRequest *r = harbor->scanArtifact(repo->project, repo->repository,
                                                repo->digest.isEmpty() ? repo->tag : repo->digest);
        connect(r, &Job::finished, this, [this, r, shown] {
            if (r->error())
                return fail(r->error());
            m_err << tr("Harbor is scanning %1; `berthctl harbor artifacts` shows the result.").arg(shown) << Qt::endl;
            done(0);
        });
    });
}

void Cli::harborList(const QString &sub)
{
    Error error;
    const auto registry = ImageReference::parseRegistry(m_args.at(1), &error);
    if (!registry)
        return usageError(error.message);
    std::optional<RepoRef> repo;
    if (sub == u"artifacts") {
        repo = parseRepoRef(m_args.at(2));
        if (!repo || !repo->digest.isEmpty() || !repo->tag.isEmpty())
            return usageError(tr("\"%1\" is not PROJECT/REPOSITORY.").arg(m_args.at(2)));
    }
    withHarbor(*registry, [this, sub, repo](HarborClient *harbor) {
        HarborListJob *job = sub == u"projects" ? harbor->projects()
            : sub == u"repos"                   ? harbor->repositories(m_args.at(2))
                                                : harbor->artifacts(repo->project, repo->repository);
        connect(job, &Job::finished, this, [this, job, sub] {
            if (job->error())
                return fail(job->error());
            QJsonArray json;
            if (sub == u"projects") {
                for (const HarborProject &p : job->projects()) {
                    json.append(p.toJson());
                    if (!m_json)
                        m_out << p.name << u'\t' << (p.isPublic ? u"public"_s : u"private"_s) << u'\t' << p.repoCount
                              << u'\n';
                }
            } else if (sub == u"repos") {
                for (const HarborRepository &r : job->repositories()) {
                    json.append(r.toJson());
                    if (!m_json)
                        m_out << r.name << u'\t' << r.artifactCount << u'\n';
                }
            } else {
                for (const HarborArtifact &a : job->artifacts()) {
                    json.append(a.toJson());
                    if (!m_json)
                        m_out << a.digest << u'\t' << (a.tags.isEmpty() ? u"-"_s : a.tags.join(u',')) << u'\t'
                              << a.size << u'\n';
                }
            }
            if (m_json)
                m_out << compactJson(json) << Qt::endl;
            done(0);
        });
    });
}

void Cli::harborWrite(const QString &sub)
{
    Error error;
    const auto registry = ImageReference::parseRegistry(m_args.at(1), &error);
    if (!registry)
        return usageError(error.message);
    const QString target = m_args.at(2);
    std::optional<RepoRef> repo;
    if (sub != u"project-create" && sub != u"project-delete") {
        repo = parseRepoRef(target);
        const bool wantsDigest = sub == u"tag-add";
        const bool wantsRef = sub == u"artifact-delete";
        const bool wantsTag = sub == u"tag-delete";
        const bool ok = repo
            && (wantsDigest ? !repo->digest.isEmpty()
                : wantsRef  ? (!repo->digest.isEmpty() || !repo->tag.isEmpty())
                : wantsTag  ? !repo->tag.isEmpty()
                            : repo->digest.isEmpty() && repo->tag.isEmpty());
        if (!ok) {
            const QString form = wantsDigest ? u"PROJECT/REPOSITORY@DIGEST"_s
                : wantsRef                   ? u"PROJECT/REPOSITORY@DIGEST or PROJECT/REPOSITORY:TAG"_s
                : wantsTag                   ? u"PROJECT/REPOSITORY:TAG"_s
                                             : u"PROJECT/REPOSITORY"_s;
            return usageError(tr("\"%1\" is not %2.").arg(target, form));
        }
        if (wantsDigest && !ImageReference::isValidTag(m_args.at(3)))
            return usageError(tr("\"%1\" is not a valid tag.").arg(m_args.at(3)));
    }
    qint64 storageLimit = -1;
    if (m_options.contains(u"storage-limit"_s)) {
        bool ok = false;
        storageLimit = m_options.value(u"storage-limit"_s).toLongLong(&ok);
        if (!ok || (storageLimit <= 0 && storageLimit != -1))
            return usageError(tr("--storage-limit takes a number of bytes (or -1 for no limit)."));
    }
    const QString shown = *registry + u'/' + target;
    if (sub == u"project-delete" && !harborConfirm(tr("project %1").arg(shown)))
        return;
    if (sub == u"repo-delete" && !harborConfirm(tr("repository %1 and every artifact in it").arg(shown)))
        return;
    if (sub == u"tag-delete" && !harborConfirm(tr("tag %1 (the artifact stays)").arg(shown)))
        return;

    withHarbor(*registry, [this, sub, repo, target, shown, storageLimit](HarborClient *harbor) {
        Job *job = nullptr;
        if (sub == u"project-create") {
            HarborProjectSpec spec;
            spec.name = target;
            spec.isPublic = m_flags.contains(u"public"_s);
            spec.storageLimit = storageLimit;
            job = harbor->createProject(spec);
        } else if (sub == u"project-delete") {
            job = harbor->deleteProject(target);
        } else if (sub == u"repo-delete") {
            job = harbor->deleteRepository(repo->project, repo->repository);
        } else if (sub == u"artifact-delete") {
            return harborDeleteArtifact(harbor, repo->project, repo->repository,
                                        repo->digest.isEmpty() ? repo->tag : repo->digest);
        } else if (sub == u"tag-add") {
            job = harbor->addTag(repo->project, repo->repository, repo->digest, m_args.at(3));
        } else {
            job = harbor->deleteTag(repo->project, repo->repository, repo->tag, repo->tag);
        }
        connect(job, &Job::finished, this, [this, job, sub, shown] {
            if (job->error())
                return fail(job->error());
            if (sub == u"project-create")
                m_err << tr("Created project %1.").arg(shown) << Qt::endl;
            else if (sub == u"tag-add")
                m_err << tr("Tagged %1 as %2.").arg(shown, m_args.at(3)) << Qt::endl;
            else
                m_err << tr("Deleted %1.").arg(shown) << Qt::endl;
            done(0);
        });
    });
}

void Cli::harborDeleteArtifact(HarborClient *harbor, const QString &project, const QString &repository,
                               const QString &reference)
{
    // Resolve first so the confirmation names the digest and every tag that goes with it.
    HarborRequest *get = harbor->artifact(project, repository, reference);
    connect(get, &Job::finished, this, [this, get, harbor, project, repository] {
        if (get->error())
            return fail(get->error());
        const HarborArtifact a = HarborArtifact::fromJson(QJsonDocument::fromJson(get->body()).object());
        if (a.digest.isEmpty())
            return fail(Error::make(ErrorKind::Protocol, tr("Harbor at %1 did not name the digest of %2/%3.")
                                                             .arg(harbor->registry(), project, repository)));
        const QString name = harbor->registry() + u'/' + project + u'/' + repository;
        QStringList what{tr("artifact %1@%2").arg(name, a.digest)};
        for (const QString &tag : a.tags)
            what << tr("tag %1:%2").arg(name, tag);
        if (!harborConfirm(what.join(u'\n')))
            return;
        HarborRequest *del = harbor->deleteArtifact(project, repository, a.digest);
        connect(del, &Job::finished, this, [this, del, name, a] {
            if (del->error())
                return fail(del->error());
            m_err << tr("Deleted %1@%2.").arg(name, a.digest) << Qt::endl;
            done(0);
        });
    });
}

} // namespace berth::cli
