#pragma once
// Sync… for plain registries: source and destination (saved registry + prefix), repository globs
// and a tag regex; "Show Plan" works out what would be copied, "Sync" hands each copy to the
// transfers panel. Rules can be saved and run again.

#include "core/syncplan.h"
#include "transferrequest.h"

#include <QDialog>
#include <QPointer>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace berth {

class RegistryConnections;

class SyncDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncDialog)
public:
    SyncDialog(RegistryConnections *connections, const QString &sourceRegistry = {}, QWidget *parent = nullptr);
    ~SyncDialog() override;

    // The rules as the fields say (the name is the chosen saved rule's, if any).
    SyncRules rules() const;
    void setRules(const SyncRules &rules);
    // Works out the plan (asynchronous; planReady or planFailed follow). Cancels a running one.
    void showPlan();
    void cancelPlan();
    bool isPlanning() const { return bool(m_planJob); }
    const SyncPlan &plan() const { return m_plan; }
    // Queues every Copy item of the plan (transfersRequested), then closes.
    void startSync();
    // Saves the current rules under name (replacing one of that name) in the registry settings.
    bool saveRule(const QString &name);
    void loadRule(const QString &name);

    QTableWidget *planTable() const { return m_table; }
    QComboBox *savedRules() const { return m_saved; }

signals:
    void planReady();
    void planFailed(const QString &message);
    void transfersRequested(const QList<berth::TransferRequest> &requests);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void fillPlan();
    void fillSaved();
    void rulesEdited();
    void askRuleName();
    void setBusy(bool busy);

    RegistryConnections *m_connections;
    SyncPlan m_plan;
    bool m_hasPlan = false;
    QPointer<SyncPlanJob> m_planJob;
    QString m_problem;

    QComboBox *m_saved;
    QPushButton *m_saveButton;
    QComboBox *m_source, *m_destination;
    QLineEdit *m_sourcePrefix, *m_destinationPrefix, *m_include, *m_exclude, *m_tags;
    QLabel *m_savedLabel, *m_sourceLabel, *m_destinationLabel, *m_includeLabel, *m_excludeLabel, *m_tagsLabel;
    QLabel *m_hint, *m_status;
    QTableWidget *m_table;
    QPushButton *m_planButton, *m_cancelButton, *m_syncButton, *m_closeButton;
};

} // namespace berth
