#include "registrytreemodel.h"

#include "icons.h"
#include "registryconnections.h"

#include "core/manifest.h"

#include <QGuiApplication>
#include <QPalette>

using namespace Qt::StringLiterals;

namespace berth {

RegistryTreeModel::RegistryTreeModel(RegistryConnections *connections, QObject *parent)
    : QAbstractItemModel(parent), m_connections(connections), m_root(std::make_unique<TreeNode>())
{
    connect(m_connections, &RegistryConnections::entriesChanged, this, &RegistryTreeModel::syncRegistries);
    connect(m_connections, &RegistryConnections::clientInvalidated, this, [this](const QString &registry) {
        const QModelIndex idx = registryIndex(registry);
        if (idx.isValid() && nodeAt(idx)->fetch != TreeNode::Fetch::NotFetched)
            refresh(idx);
    });
    syncRegistries();
}

RegistryTreeModel::~RegistryTreeModel() = default;

TreeNode *RegistryTreeModel::nodeAt(const QModelIndex &index) const
{
    if (!index.isValid())
        return m_root.get();
    Q_ASSERT(index.model() == this);
    return static_cast<TreeNode *>(index.internalPointer());
}

const TreeNode *RegistryTreeModel::node(const QModelIndex &index) const
{
    return index.isValid() ? nodeAt(index) : nullptr;
}

QModelIndex RegistryTreeModel::indexOf(const TreeNode *node) const
{
    if (!node || node == m_root.get())
        return {};
    return createIndex(node->row, 0, const_cast<TreeNode *>(node));
}

QModelIndex RegistryTreeModel::registryIndex(const QString &registry) const
{
    for (const auto &child : m_root->children) {
        if (child->registry.compare(registry, Qt::CaseInsensitive) == 0)
            return indexOf(child.get());
    }
    return {};
}

void RegistryTreeModel::syncRegistries()
{
    const QList<RegistryEntry> entries = m_connections->entries();
    // Remove registries that are gone (from the end, so rows stay valid).
    for (int row = int(m_root->children.size()) - 1; row >= 0; --row) {
        const QString reg = m_root->children[size_t(row)]->registry;
        const bool kept = std::any_of(entries.begin(), entries.end(), [&](const RegistryEntry &e) {
            return e.registry.compare(reg, Qt::CaseInsensitive) == 0;
        });
        if (kept)
            continue;
        beginRemoveRows({}, row, row);
        m_root->children.erase(m_root->children.begin() + row);
        for (size_t i = size_t(row); i < m_root->children.size(); ++i)
            m_root->children[i]->row = int(i);
        endRemoveRows();
    }
    std::vector<std::unique_ptr<TreeNode>> added;
    for (const RegistryEntry &e : entries) {
        const QModelIndex existing = registryIndex(e.registry);
        if (existing.isValid()) {
            TreeNode *n = nodeAt(existing);
            if (n->name != e.displayName) {
                n->name = e.displayName;
                emit dataChanged(existing, existing);
            }
            continue;
        }
        auto n = std::make_unique<TreeNode>();
        n->kind = TreeNode::Kind::Registry;
        n->registry = e.registry;
        n->name = e.displayName;
        added.push_back(std::move(n));
    }
    if (!added.empty())
        insertChildren(m_root.get(), std::move(added));
}

QModelIndex RegistryTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column != 0 || row < 0)
        return {};
    const TreeNode *p = nodeAt(parent);
    if (size_t(row) >= p->children.size())
        return {};
    return createIndex(row, 0, p->children[size_t(row)].get());
}

QModelIndex RegistryTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    return indexOf(nodeAt(child)->parent);
}

int RegistryTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return 0;
    return int(nodeAt(parent)->children.size());
}

int RegistryTreeModel::columnCount(const QModelIndex &) const
{
    return 1;
}

