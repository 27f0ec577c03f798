// RegistryTreeModel: loading children from the registry, and inserting them in batches.
#include "registrytreemodel.h"

#include "jobwatch.h"
#include "registryconnections.h"

#include "core/registryclient.h"
#include "core/registryjobs.h"

#include <QElapsedTimer>
#include <QSet>
#include <QTimer>

#include <unordered_map>

using namespace Qt::StringLiterals;

namespace berth {

namespace {
constexpr int MaxProbes = 4;
constexpr qint64 TurnBudgetMs = 8; // GUI-thread work per event-loop turn: a frame stays under 16 ms
}

void RegistryTreeModel::startFetch(TreeNode *node)
{
    node->fetch = TreeNode::Fetch::Fetching;
    if (node->kind == TreeNode::Kind::Registry)
        updateCatalogLoading();
    // Views and proxies call fetchMore from inside their own signal handlers (rowsInserted,
    // expanded): insert the "Loading…" row and start the request from the event loop instead,
    // a few milliseconds' worth per turn (expanding everything asks for thousands at once).
    m_startQueue.push_back({QPersistentModelIndex(indexOf(node)), node->generation});
    if (!m_startScheduled) {
        m_startScheduled = true;
        QTimer::singleShot(0, this, &RegistryTreeModel::drainStarts);
    }
}

void RegistryTreeModel::drainStarts()
{
    m_startScheduled = false;
    QElapsedTimer clock;
    clock.start();
    while (!m_startQueue.empty() && clock.elapsed() < TurnBudgetMs) {
        const auto [idx, generation] = m_startQueue.front();
        m_startQueue.pop_front();
        TreeNode *n = idx.isValid() ? nodeAt(idx) : nullptr;
        if (n && n->generation == generation && n->fetch == TreeNode::Fetch::Fetching)
            beginFetch(n);
    }
    if (!m_startQueue.empty() && !m_startScheduled) {
        m_startScheduled = true;
        QTimer::singleShot(0, this, &RegistryTreeModel::drainStarts);
    }
}

void RegistryTreeModel::beginFetch(TreeNode *node)
{
    appendPlaceholder(node, TreeNode::Kind::Loading);
    if (isHarbor(node)) {
        fetchHarbor(node);
        return;
    }
    switch (node->kind) {
    case TreeNode::Kind::Registry: fetchCatalog(node); break;
    case TreeNode::Kind::Repository: fetchTags(node); break;
    case TreeNode::Kind::Tag: fetchPlatforms(node); break;
    default: break;
    }
}

void RegistryTreeModel::withClientFor(TreeNode *node,
                                      std::function<void(RegistryClient *, const QPersistentModelIndex &, quint32)> run)
{
    const QPersistentModelIndex idx(indexOf(node));
    const quint32 generation = node->generation;
    m_connections->withClient(node->registry, this, [this, idx, generation, run](RegistryClient *client) {
        const TreeNode *n = idx.isValid() ? nodeAt(idx) : nullptr;
        if (n && n->generation == generation)
            run(client, idx, generation);
    });
}

void RegistryTreeModel::fetchCatalog(TreeNode *node)
{
    // Repositories added by name (registries without a catalog) are shown whatever the catalog says.
    QStringList extra = m_connections->entry(node->registry).extraRepositories;
    extra += m_addedRepositories.value(node->registry.toLower());
    withClientFor(node, [this, extra](RegistryClient *client, const QPersistentModelIndex &idx, quint32 generation) {
        if (!extra.isEmpty())
            enqueue({idx, generation, extra, 0, false, {}});
        ListJob *job = client->catalog(m_pageSize);
        nodeAt(idx)->job = job;
        connect(job, &ListJob::pageReceived, this, [this, idx, generation](const QStringList &items) {
            enqueue({idx, generation, items, 0, false, {}});
        });
        whenFinished(job, this, [this, idx, generation, job] {
            if (!detectHarbor(idx, generation, job->error()))
                enqueue({idx, generation, {}, 0, true, job->error()});
        });
    });
}

void RegistryTreeModel::fetchTags(TreeNode *node)
{
    const QString repository = node->repository;
    withClientFor(node, [this, repository](RegistryClient *client, const QPersistentModelIndex &idx, quint32 generation) {
        ListJob *job = client->tags(repository, m_pageSize);
        job->setNaturalOrder(false); // the proxy sorts what the tree shows
        nodeAt(idx)->job = job;
        connect(job, &ListJob::pageReceived, this, [this, idx, generation](const QStringList &items) {
            enqueue({idx, generation, items, 0, false, {}});
        });
        whenFinished(job, this, [this, idx, generation, job] {
            Error error = job->error();
            // Distribution keeps a repository whose tags were all deleted: NAME_UNKNOWN or no tags.
            const bool gone = error.kind == ErrorKind::NotFound && error.code == u"NAME_UNKNOWN";
            if (gone || (!error && job->items().isEmpty())) {
                if (idx.isValid() && nodeAt(idx)->generation == generation)
                    nodeAt(idx)->empty = true;
                error = {};
            }
            enqueue({idx, generation, {}, 0, true, error});
        });
    });
}

void RegistryTreeModel::fetchPlatforms(TreeNode *node)
{
    const QString repository = node->repository;
    const QString tag = node->tag;
    withClientFor(node, [this, repository, tag](RegistryClient *client, const QPersistentModelIndex &idx,
                                                 quint32 generation) {
        ManifestJob *job = client->manifest(repository, tag);
        nodeAt(idx)->job = job;
        whenFinished(job, this, [this, idx, generation, job] {
            if (!idx.isValid() || nodeAt(idx)->generation != generation)
                return;
            TreeNode *n = nodeAt(idx);
            if (job->error()) {
                finishFetch(n, job->error());
                return;
            }
            const Manifest &m = job->manifest();
            n->digest = m.digest;
            n->mediaType = m.mediaType;
            std::vector<std::unique_ptr<TreeNode>> platforms;
            for (const Descriptor &d : m.manifests) {
                auto p = std::make_unique<TreeNode>();
                p->kind = TreeNode::Kind::Platform;
                p->registry = n->registry;
                p->repository = n->repository;
                p->digest = d.digest;
                p->mediaType = d.mediaType;
                p->platform = d.platform.value_or(Platform{});
                p->name = p->platform.isEmpty() ? d.digest.left(19) : p->platform.toString();
                platforms.push_back(std::move(p));
            }
            insertChildren(n, std::move(platforms));
            finishFetch(n, {});
        });
    });
}

void RegistryTreeModel::enqueue(Pending pending)
{
    m_queue.push_back(std::move(pending));
    if (!m_drainScheduled) {
        m_drainScheduled = true;
        QTimer::singleShot(0, this, &RegistryTreeModel::drainQueue);
    }
}

void RegistryTreeModel::drainQueue()
{
    m_drainScheduled = false;
    int budget = m_batchSize;
    QElapsedTimer clock;
    clock.start();
    while (!m_queue.empty() && budget > 0 && clock.elapsed() < TurnBudgetMs) {
        Pending &p = m_queue.front();
        TreeNode *n = p.parent.isValid() ? nodeAt(p.parent) : nullptr;
        if (!n || n->generation != p.generation) {
            m_queue.pop_front();
            continue;
        }
        if (p.offset < p.items.size()) {
            // Slices, so the time budget is looked at between them.
            const int count = int(qMin<qsizetype>(qMin(budget, 500), p.items.size() - p.offset));
            budget -= applyItems(n, p.items, int(p.offset), count);
            p.offset += count;
            if (p.offset < p.items.size())
                continue;
        }
        if (p.done)
            finishFetch(n, p.error);
        m_queue.pop_front();
    }
    if (!m_queue.empty() && !m_drainScheduled) {
        m_drainScheduled = true;
        QTimer::singleShot(0, this, &RegistryTreeModel::drainQueue);
    }
}

int RegistryTreeModel::applyItems(TreeNode *parent, const QStringList &items, int from, int count)
{
    // New nodes under parents already in the model, grouped so each parent gets one insertion.
    // Folders made in this batch are not in the model yet: their children go straight in.
    std::unordered_map<TreeNode *, std::vector<std::unique_ptr<TreeNode>>> pending;
    QList<TreeNode *> order;
    QSet<TreeNode *> detached;
    auto add = [&](TreeNode *under, std::unique_ptr<TreeNode> child) {
        child->parent = under;
        if (detached.contains(under)) {
            child->row = int(under->children.size());
            under->children.push_back(std::move(child));
            return;
        }
        if (!pending.contains(under))
            order << under;
        pending[under].push_back(std::move(child));
    };
    for (int i = from; i < from + count; ++i) {
        const QString &item = items.at(i);
        auto leaf = std::make_unique<TreeNode>();
        leaf->registry = parent->registry;
        TreeNode *under = parent;
        if (parent->kind == TreeNode::Kind::Registry) {
            // Repositories added by name may come again with the catalog.
            if (parent->repositories.contains(item))
                continue;
            parent->repositories.insert(item);
            const QStringList parts = item.split(u'/');
            QString prefix;
            for (qsizetype s = 0; s + 1 < parts.size(); ++s) {
                prefix += (s ? u"/"_s : QString()) + parts.at(s);
                TreeNode *folder = under->folders.value(parts.at(s));
                if (!folder) {
                    auto f = std::make_unique<TreeNode>();
                    f->kind = TreeNode::Kind::Folder;
                    f->registry = parent->registry;
                    f->repository = prefix;
                    f->name = parts.at(s);
                    f->fetch = TreeNode::Fetch::Fetched;
                    folder = f.get();
                    under->folders.insert(parts.at(s), folder);
                    add(under, std::move(f));
                    detached.insert(folder);
                }
                under = folder;
            }
            leaf->kind = TreeNode::Kind::Repository;
            leaf->repository = item;
            leaf->name = parts.constLast();
        } else {
            leaf->kind = TreeNode::Kind::Tag;
            leaf->repository = parent->repository;
            leaf->tag = item;
            leaf->name = item;
        }
        add(under, std::move(leaf));
    }
    for (TreeNode *under : std::as_const(order))
        insertChildren(under, std::move(pending[under]));
    return count;
}

void RegistryTreeModel::finishFetch(TreeNode *node, const Error &error)
{
    removeLoadingRow(node);
    node->job = nullptr;
    const bool registry = node->kind == TreeNode::Kind::Registry;
    if (error && error.kind != ErrorKind::Cancelled) {
        node->fetch = TreeNode::Fetch::Failed;
        // Docker Hub and GHCR have no catalog; Harbor gives it to admins only.
        node->catalogRefused = registry && (error.kind == ErrorKind::Unauthorized || error.kind == ErrorKind::Denied
                                            || error.kind == ErrorKind::NotFound);
        appendPlaceholder(node, TreeNode::Kind::Error, error.message);
    } else {
        node->fetch = TreeNode::Fetch::Fetched;
        node->stopped = registry && error.kind == ErrorKind::Cancelled;
        // A row that says why, not just a greyed name: the empty repository is not an error.
        if (node->empty || node->stopped)
            appendPlaceholder(node, TreeNode::Kind::Note);
    }
    const QModelIndex idx = indexOf(node);
    if (node->empty || registry)
        emit dataChanged(idx, idx);
    emit fetchFinished(idx);
    if (registry)
        updateCatalogLoading();
}

void RegistryTreeModel::insertChildren(TreeNode *parent, std::vector<std::unique_ptr<TreeNode>> nodes)
{
    if (nodes.empty())
        return;
    // Before a trailing "Loading…" row, which stays last until the fetch ends.
    const bool loadingLast = !parent->children.empty() && parent->children.back()->kind == TreeNode::Kind::Loading;
    const int first = int(parent->children.size()) - (loadingLast ? 1 : 0);
    const int last = first + int(nodes.size()) - 1;
    beginInsertRows(indexOf(parent), first, last);
    std::unique_ptr<TreeNode> loading;
    if (loadingLast) {
        loading = std::move(parent->children.back());
        parent->children.pop_back();
    }
    for (auto &n : nodes) {
        n->parent = parent;
        n->row = int(parent->children.size());
        parent->children.push_back(std::move(n));
    }
    if (loading) {
        loading->row = int(parent->children.size());
        parent->children.push_back(std::move(loading));
    }
    endInsertRows();
}

void RegistryTreeModel::removeChildren(TreeNode *parent)
{
    if (parent->children.empty())
        return;
    beginRemoveRows(indexOf(parent), 0, int(parent->children.size()) - 1);
    parent->children.clear();
    parent->folders.clear();
    parent->repositories.clear();
    endRemoveRows();
}

void RegistryTreeModel::removeLoadingRow(TreeNode *parent)
{
    if (parent->children.empty() || parent->children.back()->kind != TreeNode::Kind::Loading)
        return;
    const int row = int(parent->children.size()) - 1;
    beginRemoveRows(indexOf(parent), row, row);
    parent->children.pop_back();
    endRemoveRows();
}

void RegistryTreeModel::appendPlaceholder(TreeNode *parent, TreeNode::Kind kind, const QString &message)
{
    auto n = std::make_unique<TreeNode>();
    n->kind = kind;
    n->registry = parent->registry;
    n->repository = parent->repository;
    n->message = message;
    std::vector<std::unique_ptr<TreeNode>> one;
    one.push_back(std::move(n));
    insertChildren(parent, std::move(one));
}

void RegistryTreeModel::refresh(const QModelIndex &index)
{
    TreeNode *n = nodeAt(index);
    while (n && n != m_root.get() && n->kind != TreeNode::Kind::Registry && n->kind != TreeNode::Kind::Repository
           && n->kind != TreeNode::Kind::HarborProject && !(n->isIndexTag() && !n->harbor))
        n = n->parent;
    if (!n || n == m_root.get()) {
        refreshAll();
        return;
    }
    ++n->generation;
    if (n->job)
        n->job->abort();
    n->job = nullptr;
    removeChildren(n);
    const bool failedRegistry = n->kind == TreeNode::Kind::Registry && n->fetch == TreeNode::Fetch::Failed;
    n->fetch = TreeNode::Fetch::NotFetched;
    if (failedRegistry)
        m_connections->invalidate(n->registry); // a client remembers an unreachable endpoint: start afresh
    const bool changed = n->empty || n->catalogRefused || n->stopped;
    n->empty = n->catalogRefused = n->stopped = false;
    // Fetching before dataChanged: whoever reacts to it (a view, a model tester) may call fetchMore.
    startFetch(n);
    if (changed) {
        const QModelIndex idx = indexOf(n);
        emit dataChanged(idx, idx);
    }
}

void RegistryTreeModel::addRepository(const QString &registry, const QString &repository)
{
    QStringList &added = m_addedRepositories[registry.toLower()];
    if (!added.contains(repository))
        added << repository;
    const QModelIndex idx = registryIndex(registry);
    TreeNode *n = idx.isValid() ? nodeAt(idx) : nullptr;
    // Not listed yet: the next catalog load brings it with the others.
    if (!n || n->fetch == TreeNode::Fetch::NotFetched)
        return;
    enqueue({QPersistentModelIndex(idx), n->generation, {repository}, 0, false, {}});
}

void RegistryTreeModel::loadCatalogs(const QModelIndex &registry)
{
    for (const auto &child : m_root->children) {
        TreeNode *n = child.get();
        if (registry.isValid() && n != nodeAt(registry))
            continue;
        if (n->fetch == TreeNode::Fetch::NotFetched)
            startFetch(n);
        else if (n->fetch == TreeNode::Fetch::Failed || n->stopped)
            refresh(indexOf(n));
    }
    updateCatalogLoading();
}

void RegistryTreeModel::stopCatalogLoads()
{
    for (const auto &child : m_root->children) {
        TreeNode *n = child.get();
        if (n->fetch != TreeNode::Fetch::Fetching)
            continue;
        if (n->job) {
            n->job->abort(); // finishes as Cancelled: the rows so far stay, with a note
        } else {
            ++n->generation; // not started yet: whatever it would bring is dropped
            finishFetch(n, Error::make(ErrorKind::Cancelled, {}));
        }
    }
}

int RegistryTreeModel::repositoryCount(const QModelIndex &registry) const
{
    return registry.isValid() ? int(nodeAt(registry)->repositories.size()) : 0;
}

void RegistryTreeModel::updateCatalogLoading()
{
    const bool loading = std::any_of(m_root->children.begin(), m_root->children.end(), [](const auto &n) {
        return n->fetch == TreeNode::Fetch::Fetching;
    });
    if (loading != m_loadingCatalogs) {
        m_loadingCatalogs = loading;
        emit catalogLoadingChanged(loading);
    }
}

void RegistryTreeModel::refreshAll()
{
    syncRegistries();
    for (const auto &child : m_root->children) {
        if (child->fetch != TreeNode::Fetch::NotFetched)
            refresh(indexOf(child.get()));
    }
}

void RegistryTreeModel::requestProbe(TreeNode *tag) const
{
    if (!m_probeTags || tag->probing)
        return;
    tag->probing = true;
    m_probeQueue.push_back(QPersistentModelIndex(indexOf(tag)));
    if (!m_probeScheduled) {
        m_probeScheduled = true;
        // data() is const and may run inside a view's paint: start the requests later.
        QTimer::singleShot(0, const_cast<RegistryTreeModel *>(this), &RegistryTreeModel::runProbes);
    }
}

void RegistryTreeModel::runProbes()
{
    m_probeScheduled = false;
    while (m_probesRunning < MaxProbes && !m_probeQueue.empty()) {
        const QPersistentModelIndex idx = m_probeQueue.front();
        m_probeQueue.pop_front();
        if (!idx.isValid())
            continue;
        TreeNode *tag = nodeAt(idx);
        ++m_probesRunning;
        const QString repository = tag->repository, reference = tag->tag;
        m_connections->withClient(tag->registry, this, [this, idx, repository, reference](RegistryClient *client) {
            ManifestJob *job = client->manifest(repository, reference, /*headOnly=*/true);
            // destroyed, not finished: a job dropped with its client never finishes.
            connect(job, &QObject::destroyed, this, [this] {
                --m_probesRunning;
                runProbes();
            });
            whenFinished(job, this, [this, idx, job] {
                if (idx.isValid() && !job->error()) {
                    TreeNode *t = nodeAt(idx);
                    t->digest = job->digest();
                    t->mediaType = job->mediaType();
                    emit dataChanged(idx, idx);
                    // Views learn that a row got children from rowsInserted, not from dataChanged:
                    // load the platforms of an index now, so its expand arrow appears.
                    if (t->isIndexTag() && t->fetch == TreeNode::Fetch::NotFetched)
                        startFetch(t);
                }
            });
        });
    }
}

} // namespace berth
