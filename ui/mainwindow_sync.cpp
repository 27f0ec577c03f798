// MainWindow: Sync… (plain registries): the dialog plans, each copy goes to the transfers panel.
#include "mainwindow.h"

#include "icons.h"
#include "registrytreemodel.h"
#include "syncdialog.h"

#include <QAction>
#include <QMenu>
#include <QStatusBar>

using namespace Qt::StringLiterals;

namespace berth {

void MainWindow::createSync()
{
    m_syncAct = new QAction(icon(IconId::Copy), QString(), this);
    m_syncAct->setObjectName(u"syncAction"_s);
    connect(m_syncAct, &QAction::triggered, this, &MainWindow::openSyncDialog);
    m_registryMenu->addSeparator();
    m_registryMenu->addAction(m_syncAct);
}

void MainWindow::retranslateSync()
{
    if (!m_syncAct)
        return;
    m_syncAct->setText(tr("Sync…"));
    m_syncAct->setToolTip(tr("Copy repositories and tags from one registry to another"));
}

void MainWindow::openSyncDialog()
{
    const QString registry = currentSourceIndex().data(RegistryTreeModel::RegistryRole).toString();
    auto *dialog = new SyncDialog(m_connections, registry, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SyncDialog::transfersRequested, this, [this](const QList<TransferRequest> &requests) {
        for (const TransferRequest &request : requests)
            submitTransfer(request);
        statusBar()->showMessage(tr("%n copy(ies) queued in the transfers panel.", nullptr, int(requests.size())), 6000);
    });
    dialog->open();
}

} // namespace berth
