#pragma once
// Clean-up of a repository: keep the newest N tags (by created date or version order) and/or those
// younger than D days, among the tags matching a pattern; a live preview of what goes and what
// stays (and why), a dry run, then the deletes as one job with progress.

#include "core/cleanupplan.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTreeWidget;

namespace berth {

class RegistryConnections;

class CleanupDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CleanupDialog)
public:
    CleanupDialog(RegistryConnections *connections, const QString &registry, const QString &repository,
                  QWidget *parent = nullptr);

    // The controls, for tests.
    QCheckBox *keepNewestBox() const { return m_keepNewest; }
    QSpinBox *keepNewestSpin() const { return m_newestSpin; }
    QComboBox *orderCombo() const { return m_order; }
    QCheckBox *keepYoungBox() const { return m_keepYoung; }
    QSpinBox *daysSpin() const { return m_daysSpin; }
    QLineEdit *patternEdit() const { return m_pattern; }
    QComboBox *syntaxCombo() const { return m_syntax; }
    QTreeWidget *preview() const { return m_preview; }
    QPushButton *dryRunButton() const { return m_dryRun; }
    QPushButton *deleteButton() const;

    bool isLoaded() const { return m_loaded; }
    CleanupRules rules() const;
    const CleanupPlan &plan() const { return m_plan; }
    QString summaryText() const;
    QString statusText() const;

    void accept() override;

signals:
    void loaded();
    void failed(const QString &message);
    void deleted(int manifests);

protected:
    void changeEvent(QEvent *event) override;

private:
    void load();
    void replan();
    void showPlan();
    void dryRun();
    void retranslateUi();
    void setStatus(const QString &text, bool error);

    RegistryConnections *m_connections;
    QString m_registry, m_repository;
    QList<TagInfo> m_tags;
    CleanupPlan m_plan;
    QLabel *m_intro;
    QGroupBox *m_rulesBox;
    QCheckBox *m_keepNewest;
    QSpinBox *m_newestSpin;
    QLabel *m_byLabel;
    QComboBox *m_order;
    QCheckBox *m_keepYoung;
    QSpinBox *m_daysSpin;
    QLabel *m_matchLabel;
    QLineEdit *m_pattern;
    QComboBox *m_syntax;
    QTreeWidget *m_preview;
    QLabel *m_summary;
    QProgressBar *m_progress;
    QLabel *m_status;
    QPushButton *m_dryRun;
    QDialogButtonBox *m_buttons;
    bool m_loaded = false;
    bool m_deleting = false;
    bool m_statusIsError = false;
    QString m_statusText;
};

} // namespace berth
