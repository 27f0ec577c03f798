#include "mainwindow.h"

#include "detailspane.h"
#include "icons.h"
#include "languagemenu.h"
#include "registryconnections.h"
#include "registryfilterproxy.h"
#include "registrytreemodel.h"
#include "transferpanel.h"

#include "core/configdir.h"
#include "core/keychainstore.h"
#include "core/reference.h"
#include "core/registrysettings.h"
#include "core/translations.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QToolBar>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace berth {

MainWindow::MainWindow(const MainWindowOptions &options, QWidget *parent)
    : QMainWindow(parent)
    , m_settings(new RegistrySettings(configDir(options.configDir), this))
    , m_store(options.store ? options.store : new KeychainStore(this))
    , m_connections(new RegistryConnections(m_settings, m_store, this))
    , m_model(nullptr)
    , m_proxy(new RegistryFilterProxy(this))
    , m_ui(new QSettings(QDir(configDir(options.configDir)).filePath(u"berth.ini"_s), QSettings::IniFormat, this))
    , m_splitter(new QSplitter(this))
    , m_tree(new QTreeView(m_splitter))
    , m_details(new DetailsPane(m_connections, m_splitter))
    , m_filter(new QLineEdit(this))
    , m_dock(new QDockWidget(this))
    , m_language(new LanguageMenu(this))
{
    setObjectName(u"MainWindow"_s);
    setWindowIcon(icon(IconId::App));
    Error loadError;
    if (!m_settings->load(&loadError))
        QMetaObject::invokeMethod(this, [this, loadError] { statusBar()->showMessage(loadError.message); },
                                  Qt::QueuedConnection);
    for (const QString &arg : options.registries) {
        Error error;
        const auto registry = ImageReference::parseRegistry(arg, &error);
        if (!registry) {
            QMetaObject::invokeMethod(this, [this, error] { statusBar()->showMessage(error.message); },
                                      Qt::QueuedConnection);
            continue;
        }
        RegistryEntry entry;
        entry.registry = *registry;
        m_connections->addTemporary(entry);
    }
    m_model = new RegistryTreeModel(m_connections, this);
    m_proxy->setSourceModel(m_model);
    m_proxy->sort(0);

    m_tree->setObjectName(u"registryTree"_s);
    m_tree->setModel(m_proxy);
    m_tree->setHeaderHidden(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setContextMenuPolicy(Qt::CustomContextMenu);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->header()->setStretchLastSection(true);
    m_splitter->setObjectName(u"mainSplitter"_s);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({380, 900});
    setCentralWidget(m_splitter);

    m_filter->setObjectName(u"filterBox"_s);
    m_filter->setClearButtonEnabled(true);
    m_filter->setMaximumWidth(280);
    m_filter->addAction(icon(IconId::Find), QLineEdit::LeadingPosition);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &RegistryFilterProxy::setFilterText);
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (!text.trimmed().isEmpty())
            m_tree->expandAll();
    });

    createActions();
    createMenus();
    createToolBar();
    createDock();
    createManage();
    createBrowse();
    createHarbor();
    createSync();

    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this, [this] {
        m_details->showIndex(currentSourceIndex());
        updateActions();
    });
    connect(m_tree, &QTreeView::customContextMenuRequested, this, &MainWindow::showContextMenu);
    connect(m_details, &DetailsPane::copyRequested, this, &MainWindow::copyText);
    connect(m_model, &RegistryTreeModel::fetchFinished, this, [this](const QModelIndex &idx) {
        const auto kind = TreeNode::Kind(idx.data(RegistryTreeModel::KindRole).toInt());
        if (kind == TreeNode::Kind::Registry)
            statusBar()->showMessage(tr("%1 loaded.").arg(idx.data(RegistryTreeModel::RegistryRole).toString()), 4000);
    });
    connect(m_language, &LanguageMenu::languageChosen, this,
            [this](const QString &lang) { m_ui->setValue(u"language"_s, lang); });

    retranslateUi();
    updateActions();
    resize(1280, 800);
    restoreWindowState();
    if (m_model->rowCount() == 1)
        m_tree->expand(m_proxy->index(0, 0));
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    auto make = [this](IconId id, const QKeySequence &key, void (MainWindow::*slot)()) {
        auto *a = new QAction(icon(id), QString(), this);
        if (!key.isEmpty())
            a->setShortcut(key);
        if (slot)
            connect(a, &QAction::triggered, this, slot);
        return a;
    };
    m_addAct = make(IconId::Add, QKeySequence(Qt::CTRL | Qt::Key_N), &MainWindow::addRegistry);
    m_importAct = make(IconId::Add, {}, &MainWindow::importFromDocker);
    m_importAct->setObjectName(u"importDockerAction"_s);
    m_editAct = make(IconId::Settings, {}, &MainWindow::editRegistry);
    m_removeAct = make(IconId::Delete, {}, &MainWindow::removeRegistry);
    m_refreshAct = make(IconId::Refresh, QKeySequence(Qt::Key_F5), &MainWindow::refresh);
    m_pullAct = make(IconId::Pull, QKeySequence(Qt::CTRL | Qt::Key_P), &MainWindow::pullSelected);
    m_pushAct = make(IconId::Push, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P), &MainWindow::pushSelected);
    m_copyAct = make(IconId::Copy, QKeySequence(Qt::CTRL | Qt::Key_T), &MainWindow::copySelected);
    m_deleteAct = make(IconId::Delete, QKeySequence(QKeySequence::Delete), &MainWindow::deleteSelected);
    m_copyRefAct = make(IconId::Copy, QKeySequence(Qt::CTRL | Qt::Key_C), nullptr);
    m_copyDigestAct = make(IconId::Copy, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C), nullptr);
    m_copyPullAct = make(IconId::Copy, {}, nullptr);
    m_findAct = make(IconId::Find, QKeySequence(Qt::CTRL | Qt::Key_F), nullptr);
    m_quitAct = make(IconId::App, QKeySequence::Quit, nullptr);
    m_quitAct->setIcon(QIcon::fromTheme(u"application-exit"_s));
    m_aboutAct = make(IconId::App, {}, nullptr);
    m_deleteAct->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_tree->addAction(m_deleteAct);
    m_tree->addAction(m_copyRefAct);
    m_copyRefAct->setShortcutContext(Qt::WidgetShortcut);
    connect(m_copyRefAct, &QAction::triggered, this, [this] { copyText(currentRole(RegistryTreeModel::ReferenceRole)); });
    connect(m_copyDigestAct, &QAction::triggered, this, [this] { copyText(currentRole(RegistryTreeModel::DigestRole)); });
    connect(m_copyPullAct, &QAction::triggered, this,
            [this] { copyText(u"docker pull "_s + currentRole(RegistryTreeModel::ReferenceRole)); });
    connect(m_findAct, &QAction::triggered, this, [this] {
        m_filter->setFocus(Qt::ShortcutFocusReason);
        m_filter->selectAll();
    });
    connect(m_quitAct, &QAction::triggered, this, &QWidget::close);
    connect(m_aboutAct, &QAction::triggered, this, [this] {
        QMessageBox::about(this, tr("About Berth"),
                           tr("<h3>Berth %1</h3><p>A desktop client for container registries.</p>")
                               .arg(QStringLiteral(BERTH_VERSION)));
    });
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->addAction(m_addAct);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quitAct);
    m_editMenu = menuBar()->addMenu(QString());
    m_editMenu->addActions({m_copyRefAct, m_copyDigestAct, m_copyPullAct});
    m_editMenu->addSeparator();
    m_editMenu->addAction(m_findAct);
    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenu->addAction(m_refreshAct);
    m_transfersAct = m_dock->toggleViewAction();
    m_viewMenu->addAction(m_transfersAct);
    m_viewMenu->addSeparator();
    m_viewMenu->addMenu(m_language);
    m_registryMenu = menuBar()->addMenu(QString());
    m_registryMenu->addActions({m_addAct, m_importAct, m_editAct, m_removeAct});
    m_registryMenu->addSeparator();
    m_registryMenu->addActions({m_refreshAct, m_deleteAct});
    m_transfersMenu = menuBar()->addMenu(QString());
    m_transfersMenu->addActions({m_pullAct, m_pushAct, m_copyAct});
    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->addAction(m_aboutAct);
}

