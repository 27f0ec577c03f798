#pragma once
// New or edited Harbor replication endpoint: the provider from Harbor's adapters, its URL as
// adapterinfos says (free, fixed, or a region list), credentials, certificate checks, a connection
// test; saving goes to Harbor and only closes the dialog when Harbor accepted it.

#include "core/harborreplicationtypes.h"

#include <QDialog>
#include <QPointer>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace berth {

class HarborReplication;

class ReplicationEndpointDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReplicationEndpointDialog)
public:
    // existing.id 0: a new endpoint.
    ReplicationEndpointDialog(HarborReplication *replication, const HarborEndpoint &existing = {},
                              QWidget *parent = nullptr);

    // The endpoint as the fields say (with the existing id when editing).
    HarborEndpoint endpoint() const;
    bool isLoaded() const { return m_loaded; }
    bool canSave() const;
    QString statusText() const;
    QString testResultText() const;
    QComboBox *providerBox() const { return m_provider; }
    QComboBox *regionBox() const { return m_region; }
    QLineEdit *urlEdit() const { return m_url; }
    QPushButton *testButton() const { return m_test; }
    QPushButton *saveButton() const { return m_save; }

    // A readable name for an adapter ("docker-hub" -> "Docker Hub"); the adapter itself otherwise.
    static QString providerName(const QString &adapter);

signals:
    void loaded();           // providers arrived (or failed, with the message shown)
    void tested(bool ok);    // the connection test answered
    void saved(qint64 id);   // Harbor accepted the endpoint; the dialog closes

private:
    void loadProviders();
    void applyProvider();
    void validate();
    void testConnection();
    void save();
    void loadCaFile();
    void loadSecretFile();
    HarborAdapterInfo currentInfo() const;

    QPointer<HarborReplication> m_replication;
    HarborEndpoint m_existing;
    QList<HarborAdapterInfo> m_infos;
    bool m_loaded = false;
    bool m_busy = false;
    bool m_urlFromList = false; // a region chosen from adapterinfos' list
    bool m_urlPreset = false;   // the URL came from adapterinfos (fixed or a region)

    QComboBox *m_provider;
    QLineEdit *m_name;
    QLineEdit *m_description;
    QLineEdit *m_url;
    QComboBox *m_region;
    QLabel *m_urlNote;
    QLineEdit *m_accessKey;
    QLineEdit *m_secret;
    QPushButton *m_secretFile;
    QCheckBox *m_verify;
    QPlainTextEdit *m_ca;
    QPushButton *m_caFile;
    QPushButton *m_test;
    QLabel *m_testResult;
    QLabel *m_status;
    QDialogButtonBox *m_buttons;
    QPushButton *m_save;
};

} // namespace berth
