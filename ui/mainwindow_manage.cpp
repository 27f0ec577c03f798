// MainWindow: untag, add tag, delete several tags, delete a repository, clean up.
#include "mainwindow.h"

#include "bulkdeletedialog.h"
#include "cleanupdialog.h"
#include "detailspane.h"
#include "icons.h"
#include "jobwatch.h"
#include "registryconnections.h"
#include "registryfilterproxy.h"
#include "registrytreemodel.h"
#include "retagdialog.h"

#include "core/untagjob.h"

#include <QAction>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>
#include <QTreeView>

namespace berth {

namespace {
TreeNode::Kind kindOf(const QModelIndex &idx)
{
    return TreeNode::Kind(idx.data(RegistryTreeModel::KindRole).toInt());
}

QPersistentModelIndex repositoryOf(QModelIndex idx)
{
    while (idx.isValid() && kindOf(idx) != TreeNode::Kind::Repository)
        idx = idx.parent();
    return QPersistentModelIndex(idx);
}
} // namespace

void MainWindow::createManage()
{
    // Several tags at once: delete them in one go.
    m_tree->setSelectionMode(QAbstractItemView::ExtendedSelection);
    auto make = [this](IconId id, const QString &name, void (MainWindow::*slot)()) {
        auto *a = new QAction(icon(id), QString(), this);
        a->setObjectName(name);
        connect(a, &QAction::triggered, this, slot);
        return a;
    };
    m_untagAct = make(IconId::Tag, QStringLiteral("untagAction"), &MainWindow::untagSelected);
    m_retagAct = make(IconId::Tag, QStringLiteral("retagAction"), &MainWindow::retagSelected);
    m_deleteRepoAct = make(IconId::Delete, QStringLiteral("deleteRepositoryAction"), &MainWindow::deleteRepository);
    m_cleanupAct = make(IconId::Delete, QStringLiteral("cleanupAction"), &MainWindow::cleanUpRepository);
    m_retagAct->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_G));
    m_retagAct->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_tree->addAction(m_retagAct);
    m_registryMenu->addSeparator();
    addManageActions(m_registryMenu);
    connect(m_tree->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] { updateActions(); });
}

void MainWindow::addManageActions(QMenu *menu)
{
    menu->addActions({m_untagAct, m_retagAct});
    menu->addSeparator();
    menu->addActions({m_cleanupAct, m_deleteRepoAct});
}

void MainWindow::retranslateManage()
{
    m_untagAct->setText(tr("Untag"));
    m_untagAct->setToolTip(tr("Remove this tag; the manifest and its other tags stay"));
    m_retagAct->setText(tr("Add Tag…"));
    m_retagAct->setToolTip(tr("Put this manifest under another tag as well (Ctrl+G)"));
    m_deleteRepoAct->setText(tr("Delete Repository…"));
    m_deleteRepoAct->setToolTip(tr("Delete every manifest of the repository, listed first"));
    m_cleanupAct->setText(tr("Clean Up…"));
    m_cleanupAct->setToolTip(tr("Delete old tags: keep the newest, the young, and what does not match"));
}

void MainWindow::updateManageActions()
{
    const QModelIndex idx = currentSourceIndex();
    const auto kind = kindOf(idx);
    const bool many = selectedTagIndexes().size() > 1;
    m_untagAct->setEnabled(kind == TreeNode::Kind::Tag && !many);
    m_retagAct->setEnabled((kind == TreeNode::Kind::Tag || kind == TreeNode::Kind::Platform) && !many);
    const bool repo = kind == TreeNode::Kind::Repository;
    m_deleteRepoAct->setEnabled(repo && !idx.data(RegistryTreeModel::EmptyRole).toBool());
    m_cleanupAct->setEnabled(repo && !idx.data(RegistryTreeModel::EmptyRole).toBool());
    if (many)
        m_deleteAct->setEnabled(true);
}

QList<QPersistentModelIndex> MainWindow::selectedTagIndexes() const
{
    QList<QPersistentModelIndex> out;
    for (const QModelIndex &proxyIdx : m_tree->selectionModel()->selectedRows()) {
        const QModelIndex idx = m_proxy->mapToSource(proxyIdx);
        if (kindOf(idx) == TreeNode::Kind::Tag)
            out << QPersistentModelIndex(idx);
    }
    return out;
}

bool MainWindow::deleteSelectedTags()
{
    const QList<QPersistentModelIndex> tags = selectedTagIndexes();
    if (tags.size() < 2)
        return false;
    const QString registry = tags.first().data(RegistryTreeModel::RegistryRole).toString();
    const QString repository = tags.first().data(RegistryTreeModel::RepositoryRole).toString();
    QStringList names;
    for (const QPersistentModelIndex &idx : tags) {
        if (idx.data(RegistryTreeModel::RegistryRole).toString() != registry
            || idx.data(RegistryTreeModel::RepositoryRole).toString() != repository) {
            QMessageBox::information(this, tr("Delete Tags"),
                                     tr("Select tags of one repository to delete them together."));
            return true;
        }
        names << idx.data(RegistryTreeModel::TagRole).toString();
    }
    openBulkDelete(registry, repository, names, repositoryOf(tags.first()));
    return true;
}

