#pragma once
// The registry tree: registries -> namespace folders -> repositories -> tags -> platforms of an
// index. Children load lazily (canFetchMore/fetchMore), page in as the registry pages, show a
// "Loading…" row meanwhile and one error row on failure. Rows are kept in arrival order; the
// RegistryFilterProxy on top sorts them naturally.

#include "treenode.h"

#include "core/error.h"

#include <QAbstractItemModel>
#include <QPersistentModelIndex>
#include <QStringList>

#include <deque>

namespace berth {

class HarborConnections;
class RegistryConnections;
class RegistryClient;
struct RegistryEntry;

class RegistryTreeModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RegistryTreeModel)
public:
    enum Role {
        KindRole = Qt::UserRole + 1, // TreeNode::Kind as int
        NameRole,        // the untranslated sort and filter key: full repository name, "repo:tag", ...
        RegistryRole,
        RepositoryRole,
        TagRole,
        DigestRole,      // Platform, or a Tag once resolved
        MediaTypeRole,
        ReferenceRole,   // host/repo:tag, host/repo@digest, host/repo, host
        EmptyRole,       // a Repository without tags
        FetchStateRole,  // TreeNode::Fetch as int
        CatalogRefusedRole, // Registry, and its error row: the catalog is not available to this user
    };
    Q_ENUM(Role)

    explicit RegistryTreeModel(RegistryConnections *connections, QObject *parent = nullptr);
    ~RegistryTreeModel() override;

    // 0: the registry's default page size (100 on Distribution).
    void setPageSize(int pageSize) { m_pageSize = pageSize; }
    // At most this many rows are inserted per event-loop turn, so huge listings never stall.
    void setInsertBatchSize(int rows) { m_batchSize = qMax(1, rows); }
    // Tags are asked for their media type (HEAD) when shown, to mark indexes; off for benchmarks.
    void setProbeTags(bool on) { m_probeTags = on; }

    QModelIndex registryIndex(const QString &registry) const;
    // The node behind an index of this model; nullptr for the root.
    const TreeNode *node(const QModelIndex &index) const;
    // Reloads the children of index (or of the nearest loadable ancestor).
    void refresh(const QModelIndex &index);
    void refreshAll();
    // Shows a repository under a registry whatever its catalog says (registries without a catalog).
    // Saving it is the caller's business; this run remembers it for later catalog loads.
    void addRepository(const QString &registry, const QString &repository);
    // Loads the whole catalog (every page, no tags) of a registry, or of every registry for an
    // invalid index, so the filter sees every repository name. Asynchronous; stopCatalogLoads() stops.
    void loadCatalogs(const QModelIndex &registry = {});
    void stopCatalogLoads();
    bool isLoadingCatalogs() const { return m_loadingCatalogs; }
    // Repository names inserted under a registry so far.
    int repositoryCount(const QModelIndex &registry) const;
    // Re-reads the registries from RegistryConnections (added, removed, renamed).
    void syncRegistries();

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    // The Harbor clients behind Harbor registries' trees (registrytreemodel_harbor.cpp).
    HarborConnections *harborConnections() const;

    // Emits headerDataChanged and dataChanged for every row, for a language switch.
    void retranslate();

signals:
    // Every queued insertion of a fetch has been applied (for tests and the status bar).
    void fetchFinished(const QModelIndex &parent);
    // Some registry's catalog is being listed (true), or none is any more (false).
    void catalogLoadingChanged(bool loading);

private:
    struct Pending {
        QPersistentModelIndex parent;
        quint32 generation = 0;
        QStringList items;
        qsizetype offset = 0;   // items already inserted
        bool done = false;      // the fetch ended after these items
        Error error;
    };

    TreeNode *nodeAt(const QModelIndex &index) const;
    QModelIndex indexOf(const TreeNode *node) const;
    bool expectsChildren(const TreeNode *node) const;
    QVariant display(const TreeNode *node) const;
    QVariant toolTip(const TreeNode *node) const;
    QVariant decoration(const TreeNode *node) const;
    static QString sortKey(const TreeNode *node);

    // Fetching (registrytreemodel_fetch.cpp).
    void startFetch(TreeNode *node);
    void drainStarts();
    void beginFetch(TreeNode *node);
    void withClientFor(TreeNode *node, std::function<void(RegistryClient *, const QPersistentModelIndex &, quint32)> run);
    void fetchCatalog(TreeNode *node);
    void fetchTags(TreeNode *node);
    void fetchPlatforms(TreeNode *node);
    void enqueue(Pending pending);
    void drainQueue();
    int applyItems(TreeNode *parent, const QStringList &items, int from, int count);
    void finishFetch(TreeNode *node, const Error &error);
    void insertChildren(TreeNode *parent, std::vector<std::unique_ptr<TreeNode>> nodes);
    void removeChildren(TreeNode *parent);
    void removeLoadingRow(TreeNode *parent);
    void appendPlaceholder(TreeNode *parent, TreeNode::Kind kind, const QString &message = {});
    void updateCatalogLoading();
    void requestProbe(TreeNode *tag) const;
    // A Harbor's own tree (registrytreemodel_harbor.cpp).
    bool isHarbor(const TreeNode *node) const;
    void fetchHarbor(TreeNode *node);
    QVariant harborData(const TreeNode *node, int role) const;
    // The catalog was refused: a registry of kind Auto may be a Harbor (which lists only to admins).
    bool detectHarbor(const QPersistentModelIndex &registry, quint32 generation, const Error &error);
    void runProbes();

    RegistryConnections *m_connections;
    mutable HarborConnections *m_harbor = nullptr;
    QSet<QString> m_harborDetected, m_harborAsked; // lower-case registries of kind Auto
    std::unique_ptr<TreeNode> m_root;
    std::deque<Pending> m_queue;
    bool m_drainScheduled = false;
    std::deque<std::pair<QPersistentModelIndex, quint32>> m_startQueue;
    bool m_startScheduled = false;
    mutable std::deque<QPersistentModelIndex> m_probeQueue;
    mutable bool m_probeScheduled = false;
    int m_probesRunning = 0;
    int m_pageSize = 0;
    int m_batchSize = 2000;
    bool m_probeTags = true;
    bool m_loadingCatalogs = false;
    QHash<QString, QStringList> m_addedRepositories; // lower-case registry -> added by name this run
};

} // namespace berth
