#pragma once
// Paints one transfer: icon and title, a progress bar in the style's own look, and a line with
// bytes, speed and ETA, or the outcome (a failure's one-line error in the negative colour).

#include <QStyledItemDelegate>

namespace berth {

class TransferDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TransferDelegate)
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace berth
