#include "detailstables.h"

#include "detailsloader.h"
#include "format.h"

#include <QFontDatabase>
#include <QHeaderView>

namespace berth {

DetailsTable::DetailsTable(Content content, QWidget *parent) : QTableWidget(parent), m_content(content)
{
    setEditTriggers(NoEditTriggers);
    setSelectionBehavior(SelectRows);
    setAlternatingRowColors(true);
    setWordWrap(false);
    verticalHeader()->setVisible(false);
    horizontalHeader()->setStretchLastSection(true);
}

void DetailsTable::setRow(int row, const QStringList &cells, const QString &digest)
{
    for (int c = 0; c < cells.size(); ++c) {
        auto *item = new QTableWidgetItem(cells.at(c));
        item->setToolTip(digest);
        if (cells.at(c) == digest)
            item->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
        setItem(row, c, item);
    }
}

void DetailsTable::show(const ImageDetails &details)
{
    clearContents();
    const Manifest &m = details.manifest;
    if (m_content == Content::Layers) {
        // Artifacts name their blobs (a chart's .tgz, an SBOM's .json): a Title column when any does.
        bool titled = false;
        setColumnCount(5);
        setHorizontalHeaderLabels({tr("#"), tr("Title"), tr("Size"), tr("Media type"), tr("Digest")});
        setRowCount(int(m.layers.size()));
        for (int i = 0; i < m.layers.size(); ++i) {
            const Descriptor &d = m.layers.at(i);
            const QString title = d.annotations.value(QStringLiteral("org.opencontainers.image.title"));
            titled = titled || !title.isEmpty();
            setRow(i, {QString::number(i + 1), title, Format::size(d.size), Format::mediaType(d.mediaType), d.digest},
                   d.digest);
            item(i, 2)->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        }
        setColumnHidden(1, !titled);
    } else {
        setColumnCount(4);
        setHorizontalHeaderLabels({tr("Platform"), tr("Size"), tr("Media type"), tr("Digest")});
        setRowCount(int(m.manifests.size()));
        for (int i = 0; i < m.manifests.size(); ++i) {
            const Descriptor &d = m.manifests.at(i);
            const QString platform = d.platform ? d.platform->toString() : tr("(none)");
            setRow(i, {platform, Format::size(d.size), Format::mediaType(d.mediaType), d.digest}, d.digest);
        }
    }
    resizeColumnsToContents();
}

} // namespace berth