void MainWindow::createToolBar()
{
    QToolBar *bar = addToolBar(QString());
    bar->setObjectName(u"mainToolBar"_s);
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->setMovable(false);
    bar->addActions({m_addAct, m_refreshAct});
    bar->addSeparator();
    bar->addActions({m_pullAct, m_pushAct, m_copyAct, m_deleteAct});
    auto *spacer = new QWidget(bar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    bar->addWidget(spacer);
    bar->addWidget(m_filter);
}

void MainWindow::createDock()
{
    m_dock->setObjectName(u"transfersDock"_s);
    m_dock->setFeatures(QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable);
    createTransfers();
    m_dock->setWidget(m_transferPanel);
    addDockWidget(Qt::BottomDockWidgetArea, m_dock);
    resizeDocks({m_dock}, {190}, Qt::Vertical);
}

void MainWindow::retranslateUi()
{
    setWindowTitle(tr("Berth"));
    m_fileMenu->setTitle(tr("&File"));
    m_editMenu->setTitle(tr("&Edit"));
    m_viewMenu->setTitle(tr("&View"));
    m_registryMenu->setTitle(tr("&Registry"));
    m_transfersMenu->setTitle(tr("&Transfers"));
    m_helpMenu->setTitle(tr("&Help"));
    m_addAct->setText(tr("Add Registry…"));
    m_importAct->setText(tr("Import from Docker…"));
    m_importAct->setToolTip(tr("Add the registries of Docker's config.json"));
    m_addAct->setIconText(tr("Registry"));
    m_addAct->setToolTip(tr("Add a registry (Ctrl+N)"));
    m_editAct->setText(tr("Edit Registry…"));
    m_removeAct->setText(tr("Remove Registry"));
    m_refreshAct->setText(tr("Refresh"));
    m_refreshAct->setToolTip(tr("Reload the selected item from the registry (F5)"));
    m_pullAct->setText(tr("Pull…"));
    m_pullAct->setToolTip(tr("Pull the selected image to a folder or archive (Ctrl+P)"));
    m_pushAct->setText(tr("Push…"));
    m_pushAct->setToolTip(tr("Push an image from this computer to a registry (Ctrl+Shift+P)"));
    m_copyAct->setText(tr("Copy to…"));
    m_copyAct->setIconText(tr("Copy"));
    m_copyAct->setToolTip(tr("Copy the selected image to another registry (Ctrl+T)"));
    m_deleteAct->setText(tr("Delete…"));
    m_deleteAct->setToolTip(tr("Delete the selected tag or manifest (Del)"));
    m_copyRefAct->setText(tr("Copy Reference"));
    m_copyDigestAct->setText(tr("Copy Digest"));
    m_copyPullAct->setText(tr("Copy Pull Command"));
    if (m_untagAct)
        retranslateManage();
    m_findAct->setText(tr("Filter…"));
    m_quitAct->setText(tr("&Quit"));
    m_aboutAct->setText(tr("&About Berth"));
    m_transfersAct->setText(tr("Transfers Panel"));
    m_filter->setPlaceholderText(tr("Filter by name (Ctrl+F)"));
    m_dock->setWindowTitle(tr("Transfers"));
    retranslateBrowse();
    retranslateSync();
    if (!m_harborActs.isEmpty())
        retranslateHarbor();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        m_model->retranslate();
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!confirmCloseWithTransfers(event))
        return;
    saveWindowState();
    QMainWindow::closeEvent(event);
}

