#pragma once
// Deletes many manifests of one repository in one job: a whole repository, or the manifests of the
// tags selected in the tree. Every manifest is listed with every tag that goes with it first.

#include "core/repositorydelete.h"

#include <QDialog>
#include <QStringList>

class QDialogButtonBox;
class QLabel;
class QProgressBar;
class QTreeWidget;

namespace berth {

class RegistryConnections;

class BulkDeleteDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BulkDeleteDialog)
public:
    // tags empty: the whole repository; otherwise the manifests these tags point at.
    BulkDeleteDialog(RegistryConnections *connections, const QString &registry, const QString &repository,
                     const QStringList &tags = {}, QWidget *parent = nullptr);

    bool isReady() const { return m_ready; }
    QStringList digests() const;
    // Every tag that goes, in the order listed.
    QStringList doomedTags() const;
    QTreeWidget *listView() const { return m_list; }
    QString statusText() const;

    void accept() override;

signals:
    void ready();
    void failed(const QString &message);
    void deleted(int manifests);

protected:
    void changeEvent(QEvent *event) override;

private:
    void load();
    void retranslateUi();
    void fail(const QString &message);

    RegistryConnections *m_connections;
    QString m_registry, m_repository;
    QStringList m_selected;
    QList<ManifestGroup> m_groups;
    QLabel *m_icon;
    QLabel *m_text;
    QTreeWidget *m_list;
    QLabel *m_note;
    QProgressBar *m_progress;
    QLabel *m_status;
    QDialogButtonBox *m_buttons;
    bool m_ready = false;
    bool m_deleting = false;
    QString m_error;
};

} // namespace berth
