// MainWindow: the registry and delete actions (dialogs, settings, keychain).
#include "mainwindow.h"

#include "deletedialog.h"
#include "importdialog.h"
#include "detailspane.h"
#include "registryconnections.h"
#include "registrydialog.h"
#include "registryfilterproxy.h"
#include "registrytreemodel.h"

#include "core/credentialstore.h"
#include "core/registrysettings.h"

#include <QMessageBox>
#include <QPointer>
#include <QStatusBar>
#include <QTreeView>

namespace berth {

namespace {
// Saves the entry, writes the secret to the keychain when one was typed, then drops the old
// client so the next request uses the new settings.
void store(RegistryConnections *connections, QWidget *window, const RegistryEntry &entry, const QString &secret)
{
    RegistrySettings *settings = connections->settings();
    settings->addOrUpdate(entry);
    Error error;
    if (!settings->save(&error))
        QMessageBox::warning(window, MainWindow::tr("Berth"), error.message);
    connections->removeTemporary(entry.registry);
    if (secret.isEmpty() || entry.username.isEmpty() || !connections->store()) {
        connections->invalidate(entry.registry);
        return;
    }
    CredentialJob *job = connections->store()->write(entry.registry, entry.username, secret);
    const QPointer<QWidget> guard(window);
    QObject::connect(job, &CredentialJob::finished, connections, [connections, job, guard, entry] {
        if (job->error() && guard)
            QMessageBox::warning(guard, MainWindow::tr("Berth"),
                                 MainWindow::tr("The password for %1 could not be saved in the keychain: %2")
                                     .arg(entry.registry, job->error().message));
        connections->invalidate(entry.registry);
    });
}
} // namespace

void MainWindow::addRegistry()
{
    RegistryDialog dialog(nullptr, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    store(m_connections, this, dialog.entry(), dialog.secret());
    const QModelIndex idx = m_model->registryIndex(dialog.entry().registry);
    if (idx.isValid()) {
        m_tree->setCurrentIndex(m_proxy->mapFromSource(idx));
        m_tree->expand(m_proxy->mapFromSource(idx));
    }
}

void MainWindow::importFromDocker()
{
    ImportDockerDialog dialog(m_connections->dockerConfig(), m_connections->settings(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    statusBar()->showMessage(tr("Imported %n registry(s) from Docker's configuration.", nullptr,
                                int(dialog.imported().size())), 5000);
}

void MainWindow::editRegistry()
{
    const QString registry = currentRole(RegistryTreeModel::RegistryRole);
    if (registry.isEmpty())
        return;
    RegistryDialog dialog(nullptr, this);
    dialog.setEntry(m_connections->entry(registry));
    if (dialog.exec() != QDialog::Accepted)
        return;
    const RegistryEntry entry = dialog.entry();
    if (entry.registry.compare(registry, Qt::CaseInsensitive) != 0)
        m_settings->remove(registry);
    store(m_connections, this, entry, dialog.secret());
}

void MainWindow::removeRegistry()
{
    const QString registry = currentRole(RegistryTreeModel::RegistryRole);
    if (registry.isEmpty())
        return;
    const auto answer = QMessageBox::question(
        this, tr("Remove Registry"),
        tr("Remove %1 from Berth? Nothing is deleted on the registry; its saved password is removed from the "
           "keychain.").arg(registry));
    if (answer != QMessageBox::Yes)
        return;
    const RegistryEntry entry = m_connections->entry(registry);
    if (!entry.username.isEmpty() && m_store)
        m_store->remove(entry.registry, entry.username);
    m_settings->remove(registry);
    Error error;
    if (!m_settings->save(&error))
        QMessageBox::warning(this, tr("Berth"), error.message);
    m_connections->invalidate(registry);
}

void MainWindow::deleteSelected()
{
    if (deleteSelectedTags())
        return;
    const QModelIndex idx = currentSourceIndex();
    const auto kind = TreeNode::Kind(idx.data(RegistryTreeModel::KindRole).toInt());
    if (kind != TreeNode::Kind::Tag && kind != TreeNode::Kind::Platform)
        return;
    const QString reference = kind == TreeNode::Kind::Tag ? idx.data(RegistryTreeModel::TagRole).toString()
                                                          : idx.data(RegistryTreeModel::DigestRole).toString();
    auto *dialog = new DeleteDialog(m_connections, idx.data(RegistryTreeModel::RegistryRole).toString(),
                                    idx.data(RegistryTreeModel::RepositoryRole).toString(), reference, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // The repository row, to reload once the manifest is gone.
    QModelIndex repo = idx;
    while (repo.isValid() && TreeNode::Kind(repo.data(RegistryTreeModel::KindRole).toInt()) != TreeNode::Kind::Repository)
        repo = repo.parent();
    const QPersistentModelIndex repoIndex(repo);
    connect(dialog, &DeleteDialog::deleted, this, [this, dialog, repoIndex] {
        statusBar()->showMessage(tr("Deleted %1.").arg(dialog->digest()), 6000);
        if (repoIndex.isValid())
            m_model->refresh(repoIndex);
        m_details->showIndex(currentSourceIndex());
    });
    dialog->open();
}

} // namespace berth
