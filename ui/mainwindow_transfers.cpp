// MainWindow: pull, push and copy (dialogs, drops on the tree), the transfers dock, and quitting
// while transfers run.
#include "mainwindow.h"

#include "registryconnections.h"
#include "registryfilterproxy.h"
#include "registrytreemodel.h"
#include "transfercopydialog.h"
#include "transferdrop.h"
#include "transfermodel.h"
#include "transferpanel.h"
#include "transferplatformbox.h"
#include "transferpulldialog.h"
#include "transferpushdialog.h"
#include "transferrunner.h"

#include "core/registryclient.h"

#include <QAction>
#include <QCloseEvent>
#include <QDesktopServices>
#include <QDockWidget>
#include <QFileInfo>
#include <QMessageBox>
#include <QStatusBar>
#include <QTreeView>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace berth {

namespace {
TreeNode::Kind kindOf(const QModelIndex &idx)
{
    return TreeNode::Kind(idx.data(RegistryTreeModel::KindRole).toInt());
}

// The image a tag or platform row stands for; a platform row names its tag (the layout and the
// archive keep the tag's name) and the platform is chosen in the dialog.
std::optional<ImageReference> imageOf(const QModelIndex &idx)
{
    const TreeNode::Kind kind = kindOf(idx);
    if (kind != TreeNode::Kind::Tag && kind != TreeNode::Kind::Platform)
        return std::nullopt;
    ImageReference ref;
    ref.registry = idx.data(RegistryTreeModel::RegistryRole).toString();
    ref.repository = idx.data(RegistryTreeModel::RepositoryRole).toString();
    ref.tag = (kind == TreeNode::Kind::Tag ? idx : idx.parent()).data(RegistryTreeModel::TagRole).toString();
    if (ref.tag.isEmpty())
        ref.digest = idx.data(RegistryTreeModel::DigestRole).toString();
    return ref;
}
} // namespace

void MainWindow::createTransfers()
{
    m_pullAct->setObjectName(u"pullAction"_s);
    m_pushAct->setObjectName(u"pushAction"_s);
    m_copyAct->setObjectName(u"copyToAction"_s);
    m_transferRunner = new TransferRunner(this);
    m_transferModel = new TransferModel(m_transferRunner, this);
    m_transferPanel = new TransferPanel(m_transferModel, m_dock);
    connect(m_transferModel, &TransferModel::transferFinished, this, &MainWindow::transferEnded);
    connect(m_transferModel, &QAbstractItemModel::rowsInserted, this, [this] { m_dock->show(); });
    connect(m_transferPanel, &TransferPanel::openFolderRequested, this,
            [](const QString &path) { QDesktopServices::openUrl(QUrl::fromLocalFile(path)); });
    auto *drop = new TransferDropFilter(m_tree);
    connect(drop, &TransferDropFilter::dropped, this, [this](const QModelIndex &idx, const QString &path) {
        pushDropped(m_proxy->mapToSource(idx), path);
    });
}

void MainWindow::pullSelected()
{
    const QModelIndex idx = currentSourceIndex();
    const auto ref = imageOf(idx);
    if (!ref)
        return;
    auto *dialog = new TransferPullDialog(m_connections, *ref, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (kindOf(idx) == TreeNode::Kind::Platform)
        dialog->platformBox()->preselect(m_model->node(idx)->platform);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { submitTransfer(dialog->request()); });
    dialog->open();
}

void MainWindow::pushSelected()
{
    const QModelIndex idx = currentSourceIndex();
    const QString registry = idx.data(RegistryTreeModel::RegistryRole).toString();
    QString repository = idx.data(RegistryTreeModel::RepositoryRole).toString();
    if (kindOf(idx) == TreeNode::Kind::Folder)
        repository += u'/';
    QString tag = idx.data(RegistryTreeModel::TagRole).toString();
    auto *dialog = new TransferPushDialog(m_connections, registry, repository, tag, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { submitTransfer(dialog->request()); });
    dialog->open();
}

