#include "transferpanel.h"

#include "transferdelegate.h"
#include "transfermodel.h"

#include <QAction>
#include <QEvent>
#include <QFileInfo>
#include <QLabel>
#include <QListView>
#include <QMenu>
#include <QStyle>
#include <QToolBar>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace berth {

TransferPanel::TransferPanel(TransferModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_bar(new QToolBar(this))
    , m_view(new QListView(this))
    , m_empty(new QLabel(m_view->viewport()))
    , m_cancel(new QAction(QIcon::fromTheme(u"process-stop"_s, style()->standardIcon(QStyle::SP_BrowserStop)), QString(), this))
    , m_retry(new QAction(QIcon::fromTheme(u"view-refresh"_s, style()->standardIcon(QStyle::SP_BrowserReload)), QString(), this))
    , m_open(new QAction(QIcon::fromTheme(u"folder-open"_s, style()->standardIcon(QStyle::SP_DirOpenIcon)), QString(), this))
    , m_clear(new QAction(QIcon::fromTheme(u"edit-clear-history"_s, style()->standardIcon(QStyle::SP_DialogResetButton)),
                          QString(), this))
{
    m_view->setObjectName(u"transferList"_s);
    m_view->setModel(m_model);
    m_view->setItemDelegate(new TransferDelegate(m_view));
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setUniformItemSizes(true);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->setMinimumHeight(60);
    auto *emptyLayout = new QVBoxLayout(m_view->viewport());
    emptyLayout->addWidget(m_empty);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setEnabled(false);
    m_empty->setWordWrap(true);

    m_cancel->setObjectName(u"cancelTransfer"_s);
    m_retry->setObjectName(u"retryTransfer"_s);
    m_open->setObjectName(u"openTransferFolder"_s);
    m_clear->setObjectName(u"clearFinishedTransfers"_s);
    m_cancel->setShortcut(QKeySequence::Delete);
    m_cancel->setShortcutContext(Qt::WidgetShortcut);
    m_view->addAction(m_cancel);
    m_bar->setIconSize(QSize(16, 16));
    m_bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_bar->addActions({m_cancel, m_retry, m_open});
    m_bar->addSeparator();
    m_bar->addAction(m_clear);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_bar);
    layout->addWidget(m_view, 1);

    connect(m_cancel, &QAction::triggered, this, [this] { m_model->cancel(currentRow()); });
    connect(m_retry, &QAction::triggered, this, [this] { m_model->retry(currentRow()); });
    connect(m_open, &QAction::triggered, this, &TransferPanel::openFolder);
    connect(m_clear, &QAction::triggered, m_model, &TransferModel::clearFinished);
    connect(m_view, &QListView::customContextMenuRequested, this, &TransferPanel::showContextMenu);
    connect(m_view, &QListView::doubleClicked, this, &TransferPanel::openFolder);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &TransferPanel::updateActions);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &TransferPanel::updateActions);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex &, int first) {
        m_view->setCurrentIndex(m_model->index(first)); // the newest transfer is the one acted on
        m_view->scrollTo(m_model->index(first));
        updateEmpty();
    });
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, [this] {
        updateEmpty();
        updateActions();
    });
    retranslateUi();
    updateActions();
    updateEmpty();
}

int TransferPanel::currentRow() const
{
    const QModelIndex idx = m_view->currentIndex();
    return idx.isValid() ? idx.row() : -1;
}

void TransferPanel::updateActions()
{
    const int row = currentRow();
    m_cancel->setEnabled(m_model->canCancel(row));
    m_retry->setEnabled(m_model->canRetry(row));
    m_open->setEnabled(row >= 0 && !m_model->index(row).data(TransferModel::OutputPathRole).toString().isEmpty());
    bool anyFinished = false;
    for (int r = 0; r < m_model->rowCount() && !anyFinished; ++r)
        anyFinished = !m_model->canCancel(r);
    m_clear->setEnabled(anyFinished);
}

void TransferPanel::updateEmpty()
{
    m_empty->setVisible(m_model->rowCount() == 0);
}

void TransferPanel::showContextMenu(const QPoint &pos)
{
    const QModelIndex idx = m_view->indexAt(pos);
    if (idx.isValid())
        m_view->setCurrentIndex(idx);
    updateActions();
    QMenu menu(this);
    if (idx.isValid()) {
        menu.addActions({m_cancel, m_retry, m_open});
        menu.addSeparator();
    }
    menu.addAction(m_clear);
    menu.exec(m_view->viewport()->mapToGlobal(pos));
}

void TransferPanel::openFolder()
{
    const QString path = m_model->index(currentRow()).data(TransferModel::OutputPathRole).toString();
    if (path.isEmpty())
        return;
    const QFileInfo info(path);
    // A layout is a folder to open; an archive is opened in the folder that holds it.
    const bool archive = m_model->request(currentRow()).format == TransferRequest::Format::DockerArchive;
    emit openFolderRequested(archive ? info.absolutePath() : info.absoluteFilePath());
}

void TransferPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void TransferPanel::retranslateUi()
{
    m_cancel->setText(tr("Cancel"));
    m_cancel->setToolTip(tr("Cancel the selected transfer (Del)"));
    m_retry->setText(tr("Retry"));
    m_retry->setToolTip(tr("Run the selected transfer again"));
    m_open->setText(tr("Open Folder"));
    m_open->setToolTip(tr("Show the pulled image in the file manager"));
    m_clear->setText(tr("Clear Finished"));
    m_clear->setToolTip(tr("Remove finished, failed and cancelled transfers from the list"));
    m_empty->setText(tr("No transfers. Pulls, pushes and copies will show here."));
    m_model->retranslate();
}

} // namespace berth