bool RegistryTreeModel::expectsChildren(const TreeNode *n) const
{
    switch (n->kind) {
    case TreeNode::Kind::Root:
    case TreeNode::Kind::Registry:
    case TreeNode::Kind::Folder: return true;
    case TreeNode::Kind::HarborProject:
    case TreeNode::Kind::Repository: return !n->empty;
    case TreeNode::Kind::Tag: return n->isIndexTag();
    default: return false;
    }
}

bool RegistryTreeModel::hasChildren(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return false;
    const TreeNode *n = nodeAt(parent);
    if (!n->children.empty())
        return true;
    const bool open = n->fetch == TreeNode::Fetch::NotFetched || n->fetch == TreeNode::Fetch::Fetching;
    return open && expectsChildren(n) && n->kind != TreeNode::Kind::Folder;
}

bool RegistryTreeModel::canFetchMore(const QModelIndex &parent) const
{
    const TreeNode *n = nodeAt(parent);
    if (n->fetch != TreeNode::Fetch::NotFetched)
        return false;
    return n->kind == TreeNode::Kind::Registry || (n->kind == TreeNode::Kind::Repository && !n->empty)
           || n->isIndexTag() || n->kind == TreeNode::Kind::HarborProject;
}

void RegistryTreeModel::fetchMore(const QModelIndex &parent)
{
    if (canFetchMore(parent))
        startFetch(nodeAt(parent));
}

Qt::ItemFlags RegistryTreeModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return {};
    const TreeNode *n = nodeAt(index);
    if (n->kind == TreeNode::Kind::Loading || n->kind == TreeNode::Kind::Note)
        return Qt::ItemIsEnabled | Qt::ItemNeverHasChildren;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (n->isPlaceholder() || n->kind == TreeNode::Kind::Platform)
        f |= Qt::ItemNeverHasChildren;
    return f;
}

QString RegistryTreeModel::sortKey(const TreeNode *n)
{
    switch (n->kind) {
    case TreeNode::Kind::Registry: return n->registry;
    case TreeNode::Kind::Folder: return n->repository + u'/';
    case TreeNode::Kind::Repository: return n->repository;
    case TreeNode::Kind::Tag: return n->repository + u':' + n->tag;
    case TreeNode::Kind::Platform: return n->repository + u'@' + n->name;
    default: return {};
    }
}

QVariant RegistryTreeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const TreeNode *n = nodeAt(index);
    if (QVariant v = harborData(n, role); v.isValid())
        return v;
    switch (role) {
    case Qt::DisplayRole: return display(n);
    case Qt::ToolTipRole: return toolTip(n);
    case Qt::DecorationRole: return decoration(n);
    case Qt::ForegroundRole:
        if (n->kind == TreeNode::Kind::Loading || n->kind == TreeNode::Kind::Note || n->empty)
            return QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        return {};
    case KindRole: return int(n->kind);
    case NameRole: return sortKey(n);
    case RegistryRole: return n->registry;
    case RepositoryRole: return n->repository;
    case TagRole: return n->tag;
    case DigestRole: return n->digest;
    case MediaTypeRole: return n->mediaType;
    case ReferenceRole: return n->reference();
    case EmptyRole: return n->empty;
    case FetchStateRole: return int(n->fetch);
    case CatalogRefusedRole:
        return n->kind == TreeNode::Kind::Registry ? n->catalogRefused
               : n->kind == TreeNode::Kind::Error && n->parent && n->parent->kind == TreeNode::Kind::Registry
                   ? n->parent->catalogRefused
                   : false;
    default: return {};
    }
}