void MainWindow::pushDropped(const QModelIndex &idx, const QString &path)
{
    const TreeNode::Kind kind = kindOf(idx);
    QString repository = idx.data(RegistryTreeModel::RepositoryRole).toString();
    if (kind == TreeNode::Kind::Folder)
        repository += u'/';
    else if (kind == TreeNode::Kind::Registry)
        repository = QFileInfo(path).completeBaseName().toLower(); // a start the user can correct
    auto *dialog = new TransferPushDialog(m_connections, idx.data(RegistryTreeModel::RegistryRole).toString(),
                                          repository, idx.data(RegistryTreeModel::TagRole).toString(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setSource(path);
    dialog->setCompact(true);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { submitTransfer(dialog->request()); });
    dialog->open();
}

void MainWindow::copySelected()
{
    const auto ref = imageOf(currentSourceIndex());
    if (!ref)
        return;
    auto *dialog = new TransferCopyDialog(m_connections, *ref, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (kindOf(currentSourceIndex()) == TreeNode::Kind::Platform)
        dialog->platformBox()->preselect(m_model->node(currentSourceIndex())->platform);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { submitTransfer(dialog->request()); });
    dialog->open();
}

void MainWindow::submitTransfer(const TransferRequest &request)
{
    // The registries' options with their credentials, resolved here (keychain, Docker config) and
    // copied into the request: the transfer thread makes its own clients from these values.
    const QString first = request.kind == TransferRequest::Kind::Push ? request.target.registry : request.source.registry;
    m_connections->withClient(first, this, [this, request](RegistryClient *client) {
        TransferRequest r = request;
        if (r.kind == TransferRequest::Kind::Push) {
            r.target = client->options();
            m_transferModel->start(r);
            return;
        }
        r.source = client->options();
        if (r.kind == TransferRequest::Kind::Pull) {
            m_transferModel->start(r);
            return;
        }
        m_connections->withClient(r.target.registry, this, [this, r](RegistryClient *target) mutable {
            r.target = target->options();
            m_transferModel->start(r);
        });
    });
}

void MainWindow::transferEnded(int row)
{
    const QModelIndex idx = m_transferModel->index(row);
    const auto state = TransferModel::State(idx.data(TransferModel::StateRole).toInt());
    if (state == TransferModel::State::Failed)
        statusBar()->showMessage(idx.data(TransferModel::DetailRole).toString(), 8000);
    const TransferRequest &request = m_transferModel->request(row);
    if (state != TransferModel::State::Done || request.kind == TransferRequest::Kind::Pull)
        return;
    statusBar()->showMessage(tr("%1 is in the registry.").arg(request.to.toString()), 6000);
    // Show the new tag: reload its repository row, or the registry's catalog for a new repository.
    const QModelIndex registry = m_model->registryIndex(request.to.registry);
    if (!registry.isValid() || TreeNode::Fetch(registry.data(RegistryTreeModel::FetchStateRole).toInt())
                                   == TreeNode::Fetch::NotFetched)
        return;
    QList<QModelIndex> pending{registry};
    while (!pending.isEmpty()) {
        const QModelIndex parent = pending.takeFirst();
        for (int r = 0; r < m_model->rowCount(parent); ++r) {
            const QModelIndex child = m_model->index(r, 0, parent);
            const TreeNode::Kind kind = kindOf(child);
            if (kind == TreeNode::Kind::Folder)
                pending << child;
            if (kind != TreeNode::Kind::Repository || child.data(RegistryTreeModel::RepositoryRole).toString() != request.to.repository)
                continue;
            if (TreeNode::Fetch(child.data(RegistryTreeModel::FetchStateRole).toInt()) != TreeNode::Fetch::NotFetched)
                m_model->refresh(child);
            return;
        }
    }
    m_model->refresh(registry);
}

bool MainWindow::confirmCloseWithTransfers(QCloseEvent *event)
{
    const int active = m_transferModel->activeCount();
    if (active == 0)
        return true;
    event->ignore();
    if (m_closingTransfers)
        return false; // cancelled already; the window closes when the last one has ended
    const auto answer = QMessageBox::question(
        this, tr("Quit Berth"),
        tr("%n transfer(s) still running. Cancel them and quit? Nothing half-written is left behind.", nullptr, active),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer != QMessageBox::Yes)
        return false;
    m_closingTransfers = true;
    statusBar()->showMessage(tr("Cancelling transfers…"));
    connect(m_transferModel, &TransferModel::activeCountChanged, this, [this](int count) {
        if (count == 0)
            close();
    }, Qt::QueuedConnection);
    m_transferModel->cancelAll();
    return false;
}

} // namespace berth
