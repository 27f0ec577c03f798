#pragma once
// Harbor's garbage collection (system administrators): the schedule, the history with freed space
// read from each run's log, run now (delete untagged, dry run), a run's log, stop a running one.
// For a plain Distribution registry, explainPlainRegistry() says how its space comes back.

#include "core/harboradmintypes.h"

#include <QDialog>

#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace berth {

class HarborAdmin;
class HarborClient;

class HarborGcDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HarborGcDialog)
public:
    HarborGcDialog(HarborClient *client, QWidget *parent = nullptr);

    // A message box (objectName plainGcExplanation) with the registry's own garbage-collect commands.
    static void explainPlainRegistry(const QString &registry, QWidget *parent);

    QComboBox *scheduleBox() const { return m_schedule; }
    QLineEdit *cronEdit() const { return m_cron; }
    QCheckBox *deleteUntaggedBox() const { return m_untagged; }
    QCheckBox *dryRunBox() const { return m_dryRun; }
    QPushButton *runButton() const { return m_run; }
    QPushButton *logButton() const { return m_log; }
    QPushButton *stopButton() const { return m_stop; }
    QPushButton *saveScheduleButton() const { return m_saveSchedule; }
    QTableWidget *history() const { return m_history; }
    QPlainTextEdit *logView() const { return m_logView; }
    QString statusText() const;
    bool isLoaded() const { return m_loaded; }

    void runNow();
    void saveSchedule();
    void showLog(); // of the selected run
    void reload();

signals:
    void loaded();
    void historyLoaded();
    void logShown();

private:
    void populate();
    void updateButtons();
    void scheduleChanged();
    void readFreedSpace();
    int selectedId() const;

    HarborAdmin *m_admin;
    std::optional<HarborPermissions> m_permissions;
    HarborGcSchedule m_current;
    bool m_hasSchedule = false;
    QList<HarborGcRun> m_runs;
    QComboBox *m_schedule;
    QLineEdit *m_cron;
    QLabel *m_next;
    QPushButton *m_saveSchedule;
    QCheckBox *m_untagged;
    QCheckBox *m_dryRun;
    QPushButton *m_run;
    QTableWidget *m_history;
    QPushButton *m_log;
    QPushButton *m_stop;
    QPlainTextEdit *m_logView;
    QLabel *m_status;
    bool m_loaded = false;
};

} // namespace berth
