#pragma once
// The Overview tab: label/value rows (selectable text) and the pull command with a copy button.

#include <QWidget>

class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;

namespace berth {

class OverviewTab final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OverviewTab)
public:
    explicit OverviewTab(QWidget *parent = nullptr);

    // Replaces the rows (label, value); values are shown as plain text.
    void setRows(const QList<std::pair<QString, QString>> &rows);
    // Empty hides the pull command line.
    void setPullCommand(const QString &command);
    QString pullCommand() const;
    // The value shown for a label (tests).
    QString value(const QString &label) const;

signals:
    void copyRequested(const QString &text);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QFormLayout *m_form;
    QLabel *m_pullLabel;
    QLineEdit *m_pull;
    QPushButton *m_copy;
};

} // namespace berth
