#pragma once
// The main window: registry tree on the left, details on the right, transfers at the bottom.

#include <QHash>
#include <QMainWindow>
#include <QPersistentModelIndex>
#include <QStringList>

#include <functional>

class QAction;
class QDockWidget;
class QLabel;
class QLineEdit;
class QMenu;
class QSettings;
class QSplitter;
class QTreeView;

namespace berth {

class CredentialStore;
class HarborClient;
class Job;
class DetailsPane;
class LanguageMenu;
class RegistryConnections;
class RegistryFilterProxy;
class RegistrySettings;
class RegistryTreeModel;
class TransferModel;
class TransferPanel;
class TransferRunner;
struct TransferRequest;
struct TreeNode;

struct MainWindowOptions {
    QString configDir;               // empty: berth::configDir()
    QStringList registries;          // added for this run, besides the saved ones
    CredentialStore *store = nullptr; // null: the OS keychain (KeychainStore)
};

class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)
public:
    explicit MainWindow(const MainWindowOptions &options = {}, QWidget *parent = nullptr);
    ~MainWindow() override;

    RegistryTreeModel *treeModel() const { return m_model; }
    RegistryFilterProxy *filterModel() const { return m_proxy; }
    QTreeView *treeView() const { return m_tree; }
    DetailsPane *detailsPane() const { return m_details; }
    RegistryConnections *connections() const { return m_connections; }
    TransferModel *transferModel() const { return m_transferModel; }
    TransferPanel *transferPanel() const { return m_transferPanel; }

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createMenus();
    void createToolBar();
    void createDock();
    void retranslateUi();
    void restoreWindowState();
    void saveWindowState();
    void updateActions();
    void showContextMenu(const QPoint &pos);
    QModelIndex currentSourceIndex() const;
    QString currentRole(int role) const;

    void addRegistry();
    void importFromDocker();
    void editRegistry();
    void removeRegistry();
    void refresh();
    void deleteSelected();
    void copyText(const QString &text);

    // Untag, add tag, multi-tag and repository delete, clean-up (mainwindow_manage.cpp).
    void createManage();
    void retranslateManage();
    void updateManageActions();
    void addManageActions(QMenu *menu);
    QList<QPersistentModelIndex> selectedTagIndexes() const;
    bool deleteSelectedTags(); // false: fewer than two tags selected
    void openBulkDelete(const QString &registry, const QString &repository, const QStringList &tags,
                        const QPersistentModelIndex &repoIndex);
    void untagSelected();
    void retagSelected();
    void deleteRepository();
    void cleanUpRepository();
    QAction *m_untagAct = nullptr, *m_retagAct = nullptr, *m_deleteRepoAct = nullptr, *m_cleanupAct = nullptr;

    // A Harbor's own tree: projects, artifacts, tags, scans (mainwindow_harbor.cpp).
    void createHarbor();
    void retranslateHarbor();
    bool harborContextMenu(QMenu *menu); // false: not a Harbor node, the usual menu applies
    void harborAction(const QString &which);
    void confirmHarbor(const QString &title, const QString &text, const QString &button,
                       const QPersistentModelIndex &refreshAt, std::function<Job *(HarborClient *)> run,
                       const QString &done);
    void runHarbor(const QString &registry, const QString &title, const QPersistentModelIndex &refreshAt,
                   std::function<Job *(HarborClient *)> run, const QString &done);
    QHash<QString, QAction *> m_harborActs;

    // mainwindow_browse.cpp
    void createBrowse();
    void retranslateBrowse();
    void searchAllRepositories();
    void addRepositoryByName(const QString &registryHint = {});
    void addRepository(const QString &registry, const QString &repository);
    QLabel *catalogRefusedLabel(const QString &registry);

    // Transfers (mainwindow_transfers.cpp).
    void createTransfers();
    void pullSelected();
    void pushSelected();
    void pushDropped(const QModelIndex &sourceIndex, const QString &path);
    void copySelected();
    void submitTransfer(const TransferRequest &request);
    void transferEnded(int row);
    bool confirmCloseWithTransfers(QCloseEvent *event);

    // Sync of plain registries (mainwindow_sync.cpp).
    void createSync();
    void retranslateSync();
    void openSyncDialog();
    QAction *m_syncAct = nullptr;

    RegistrySettings *m_settings;
    CredentialStore *m_store;
    RegistryConnections *m_connections;
    RegistryTreeModel *m_model;
    RegistryFilterProxy *m_proxy;
    QSettings *m_ui;
    QSplitter *m_splitter;
    QTreeView *m_tree;
    DetailsPane *m_details;
    QLineEdit *m_filter;
    QDockWidget *m_dock;
    TransferRunner *m_transferRunner = nullptr;
    TransferModel *m_transferModel = nullptr;
    TransferPanel *m_transferPanel = nullptr;
    bool m_closingTransfers = false;
    LanguageMenu *m_language;
    QAction *m_addRepoAct = nullptr, *m_searchAllAct = nullptr;
    bool m_searching = false;
    QMenu *m_fileMenu = nullptr, *m_editMenu = nullptr, *m_viewMenu = nullptr, *m_registryMenu = nullptr,
          *m_transfersMenu = nullptr, *m_helpMenu = nullptr;
    QAction *m_importAct = nullptr;
    QAction *m_addAct = nullptr, *m_editAct = nullptr, *m_removeAct = nullptr, *m_refreshAct = nullptr,
            *m_pullAct = nullptr, *m_pushAct = nullptr, *m_copyAct = nullptr, *m_deleteAct = nullptr,
            *m_copyRefAct = nullptr, *m_copyDigestAct = nullptr, *m_copyPullAct = nullptr, *m_findAct = nullptr,
            *m_quitAct = nullptr, *m_aboutAct = nullptr, *m_transfersAct = nullptr;
};

} // namespace berth