QVariant RegistryTreeModel::display(const TreeNode *n) const
{
    switch (n->kind) {
    case TreeNode::Kind::Registry:
        return n->name.isEmpty() ? n->registry : tr("%1 (%2)").arg(n->name, n->registry);
    case TreeNode::Kind::Folder: return QString(n->name + u'/');
    case TreeNode::Kind::Repository: return n->empty ? tr("%1 (no tags)").arg(n->name) : n->name;
    case TreeNode::Kind::Tag: return n->isIndexTag() ? tr("%1 (index)").arg(n->name) : n->name;
    case TreeNode::Kind::Platform: return n->name;
    case TreeNode::Kind::Loading: return tr("Loading…");
    case TreeNode::Kind::Error:
        if (n->parent && n->parent->catalogRefused)
            return tr("%1 does not list its repositories to you. Add them by name: Registry > Add Repository…")
                .arg(n->registry);
        return n->message;
    case TreeNode::Kind::Note:
        if (n->parent && n->parent->kind == TreeNode::Kind::Repository)
            return tr("No tags. Space is reclaimed only after the registry's garbage collection.");
        return tr("Listing stopped after %n repositories. Refresh (F5) loads the rest.", nullptr,
                  n->parent ? int(n->parent->repositories.size()) : 0);
    case TreeNode::Kind::HarborProject:
    case TreeNode::Kind::HarborArtifact:
    case TreeNode::Kind::Root: break;
    }
    return {};
}

QVariant RegistryTreeModel::toolTip(const TreeNode *n) const
{
    switch (n->kind) {
    case TreeNode::Kind::Repository:
        if (n->empty)
            return tr("Every tag of %1 has been deleted. The registry still lists the repository; its space "
                      "returns only after the registry's garbage collection runs.").arg(n->repository);
        return n->reference();
    case TreeNode::Kind::Tag:
    case TreeNode::Kind::Platform:
        return n->digest.isEmpty() ? n->reference() : QString(n->reference() + u'\n' + n->digest);
    case TreeNode::Kind::Error:
        return tr("%1\nPress Refresh (F5) to try again.").arg(n->message);
    case TreeNode::Kind::Note: return display(n);
    case TreeNode::Kind::Registry:
        if (m_connections->entry(n->registry).insecure)
            return tr("%1\nInsecure: certificates are not checked and plain HTTP is allowed; anyone on the network "
                      "can read or change what goes to and from this registry.").arg(n->registry);
        return n->registry;
    default: return {};
    }
}

QVariant RegistryTreeModel::decoration(const TreeNode *n) const
{
    switch (n->kind) {
    case TreeNode::Kind::Registry:
        // The insecure flag stays visible on the registry itself, not only in its dialog.
        return icon(m_connections->entry(n->registry).insecure ? IconId::Error : IconId::Registry);
    case TreeNode::Kind::Folder: return icon(IconId::Folder);
    case TreeNode::Kind::Repository: return icon(n->empty ? IconId::EmptyRepository : IconId::Repository);
    case TreeNode::Kind::Tag:
        if (n->mediaType.isEmpty())
            requestProbe(const_cast<TreeNode *>(n));
        return icon(n->isIndexTag() ? IconId::Index : IconId::Tag);
    case TreeNode::Kind::Platform: return icon(IconId::Platform);
    case TreeNode::Kind::Loading: return icon(IconId::Loading);
    case TreeNode::Kind::Error: return icon(IconId::Error);
    case TreeNode::Kind::Note:
    case TreeNode::Kind::HarborProject:
    case TreeNode::Kind::HarborArtifact:
    case TreeNode::Kind::Root: break;
    }
    return {};
}

QVariant RegistryTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (section == 0 && orientation == Qt::Horizontal && role == Qt::DisplayRole)
        return tr("Registries");
    return {};
}

void RegistryTreeModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, 0);
    // Only rows with translated text change; a whole-level dataChanged per parent is cheap.
    std::vector<const TreeNode *> stack{m_root.get()};
    while (!stack.empty()) {
        const TreeNode *n = stack.back();
        stack.pop_back();
        if (!n->children.empty()) {
            emit dataChanged(indexOf(n->children.front().get()), indexOf(n->children.back().get()),
                             {Qt::DisplayRole, Qt::ToolTipRole});
            for (const auto &c : n->children)
                stack.push_back(c.get());
        }
    }
}

} // namespace berth
