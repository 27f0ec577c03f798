#include "registryfilterproxy.h"

#include "registrytreemodel.h"

#include "core/naturalsort.h"

namespace berth {

RegistryFilterProxy::RegistryFilterProxy(QObject *parent) : QSortFilterProxyModel(parent)
{
    setRecursiveFilteringEnabled(true);
    setDynamicSortFilter(true);
    setSortRole(RegistryTreeModel::NameRole);
}

void RegistryFilterProxy::setFilterText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_text)
        return;
#if QT_VERSION >= QT_VERSION_CHECK(6, 9, 0)
    beginFilterChange();
#endif
    m_text = trimmed;
    invalidateFilter();
}

bool RegistryFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex idx = sourceModel()->index(sourceRow, 0, sourceParent);
    const auto kind = TreeNode::Kind(idx.data(RegistryTreeModel::KindRole).toInt());
    if (m_text.isEmpty() || kind == TreeNode::Kind::Registry)
        return true;
    if (kind == TreeNode::Kind::Loading || kind == TreeNode::Kind::Error || kind == TreeNode::Kind::Note)
        return false;
    return idx.data(RegistryTreeModel::NameRole).toString().contains(m_text, Qt::CaseInsensitive);
}

bool RegistryFilterProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const auto *model = qobject_cast<const RegistryTreeModel *>(sourceModel());
    const TreeNode *a = model ? model->node(left) : nullptr;
    const TreeNode *b = model ? model->node(right) : nullptr;
    if (!a || !b)
        return QSortFilterProxyModel::lessThan(left, right);
    // Placeholders last; folders before repositories of the same level; then natural order.
    if (a->isPlaceholder() != b->isPlaceholder())
        return b->isPlaceholder();
    if (a->kind == TreeNode::Kind::Registry || b->kind == TreeNode::Kind::Registry)
        return a->row < b->row; // saved order
    if ((a->kind == TreeNode::Kind::Folder) != (b->kind == TreeNode::Kind::Folder))
        return a->kind == TreeNode::Kind::Folder;
    return naturalCompare(a->name, b->name) < 0;
}

} // namespace berth