void MainWindow::restoreWindowState()
{
    restoreGeometry(m_ui->value(u"window/geometry"_s).toByteArray());
    restoreState(m_ui->value(u"window/state"_s).toByteArray());
    m_splitter->restoreState(m_ui->value(u"window/splitter"_s).toByteArray());
    const QString lang = m_ui->value(u"language"_s).toString();
    m_language->setLanguage(lang.isEmpty() ? systemLanguage() : lang);
}

void MainWindow::saveWindowState()
{
    m_ui->setValue(u"window/geometry"_s, saveGeometry());
    m_ui->setValue(u"window/state"_s, saveState());
    m_ui->setValue(u"window/splitter"_s, m_splitter->saveState());
    m_ui->sync();
}

QModelIndex MainWindow::currentSourceIndex() const
{
    return m_proxy->mapToSource(m_tree->currentIndex());
}

QString MainWindow::currentRole(int role) const
{
    return currentSourceIndex().data(role).toString();
}

void MainWindow::updateActions()
{
    const QModelIndex idx = currentSourceIndex();
    const auto kind = TreeNode::Kind(idx.data(RegistryTreeModel::KindRole).toInt());
    const bool image = kind == TreeNode::Kind::Tag || kind == TreeNode::Kind::Platform;
    const bool registry = kind == TreeNode::Kind::Registry;
    const QString reg = idx.data(RegistryTreeModel::RegistryRole).toString();
    m_editAct->setEnabled(registry);
    m_removeAct->setEnabled(registry && !m_connections->isTemporary(reg));
    m_deleteAct->setEnabled(image);
    m_copyRefAct->setEnabled(!idx.data(RegistryTreeModel::ReferenceRole).toString().isEmpty());
    m_copyDigestAct->setEnabled(!idx.data(RegistryTreeModel::DigestRole).toString().isEmpty());
    m_copyPullAct->setEnabled(image || kind == TreeNode::Kind::Repository);
    if (m_untagAct)
        updateManageActions();
    m_pullAct->setEnabled(image);
    m_copyAct->setEnabled(image);
    m_pushAct->setEnabled(!m_connections->entries().isEmpty());
}

