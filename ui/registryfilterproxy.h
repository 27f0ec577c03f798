#pragma once
// Filters the registry tree by name (parents of matches stay) and sorts it in natural order.

#include <QSortFilterProxyModel>

namespace berth {

class RegistryFilterProxy final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RegistryFilterProxy)
public:
    explicit RegistryFilterProxy(QObject *parent = nullptr);

    QString filterText() const { return m_text; }
    // Case-insensitive substring of the full name (repository, repo:tag, platform).
    void setFilterText(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    QString m_text;
};

} // namespace berth
