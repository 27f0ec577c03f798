// MainWindow: browsing helpers — repositories added by name where there is no catalog, and the
// whole-catalog search behind the filter box.
#include "mainwindow.h"

#include "icons.h"
#include "registryconnections.h"
#include "registryfilterproxy.h"
#include "registrytreemodel.h"

#include "core/reference.h"
#include "core/registrysettings.h"

#include <QAction>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QStatusBar>
#include <QTreeView>

using namespace Qt::StringLiterals;

namespace berth {

void MainWindow::createBrowse()
{
    m_addRepoAct = new QAction(icon(IconId::Repository), QString(), this);
    m_addRepoAct->setObjectName(u"addRepositoryAction"_s);
    connect(m_addRepoAct, &QAction::triggered, this, [this] { addRepositoryByName(); });
    m_searchAllAct = m_filter->addAction(icon(IconId::Refresh), QLineEdit::TrailingPosition);
    m_searchAllAct->setObjectName(u"searchAllAction"_s);
    connect(m_searchAllAct, &QAction::triggered, this, &MainWindow::searchAllRepositories);
    connect(m_filter, &QLineEdit::returnPressed, this, [this] {
        if (!m_model->isLoadingCatalogs())
            searchAllRepositories();
    });
    m_registryMenu->insertAction(m_editAct, m_addRepoAct);
    connect(m_model, &RegistryTreeModel::catalogLoadingChanged, this, [this](bool loading) {
        retranslateBrowse();
        if (!loading && m_searching) {
            m_searching = false;
            int total = 0;
            for (int r = 0; r < m_model->rowCount(); ++r)
                total += m_model->repositoryCount(m_model->index(r, 0));
            statusBar()->showMessage(tr("%n repositories listed.", nullptr, total), 8000);
        }
    });
    // The error row of a registry without a catalog carries a link that adds a repository by name.
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex &parent, int first, int last) {
        if (TreeNode::Kind(parent.data(RegistryTreeModel::KindRole).toInt()) != TreeNode::Kind::Registry)
            return;
        for (int row = first; row <= last; ++row) {
            const QModelIndex idx = m_proxy->index(row, 0, parent);
            if (TreeNode::Kind(idx.data(RegistryTreeModel::KindRole).toInt()) == TreeNode::Kind::Error
                && idx.data(RegistryTreeModel::CatalogRefusedRole).toBool())
                m_tree->setIndexWidget(idx, catalogRefusedLabel(idx.data(RegistryTreeModel::RegistryRole).toString()));
        }
    });
}

QLabel *MainWindow::catalogRefusedLabel(const QString &registry)
{
    auto *label = new QLabel;
    label->setObjectName(u"catalogRefusedLabel"_s);
    label->setProperty("registry", registry);
    label->setAutoFillBackground(true);
    label->setTextFormat(Qt::RichText);
    label->setText(tr("%1 does not list its repositories to you.").arg(registry.toHtmlEscaped()) + u" <a href=\"add\">"_s
                   + tr("Add Repository…") + u"</a>"_s);
    connect(label, &QLabel::linkActivated, this, [this, registry] { addRepositoryByName(registry); });
    return label;
}

void MainWindow::retranslateBrowse()
{
    m_addRepoAct->setText(tr("Add Repository…"));
    m_addRepoAct->setToolTip(tr("Show a repository by name, for registries that do not list their repositories"));
    if (m_model->isLoadingCatalogs()) {
        m_searchAllAct->setIcon(QIcon::fromTheme(u"process-stop"_s, icon(IconId::Error)));
        m_searchAllAct->setText(tr("Stop listing repositories"));
    } else {
        m_searchAllAct->setIcon(icon(IconId::Refresh));
        m_searchAllAct->setText(tr("Search all repositories (Enter): list every repository of the selected "
                                   "registry, or of all registries, so the filter sees them"));
    }
    m_searchAllAct->setToolTip(m_searchAllAct->text());
    for (QLabel *label : m_tree->findChildren<QLabel *>(u"catalogRefusedLabel"_s)) {
        const QString registry = label->property("registry").toString();
        label->setText(tr("%1 does not list its repositories to you.").arg(registry.toHtmlEscaped())
                       + u" <a href=\"add\">"_s + tr("Add Repository…") + u"</a>"_s);
    }
}

void MainWindow::searchAllRepositories()
{
    if (m_model->isLoadingCatalogs()) {
        m_model->stopCatalogLoads();
        return;
    }
    // The selected registry, or every registry.
    QModelIndex registry = currentSourceIndex();
    while (registry.isValid()
           && TreeNode::Kind(registry.data(RegistryTreeModel::KindRole).toInt()) != TreeNode::Kind::Registry)
        registry = registry.parent();
    m_searching = true;
    m_model->loadCatalogs(registry);
    for (int r = 0; r < m_model->rowCount(); ++r) {
        const QModelIndex reg = m_model->index(r, 0);
        if (!registry.isValid() || reg == registry)
            m_tree->expand(m_proxy->mapFromSource(reg));
    }
    if (m_model->isLoadingCatalogs())
        statusBar()->showMessage(tr("Listing every repository (tags are not loaded)… Press the stop button in the "
                                    "filter box to stop."));
    else
        m_searching = false;
}

void MainWindow::addRepositoryByName(const QString &registryHint)
{
    QString registry = registryHint;
    if (registry.isEmpty())
        registry = currentRole(RegistryTreeModel::RegistryRole);
    const QList<RegistryEntry> entries = m_connections->entries();
    if (registry.isEmpty() && entries.size() == 1)
        registry = entries.constFirst().registry;
    if (registry.isEmpty()) {
        statusBar()->showMessage(tr("Select the registry to add a repository to."), 6000);
        return;
    }
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Add Repository"),
                                               tr("Repository on %1 (for example library/nginx or team/web):")
                                                   .arg(registry),
                                               QLineEdit::Normal, {}, &ok)
                             .trimmed();
    if (!ok || name.isEmpty())
        return;
    if (!ImageReference::isValidRepository(name)) {
        QMessageBox::warning(this, tr("Add Repository"),
                             tr("\"%1\" is not a repository name: lower-case letters, digits and . _ - separated "
                                "by /, such as team/web.").arg(name));
        return;
    }
    addRepository(registry, name);
}

void MainWindow::addRepository(const QString &registry, const QString &repository)
{
    // Saved registries remember it; one given on the command line keeps it for this run.
    if (auto entry = m_settings->find(registry)) {
        if (!entry->extraRepositories.contains(repository)) {
            entry->extraRepositories << repository;
            m_settings->update(*entry);
            Error error;
            if (!m_settings->save(&error))
                statusBar()->showMessage(error.message, 8000);
        }
    }
    m_model->addRepository(registry, repository);
    m_tree->expand(m_proxy->mapFromSource(m_model->registryIndex(registry)));
    statusBar()->showMessage(tr("Added %1 to %2.").arg(repository, registry), 6000);
}

} // namespace berth