void MainWindow::showContextMenu(const QPoint &pos)
{
    const QModelIndex idx = m_tree->indexAt(pos);
    if (idx.isValid())
        m_tree->setCurrentIndex(idx);
    updateActions();
    QMenu menu(this);
    const auto kind = TreeNode::Kind(currentSourceIndex().data(RegistryTreeModel::KindRole).toInt());
    if (idx.isValid() && harborContextMenu(&menu)) {
        menu.exec(m_tree->viewport()->mapToGlobal(pos));
        return;
    }
    if (!idx.isValid()) {
        menu.addAction(m_addAct);
    } else if (kind == TreeNode::Kind::Registry) {
        menu.addActions({m_refreshAct, m_copyRefAct});
        menu.addAction(m_addRepoAct);
        menu.addSeparator();
        menu.addAction(m_pushAct);
        menu.addAction(m_syncAct);
        menu.addAction(m_harborActs.value(u"harborGc"_s)); // how a plain registry's space comes back
        menu.addSeparator();
        menu.addActions({m_editAct, m_removeAct});
    } else {
        menu.addActions({m_refreshAct});
        menu.addSeparator();
        menu.addActions({m_copyRefAct, m_copyDigestAct, m_copyPullAct});
        menu.addSeparator();
        menu.addActions({m_pullAct, m_pushAct, m_copyAct, m_deleteAct});
        menu.addSeparator();
        addManageActions(&menu);
    }
    menu.exec(m_tree->viewport()->mapToGlobal(pos));
}

void MainWindow::refresh()
{
    const QModelIndex idx = currentSourceIndex();
    if (idx.isValid())
        m_model->refresh(idx);
    else
        m_model->refreshAll();
    m_details->showIndex(currentSourceIndex());
}

void MainWindow::copyText(const QString &text)
{
    if (text.isEmpty())
        return;
    QApplication::clipboard()->setText(text);
    statusBar()->showMessage(tr("Copied: %1").arg(text), 4000);
}

} // namespace berth
