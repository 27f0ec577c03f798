#include "transferdelegate.h"

#include "transfermodel.h"

#include <QApplication>
#include <QPainter>
#include <QStyle>

namespace berth {

namespace {
constexpr int Margin = 6;
constexpr int IconSize = 24;
constexpr int BarHeight = 14;
constexpr int Gap = 3;
} // namespace

QSize TransferDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    const int line = option.fontMetrics.height();
    return {400, Margin + line + Gap + BarHeight + Gap + line + Margin};
}

void TransferDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    // Background and selection as the style draws them, without the item's own text and icon.
    opt.text.clear();
    opt.icon = QIcon();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const auto state = TransferModel::State(index.data(TransferModel::StateRole).toInt());
    const bool selected = option.state & QStyle::State_Selected;
    const QPalette::ColorGroup group = option.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;
    const QColor text = option.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    QColor dim = text;
    dim.setAlphaF(0.7f);

    const QRect r = option.rect.adjusted(Margin, Margin, -Margin, -Margin);
    const int line = option.fontMetrics.height();
    const QIcon icon = index.data(Qt::DecorationRole).value<QIcon>();
    icon.paint(painter, QRect(r.left(), r.top() + (r.height() - IconSize) / 2, IconSize, IconSize),
               Qt::AlignCenter, QIcon::Normal);
    const int left = r.left() + IconSize + Margin * 2;
    const QRect content(left, r.top(), r.right() - left, r.height());

    painter->save();
    QFont bold = option.font;
    bold.setWeight(QFont::DemiBold);
    painter->setFont(bold);
    painter->setPen(text);
    const QRect titleRect(content.left(), content.top(), content.width(), line);
    painter->drawText(titleRect, Qt::AlignLeft | Qt::AlignVCenter,
                      QFontMetrics(bold).elidedText(index.data().toString(), Qt::ElideMiddle, titleRect.width()));

    QStyleOptionProgressBar bar;
    bar.initFrom(widget);
    bar.state = option.state | QStyle::State_Horizontal;
    bar.rect = QRect(content.left(), titleRect.bottom() + 1 + Gap, content.width(), BarHeight);
    const int progress = index.data(TransferModel::ProgressRole).toInt();
    bar.minimum = 0;
    bar.maximum = 1000;
    bar.progress = progress < 0 ? 0 : progress;
    bar.state &= ~QStyle::State_Selected;
    if (state == TransferModel::State::Failed || state == TransferModel::State::Cancelled)
        bar.state &= ~QStyle::State_Enabled; // greyed: the bar shows how far it got
    if (selected) // a highlight-coloured bar would vanish into the selection
        bar.palette.setColor(QPalette::Highlight, option.palette.color(QPalette::HighlightedText));
    bar.textVisible = false;
    style->drawControl(QStyle::CE_ProgressBar, &bar, painter, widget);

    painter->setFont(option.font);
    QColor detailColor = dim;
    if (state == TransferModel::State::Failed && !selected)
        detailColor = QColor(0xc0, 0x1c, 0x28); // the negative text colour of Breeze and Adwaita
    painter->setPen(detailColor);
    const QRect detailRect(content.left(), bar.rect.bottom() + 1 + Gap, content.width(), line);
    painter->drawText(detailRect, Qt::AlignLeft | Qt::AlignVCenter,
                      option.fontMetrics.elidedText(index.data(TransferModel::DetailRole).toString(), Qt::ElideRight,
                                                    detailRect.width()));
    painter->restore();
}

} // namespace berth
