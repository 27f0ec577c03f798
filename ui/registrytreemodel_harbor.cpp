// RegistryTreeModel: a Harbor's own tree through its API (/api/v2.0): projects -> repositories ->
// artifacts (tags, size, push time, scan summary, accessories) -> their tags and index platforms.
// Pull, push and copy keep using the registry side (/v2/) with the same references.
#include "registrytreemodel.h"

#include "format.h"
#include "harborconnections.h"
#include "harbornode.h"
#include "icons.h"
#include "jobwatch.h"
#include "registryconnections.h"

#include "core/harborclient.h"
#include "core/harborjobs.h"
#include "core/manifest.h"

#include <QGuiApplication>
#include <QJsonDocument>
#include <QLocale>
#include <QPalette>

using namespace Qt::StringLiterals;

namespace berth {

HarborConnections *RegistryTreeModel::harborConnections() const
{
    if (!m_harbor)
        m_harbor = new HarborConnections(m_connections, const_cast<RegistryTreeModel *>(this));
    return m_harbor;
}

bool RegistryTreeModel::isHarbor(const TreeNode *node) const
{
    // A registry follows its saved kind (it may change); nodes below it know theirs.
    if (node->kind == TreeNode::Kind::Registry) {
        const RegistryKind kind = m_connections->entry(node->registry).kind;
        return kind == RegistryKind::Harbor
               || (kind == RegistryKind::Auto && m_harborDetected.contains(node->registry.toLower()));
    }
    return bool(node->harbor);
}

namespace {

std::unique_ptr<TreeNode> harborChild(const TreeNode *parent, TreeNode::Kind kind,
                                      std::shared_ptr<HarborNodeData> data)
{
    auto n = std::make_unique<TreeNode>();
    n->kind = kind;
    n->registry = parent->registry;
    n->harbor = std::move(data);
    n->fetch = TreeNode::Fetch::Fetched;
    return n;
}

// An artifact with its tags and index platforms as children, ready before it enters the model.
std::unique_ptr<TreeNode> artifactNode(const TreeNode *repo, const HarborArtifact &a)
{
    auto data = std::make_shared<HarborNodeData>(*repo->harbor);
    data->artifact = a;
    auto n = harborChild(repo, TreeNode::Kind::HarborArtifact, data);
    n->repository = repo->repository;
    n->digest = a.digest;
    n->mediaType = a.manifestMediaType;
    QStringList tags = a.tags;
    tags.sort(); // a stable label whatever order Harbor lists them in
    n->name = tags.isEmpty() ? Format::shortDigest(a.digest) : tags.join(u", "_s);
    auto adopt = [&n](std::unique_ptr<TreeNode> c) {
        c->parent = n.get();
        c->row = int(n->children.size());
        n->children.push_back(std::move(c));
    };
    for (const QString &tag : a.tags) {
        auto t = harborChild(repo, TreeNode::Kind::Tag, data);
        t->repository = repo->repository;
        t->tag = t->name = tag;
        t->digest = a.digest;
        // Never empty: an empty media type would send the tree to probe it over /v2/.
        t->mediaType = a.manifestMediaType.isEmpty() ? u"application/vnd.oci.image.manifest.v1+json"_s
                                                     : a.manifestMediaType;
        adopt(std::move(t));
    }
    for (const HarborArtifactChild &c : a.children) {
        auto p = harborChild(repo, TreeNode::Kind::Platform, data);
        p->repository = repo->repository;
        p->digest = c.digest;
        p->name = c.platform.isEmpty() ? Format::shortDigest(c.digest) : c.platform;
        p->platform = Platform::parse(c.platform).value_or(Platform{});
        adopt(std::move(p));
    }
    return n;
}

} // namespace

void RegistryTreeModel::fetchHarbor(TreeNode *node)
{
    if (node->kind == TreeNode::Kind::Registry)
        node->harbor = std::make_shared<HarborNodeData>();
    const QPersistentModelIndex idx(indexOf(node));
    const quint32 generation = node->generation;
    auto current = [this, idx, generation]() -> TreeNode * {
        TreeNode *n = idx.isValid() ? nodeAt(idx) : nullptr;
        return n && n->generation == generation ? n : nullptr;
    };
    const TreeNode::Kind kind = node->kind;
    const HarborNodeData data = *node->harbor;
    harborConnections()->withClient(node->registry, this, [this, current, kind, data](HarborClient *client) {
        TreeNode *n = current();
        if (!n)
            return;
        if (kind == TreeNode::Kind::Registry) {
            HarborListJob *job = client->projects();
            n->job = job;
            whenFinished(job, this, [this, current, job] {
                TreeNode *n = current();
                if (!n)
                    return;
                std::vector<std::unique_ptr<TreeNode>> rows;
                for (const HarborProject &p : job->projects()) {
                    auto d = std::make_shared<HarborNodeData>();
                    d->project = p;
                    auto c = harborChild(n, TreeNode::Kind::HarborProject, d);
                    c->name = c->repository = p.name;
                    c->fetch = TreeNode::Fetch::NotFetched;
                    c->repositories.insert(p.name);
                    rows.push_back(std::move(c));
                }
                insertChildren(n, std::move(rows));
                finishFetch(n, job->error());
            });
        } else if (kind == TreeNode::Kind::HarborProject) {
            // The summary (quota) comes with the first listing; it only decorates the project row.
            HarborRequest *summary = client->projectSummary(data.project.name);
            whenFinished(summary, this, [this, current, summary] {
                TreeNode *n = current();
                if (!n || summary->error())
                    return;
                n->harbor->summary = HarborProjectSummary::fromJson(
                    QJsonDocument::fromJson(summary->body()).object());
                const QModelIndex i = indexOf(n);
                emit dataChanged(i, i);
            });
            HarborListJob *job = client->repositories(data.project.name);
            n->job = job;
            whenFinished(job, this, [this, current, job] {
                TreeNode *n = current();
                if (!n)
                    return;
                std::vector<std::unique_ptr<TreeNode>> rows;
                for (const HarborRepository &r : job->repositories()) {
                    auto d = std::make_shared<HarborNodeData>(*n->harbor);
                    d->repository = r;
                    auto c = harborChild(n, TreeNode::Kind::Repository, d);
                    c->repository = r.name;
                    c->name = r.nameInProject();
                    c->fetch = TreeNode::Fetch::NotFetched;
                    rows.push_back(std::move(c));
                }
                n->empty = rows.empty() && !job->error();
                insertChildren(n, std::move(rows));
                finishFetch(n, job->error());
            });
        } else if (kind == TreeNode::Kind::Repository) {
            HarborArtifactQuery q;
            q.withScanOverview = true;
            HarborListJob *job = client->artifacts(data.project.name, data.repositoryInProject(), q);
            n->job = job;
            whenFinished(job, this, [this, current, job] {
                TreeNode *n = current();
                if (!n)
                    return;
                std::vector<std::unique_ptr<TreeNode>> rows;
                for (const HarborArtifact &a : job->artifacts())
                    rows.push_back(artifactNode(n, a));
                n->empty = rows.empty() && !job->error();
                insertChildren(n, std::move(rows));
                finishFetch(n, job->error());
            });
        } else {
            finishFetch(n, {});
        }
    });
}

bool RegistryTreeModel::detectHarbor(const QPersistentModelIndex &idx, quint32 generation, const Error &error)
{
    const bool refused = error.kind == ErrorKind::Unauthorized || error.kind == ErrorKind::Denied
                         || error.kind == ErrorKind::NotFound;
    const TreeNode *n = idx.isValid() ? nodeAt(idx) : nullptr;
    if (!refused || !n || n->generation != generation)
        return false;
    const QString key = n->registry.toLower();
    if (m_connections->entry(n->registry).kind != RegistryKind::Auto || m_harborAsked.contains(key))
        return false;
    m_harborAsked.insert(key); // once per run: a registry that is not Harbor is not asked again
    harborConnections()->withClient(n->registry, this, [this, idx, generation, error, key](HarborClient *client) {
        HarborDetectJob *job = client->detect();
        whenFinished(job, this, [this, idx, generation, error, key, job] {
            if (!idx.isValid() || nodeAt(idx)->generation != generation)
                return;
            if (job->error() || !job->info().isHarbor) {
                enqueue({idx, generation, {}, 0, true, error});
                return;
            }
            m_harborDetected.insert(key);
            TreeNode *n = nodeAt(idx);
            n->job = nullptr;
            refresh(idx); // again, as Harbor's own tree
        });
    });
    return true;
}

QVariant RegistryTreeModel::harborData(const TreeNode *n, int role) const
{
    const bool placeholder = n->isPlaceholder() && n->parent && n->parent->harbor;
    if ((!n->harbor && !placeholder) || n->kind == TreeNode::Kind::Registry)
        return {};
    if (placeholder) {
        if (n->kind != TreeNode::Kind::Note || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
            return {};
        if (n->parent->kind == TreeNode::Kind::HarborProject)
            return tr("No repositories in this project.");
        return tr("No artifacts. Harbor frees their space when its garbage collection runs.");
    }
    const HarborNodeData &d = *n->harbor;
    const QLocale locale;
    switch (n->kind) {
    case TreeNode::Kind::HarborProject: {
        const HarborProject &p = d.project;
        if (role == Qt::DisplayRole) {
            const QString access = p.registryId ? tr("proxy cache") : p.isPublic ? tr("public") : tr("private");
            QString text = tr("%1 (%2, %n repositories)", nullptr, p.repoCount).arg(p.name, access);
            if (d.summary && d.summary->storageLimit > 0)
                text += u"  "_s + tr("%1 of %2").arg(Format::size(d.summary->storageUsed),
                                                     Format::size(d.summary->storageLimit));
            else if (d.summary)
                text += u"  "_s + Format::size(d.summary->storageUsed);
            return text;
        }
        if (role == Qt::ToolTipRole) {
            QStringList lines{tr("Harbor project %1").arg(p.name),
                              p.isPublic ? tr("Public: anyone may pull from it.")
                                         : tr("Private: only members may pull from it.")};
            if (p.registryId)
                lines << tr("Proxy cache of registry endpoint %1.").arg(p.registryId);
            if (d.summary)
                lines << (d.summary->storageLimit > 0
                              ? tr("Quota: %1 of %2 used").arg(Format::size(d.summary->storageUsed),
                                                                Format::size(d.summary->storageLimit))
                              : tr("Quota: %1 used, no limit").arg(Format::size(d.summary->storageUsed)));
            return lines.join(u'\n');
        }
        if (role == Qt::DecorationRole)
            return icon(IconId::Folder);
        if (role == NameRole)
            return QString(n->repository + u'/');
        return {};
    }
    case TreeNode::Kind::Repository:
        if (role == Qt::DisplayRole) {
            const int count = d.repository.artifactCount;
            return n->empty ? tr("%1 (no artifacts)").arg(n->name)
                            : tr("%1 (%n artifacts)", nullptr, count).arg(n->name);
        }
        if (role == Qt::ToolTipRole) {
            QStringList lines{n->reference()};
            if (!d.repository.description.isEmpty())
                lines << d.repository.description;
            lines << tr("Pulled %n times", nullptr, int(d.repository.pullCount));
            return lines.join(u'\n');
        }
        return {};
    case TreeNode::Kind::HarborArtifact: {
        const HarborArtifact &a = d.artifact;
        const HarborScanSummary scan = HarborScanSummary::fromOverview(a.scanOverview);
        if (role == Qt::DisplayRole) {
            // Most telling first: a narrow tree cuts the end off; the tooltip has everything.
            QStringList facts{Format::size(a.size)};
            if (scan.scanned())
                facts << (scan.status == u"Success" ? (scan.total ? tr("%n vulnerabilities", nullptr, scan.total)
                                                                  : tr("no vulnerabilities"))
                                                    : tr("scan: %1").arg(scan.status));
            bool signature = false, sbom = false;
            for (const HarborAccessory &acc : a.accessories) {
                signature |= acc.type.startsWith(u"signature"_s);
                sbom |= acc.type.contains(u"sbom"_s);
            }
            if (signature)
                facts << tr("signed");
            if (sbom)
                facts << tr("SBOM");
            if (a.pushTime.isValid())
                facts << locale.toString(a.pushTime.toLocalTime().date(), QLocale::ShortFormat);
            const QString label = a.tags.isEmpty() ? tr("untagged @%1").arg(a.digest.section(u':', 1).left(12)) : n->name;
            return tr("%1  (%2)").arg(label, facts.join(u" · "_s));
        }
        if (role == Qt::ToolTipRole) {
            QStringList lines{n->registry + u'/' + n->repository + u'@' + a.digest,
                              tr("Type: %1").arg(a.type.isEmpty() ? Format::mediaType(a.manifestMediaType) : a.type),
                              tr("Size: %1").arg(Format::size(a.size))};
            if (a.pushTime.isValid())
                lines << tr("Pushed: %1").arg(locale.toString(a.pushTime.toLocalTime(), QLocale::LongFormat));
            lines << (a.tags.isEmpty() ? tr("No tags") : tr("Tags: %1").arg(a.tags.join(u", "_s)));
            if (!a.labels.isEmpty())
                lines << tr("Labels: %1").arg(a.labels.join(u", "_s));
            if (!scan.scanned())
                lines << tr("Not scanned");
            else if (scan.status != u"Success")
                lines << tr("Scan: %1 (%2%)").arg(scan.status).arg(scan.percent);
            else
                lines << tr("Vulnerabilities: %1 critical, %2 high, %3 medium, %4 low (%5 fixable); severity %6")
                             .arg(scan.critical).arg(scan.high).arg(scan.medium).arg(scan.low).arg(scan.fixable)
                             .arg(scan.severity);
            for (const HarborAccessory &acc : a.accessories)
                lines << tr("Accessory: %1 %2").arg(acc.type, Format::shortDigest(acc.digest));
            if (!a.children.isEmpty())
                lines << tr("Index of %n platforms", nullptr, int(a.children.size()));
            return lines.join(u'\n');
        }
        if (role == Qt::DecorationRole)
            return icon(isIndexMediaType(a.manifestMediaType) || !a.children.isEmpty() ? IconId::Index
                                                                                       : IconId::Platform);
        if (role == Qt::ForegroundRole && a.tags.isEmpty())
            return QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        if (role == NameRole)
            return QString(n->repository + u'@' + n->name);
        return {};
    }
    case TreeNode::Kind::Tag:
        if (role == Qt::DecorationRole)
            return icon(IconId::Tag);
        if (role == Qt::DisplayRole)
            return n->name;
        return {};
    default: return {};
    }
}

} // namespace berth