void MainWindow::deleteRepository()
{
    const QModelIndex idx = currentSourceIndex();
    if (kindOf(idx) != TreeNode::Kind::Repository)
        return;
    openBulkDelete(idx.data(RegistryTreeModel::RegistryRole).toString(),
                   idx.data(RegistryTreeModel::RepositoryRole).toString(), {}, QPersistentModelIndex(idx));
}

void MainWindow::openBulkDelete(const QString &registry, const QString &repository, const QStringList &tags,
                                const QPersistentModelIndex &repoIndex)
{
    auto *dialog = new BulkDeleteDialog(m_connections, registry, repository, tags, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &BulkDeleteDialog::deleted, this, [this, repoIndex, repository](int count) {
        statusBar()->showMessage(tr("Deleted %n manifest(s) of %1.", nullptr, count).arg(repository), 6000);
        if (repoIndex.isValid())
            m_model->refresh(repoIndex);
        m_details->showIndex(currentSourceIndex());
    });
    dialog->open();
}

void MainWindow::cleanUpRepository()
{
    const QModelIndex idx = currentSourceIndex();
    if (kindOf(idx) != TreeNode::Kind::Repository)
        return;
    const QString repository = idx.data(RegistryTreeModel::RepositoryRole).toString();
    auto *dialog = new CleanupDialog(m_connections, idx.data(RegistryTreeModel::RegistryRole).toString(), repository,
                                     this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QPersistentModelIndex repoIndex(idx);
    connect(dialog, &CleanupDialog::deleted, this, [this, repoIndex, repository](int count) {
        statusBar()->showMessage(tr("Clean-up of %1: deleted %n manifest(s).", nullptr, count).arg(repository), 6000);
        if (repoIndex.isValid())
            m_model->refresh(repoIndex);
    });
    dialog->open();
}

void MainWindow::retagSelected()
{
    const QModelIndex idx = currentSourceIndex();
    const auto kind = kindOf(idx);
    if (kind != TreeNode::Kind::Tag && kind != TreeNode::Kind::Platform)
        return;
    const QString reference = kind == TreeNode::Kind::Tag ? idx.data(RegistryTreeModel::TagRole).toString()
                                                          : idx.data(RegistryTreeModel::DigestRole).toString();
    auto *dialog = new RetagDialog(m_connections, idx.data(RegistryTreeModel::RegistryRole).toString(),
                                   idx.data(RegistryTreeModel::RepositoryRole).toString(), reference, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QPersistentModelIndex repoIndex = repositoryOf(idx);
    connect(dialog, &RetagDialog::retagged, this, [this, repoIndex](const QString &tag, const QString &digest) {
        statusBar()->showMessage(tr("Tagged %1 as %2.").arg(digest, tag), 6000);
        if (repoIndex.isValid())
            m_model->refresh(repoIndex);
    });
    dialog->open();
}

void MainWindow::untagSelected()
{
    const QModelIndex idx = currentSourceIndex();
    if (kindOf(idx) != TreeNode::Kind::Tag)
        return;
    const QString registry = idx.data(RegistryTreeModel::RegistryRole).toString();
    const QString repository = idx.data(RegistryTreeModel::RepositoryRole).toString();
    const QString tag = idx.data(RegistryTreeModel::TagRole).toString();
    const QPersistentModelIndex repoIndex = repositoryOf(idx);
    auto *box = new QMessageBox(QMessageBox::Question, tr("Untag"),
                                tr("Remove the tag %1:%2? The manifest stays in the repository, with its other tags.")
                                    .arg(repository, tag),
                                QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("untagConfirm"));
    QPushButton *untag = box->addButton(tr("Untag"), QMessageBox::AcceptRole);
    untag->setObjectName(QStringLiteral("untagButton"));
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box, untag, registry, repository, tag, repoIndex] {
        if (box->clickedButton() != untag)
            return;
        statusBar()->showMessage(tr("Removing the tag %1…").arg(tag));
        m_connections->withClient(registry, this, [this, registry, repository, tag, repoIndex](RegistryClient *client) {
            auto *job = new UntagJob(client, repository, tag);
            whenFinished(job, this, [this, job, repository, tag, repoIndex] {
                if (job->error()) {
                    statusBar()->clearMessage();
                    QMessageBox::warning(this, tr("Untag"), job->error().message);
                    return;
                }
                const QStringList others = job->remainingTags();
                statusBar()->showMessage(
                    !job->remainingKnown() ? tr("Untagged %1:%2.").arg(repository, tag)
                    : others.isEmpty()
                        ? tr("Untagged %1:%2. That was its only tag: the manifest stays, reachable by digest.")
                              .arg(repository, tag)
                        : tr("Untagged %1:%2. The manifest keeps its other tags: %3")
                              .arg(repository, tag, others.join(QStringLiteral(", "))),
                    10000);
                if (repoIndex.isValid())
                    m_model->refresh(repoIndex);
                m_details->showIndex(currentSourceIndex());
            });
            job->start();
        });
    });
    box->open();
}

} // namespace berth
