#pragma once
// Lets the registry tree take a dropped OCI layout folder or docker-archive tar: on a registry,
// namespace folder, repository or tag row, a drop means "push this there".

#include <QModelIndex>
#include <QObject>

class QAbstractItemView;
class QDropEvent;

namespace berth {

class TransferDropFilter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TransferDropFilter)
public:
    // Installs itself on the view's viewport; the view's model carries RegistryTreeModel's roles.
    explicit TransferDropFilter(QAbstractItemView *view);

signals:
    // index: a row of the view's model; path: the local folder or file dropped on it.
    void dropped(const QModelIndex &index, const QString &path);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QModelIndex targetOf(const QDropEvent *event, QString *path) const;

    QAbstractItemView *m_view;
};

} // namespace berth
