#pragma once
// Harbor's audit log: filters (user, operation, resource type, resource, time range), one page at
// a time from the server, sorted by the server (a header click sets Harbor's sort parameter and
// starts again at page 1), and export of every matching entry to CSV.

#include "core/harboradmintypes.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace berth {

class HarborAdmin;
class HarborClient;

class HarborAuditDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HarborAuditDialog)
public:
    HarborAuditDialog(HarborClient *client, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    QLineEdit *userEdit() const { return m_user; }
    QComboBox *operationBox() const { return m_operation; }
    QComboBox *resourceTypeBox() const { return m_resourceType; }
    QCheckBox *fromBox() const { return m_fromOn; }
    QDateTimeEdit *fromEdit() const { return m_from; }
    QCheckBox *toBox() const { return m_toOn; }
    QDateTimeEdit *toEdit() const { return m_to; }
    QPushButton *previousButton() const { return m_previous; }
    QPushButton *nextButton() const { return m_next; }
    QString pageText() const;
    QString statusText() const;
    HarborAuditQuery query() const { return m_query; }
    int page() const { return m_query.page; }
    int pageCount() const;
    qint64 total() const { return m_total; }
    bool isLoading() const { return m_loading; }
    void setPageSize(int size);

    void search();          // the filters as they are, page 1
    void goToPage(int page);
    void sortBy(int column); // the same column again reverses the order
    // Writes every matching entry (all pages) to path; QFileDialog's choice in the GUI.
    void exportCsv(const QString &path);

signals:
    void pageLoaded();
    void exported(const QString &path, int count); // count -1: failed (statusText says why)

private:
    void load();
    void chooseExportFile();

    HarborAdmin *m_admin;
    HarborAuditQuery m_query;
    qint64 m_total = -1;
    bool m_loading = false;
    int m_generation = 0;
    QLineEdit *m_user;
    QComboBox *m_operation;
    QComboBox *m_resourceType;
    QLineEdit *m_resource;
    QCheckBox *m_fromOn;
    QDateTimeEdit *m_from;
    QCheckBox *m_toOn;
    QDateTimeEdit *m_to;
    QTableWidget *m_table;
    QPushButton *m_previous;
    QPushButton *m_next;
    QPushButton *m_export;
    QLabel *m_page;
    QLabel *m_status;
};

} // namespace berth
