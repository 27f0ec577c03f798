#include "transferdrop.h"

#include "registrytreemodel.h"

#include <QAbstractItemView>
#include <QDropEvent>
#include <QMimeData>
#include <QUrl>

namespace berth {

TransferDropFilter::TransferDropFilter(QAbstractItemView *view) : QObject(view), m_view(view)
{
    m_view->viewport()->setAcceptDrops(true);
    m_view->viewport()->installEventFilter(this);
}

QModelIndex TransferDropFilter::targetOf(const QDropEvent *event, QString *path) const
{
    const QMimeData *mime = event->mimeData();
    if (!mime || !mime->hasUrls() || mime->urls().size() != 1 || !mime->urls().first().isLocalFile())
        return {};
    const QModelIndex idx = m_view->indexAt(event->position().toPoint());
    switch (TreeNode::Kind(idx.data(RegistryTreeModel::KindRole).toInt())) {
    case TreeNode::Kind::Registry:
    case TreeNode::Kind::Folder:
    case TreeNode::Kind::Repository:
    case TreeNode::Kind::Tag:
        *path = mime->urls().first().toLocalFile();
        return idx;
    default:
        return {};
    }
}

bool TransferDropFilter::eventFilter(QObject *watched, QEvent *event)
{
    // Only drag and drop events touch the view: others arrive while it is being destroyed.
    const QEvent::Type type = event->type();
    if (type != QEvent::DragEnter && type != QEvent::DragMove && type != QEvent::Drop)
        return false;
    if (watched != m_view->viewport())
        return false;
    switch (type) {
    case QEvent::DragEnter:
    case QEvent::DragMove: {
        auto *drag = static_cast<QDragMoveEvent *>(event);
        QString path;
        const QModelIndex idx = targetOf(drag, &path);
        if (idx.isValid()) {
            drag->setDropAction(Qt::CopyAction);
            drag->accept(m_view->visualRect(idx));
        } else if (event->type() == QEvent::DragEnter && drag->mimeData() && drag->mimeData()->hasUrls()) {
            drag->acceptProposedAction(); // keep receiving moves: a later row may take it
        } else {
            drag->ignore();
        }
        return true;
    }
    case QEvent::Drop: {
        auto *drop = static_cast<QDropEvent *>(event);
        QString path;
        const QModelIndex idx = targetOf(drop, &path);
        if (!idx.isValid()) {
            drop->ignore();
            return true;
        }
        drop->setDropAction(Qt::CopyAction);
        drop->accept();
        emit dropped(idx, path);
        return true;
    }
    default:
        return false;
    }
}

} // namespace berth
