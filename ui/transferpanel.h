#pragma once
// The transfers dock's content: the list of transfers with cancel, retry, open folder and clear
// finished (toolbar, context menu, double-click opens a finished pull's folder).

#include <QWidget>

class QAction;
class QLabel;
class QListView;
class QToolBar;

namespace berth {

class TransferModel;

class TransferPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TransferPanel)
public:
    explicit TransferPanel(TransferModel *model, QWidget *parent = nullptr);

    QListView *view() const { return m_view; }
    QAction *cancelAction() const { return m_cancel; }
    QAction *retryAction() const { return m_retry; }
    QAction *openFolderAction() const { return m_open; }
    QAction *clearAction() const { return m_clear; }

signals:
    // A finished pull's folder (or the archive's folder) is to be shown; the window opens it.
    void openFolderRequested(const QString &path);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateActions();
    void updateEmpty();
    int currentRow() const;
    void showContextMenu(const QPoint &pos);
    void openFolder();

    TransferModel *m_model;
    QToolBar *m_bar;
    QListView *m_view;
    QLabel *m_empty;
    QAction *m_cancel;
    QAction *m_retry;
    QAction *m_open;
    QAction *m_clear;
};

} // namespace berth
