#include "referrerstab.h"

#include "format.h"

#include <QEvent>
#include <QFontDatabase>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace berth {

ReferrersTab::ReferrersTab(QWidget *parent)
    : QWidget(parent), m_status(new QLabel(this)), m_table(new QTableWidget(this))
{
    m_status->setObjectName(u"referrersStatus"_s);
    m_status->setWordWrap(true);
    m_status->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_status->setTextFormat(Qt::PlainText);
    m_table->setObjectName(u"referrersTable"_s);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnCount(4);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 6, 0, 0);
    layout->addWidget(m_status);
    layout->addWidget(m_table, 1);
    render();
}

void ReferrersTab::setLoading()
{
    m_state = State::Loading;
    m_list = {};
    render();
}

void ReferrersTab::setReferrers(const ReferrerList &list)
{
    m_state = State::Loaded;
    m_list = list;
    render();
}

void ReferrersTab::clear()
{
    m_state = State::Nothing;
    m_list = {};
    render();
}

QString ReferrersTab::statusText() const
{
    switch (m_state) {
    case State::Nothing: return {};
    case State::Loading: return tr("Looking for signatures, SBOMs and other artifacts that refer to this manifest…");
    case State::Loaded: break;
    }
    if (m_list.error)
        return tr("The referrers could not be listed: %1").arg(m_list.error.message);
    const QString source = m_list.fallback
                               ? tr("The registry has no referrers API; read from the tag %1.")
                                     .arg(u"sha256-"_s + m_list.digest.mid(7, 12) + u'…')
                               : tr("From the registry's referrers API.");
    if (m_list.referrers.isEmpty())
        return tr("No signatures, SBOMs or other artifacts refer to this manifest.") + u' ' + source;
    return tr("%n artifact(s) refer to this manifest.", nullptr, int(m_list.referrers.size())) + u' ' + source;
}

void ReferrersTab::render()
{
    m_status->setText(statusText());
    m_table->setHorizontalHeaderLabels({tr("Artifact type"), tr("Digest"), tr("Size"), tr("Annotations")});
    m_table->clearContents();
    m_table->setRowCount(int(m_list.referrers.size()));
    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    for (int i = 0; i < m_list.referrers.size(); ++i) {
        const Descriptor &d = m_list.referrers.at(i);
        QStringList annotations;
        for (auto it = d.annotations.begin(); it != d.annotations.end(); ++it)
            annotations << it.key() + u'=' + it.value();
        const QString type = d.artifactType.isEmpty() ? tr("(none)") : d.artifactType;
        const QStringList cells{type, Format::shortDigest(d.digest), Format::size(d.size), annotations.join(u"; "_s)};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            item->setToolTip(c == 3 ? annotations.join(u'\n') : d.digest + u'\n' + Format::mediaType(d.mediaType));
            if (c == 1)
                item->setFont(fixed);
            if (c == 2)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(i, c, item);
        }
    }
    m_table->setVisible(!m_list.referrers.isEmpty());
    m_table->resizeColumnsToContents();
}

void ReferrersTab::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        render();
    QWidget::changeEvent(event);
}

} // namespace berth
