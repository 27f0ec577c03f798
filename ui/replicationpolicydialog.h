#pragma once
// New or edited Harbor replication policy: push or pull with its endpoint, source filters and
// triggers as the endpoint supports them (/registries/{id}/info), a 6-field cron checked while it is
// typed, flattening, bandwidth; saving goes to Harbor and closes only when Harbor accepted it.

#include "core/harborreplicationtypes.h"

#include <QDialog>
#include <QPointer>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QSpinBox;

namespace berth {

class HarborReplication;

class ReplicationPolicyDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReplicationPolicyDialog)
public:
    // existing.id 0: a new policy. endpoints: Harbor's registry endpoints to choose from.
    ReplicationPolicyDialog(HarborReplication *replication, const QList<HarborEndpoint> &endpoints,
                            const HarborReplicationPolicy &existing = {}, QWidget *parent = nullptr);

    HarborReplicationPolicy policy() const;
    bool canSave() const;
    QString statusText() const;
    QString cronError() const;
    // Whether the trigger combo offers it now (mode and the endpoint's supported triggers).
    bool offersTrigger(HarborTrigger trigger) const;
    // Whether the source filter of that type (name, tag, label, resource) can be set now.
    bool offersFilter(const QString &type) const;
    bool isInfoLoaded() const { return m_infoLoaded; }
    QRadioButton *pushButton() const { return m_push; }
    QRadioButton *pullButton() const { return m_pull; }
    QComboBox *triggerBox() const { return m_trigger; }
    QPushButton *saveButton() const { return m_save; }

signals:
    void infoLoaded();      // the chosen endpoint's capabilities arrived (or failed)
    void saved(qint64 id);  // Harbor accepted the policy; the dialog closes

private:
    void buildLayout();
    void fill(const HarborReplicationPolicy &p);
    void loadInfo();
    void applyCapabilities();
    void validate();
    void save();
    void setTriggerOffered(HarborTrigger trigger, bool offered);

    QPointer<HarborReplication> m_replication;
    QList<HarborEndpoint> m_endpoints;
    HarborReplicationPolicy m_existing;
    HarborEndpointInfo m_info;
    bool m_infoLoaded = false;
    bool m_busy = false;
    QString m_notice;      // loading, or what Harbor said; shown before validation messages
    int m_infoRequest = 0; // answers for an endpoint no longer chosen are dropped

    QLineEdit *m_name;
    QLineEdit *m_description;
    QRadioButton *m_push;
    QRadioButton *m_pull;
    QLabel *m_endpointLabel;
    QComboBox *m_endpoint;
    QGroupBox *m_filters;
    QLineEdit *m_nameFilter;
    QComboBox *m_tagMode;
    QLineEdit *m_tagFilter;
    QComboBox *m_labelMode;
    QLineEdit *m_labelFilter;
    QComboBox *m_resource;
    QLineEdit *m_namespace;
    QComboBox *m_flatten;
    QComboBox *m_trigger;
    QLineEdit *m_cron;
    QLabel *m_cronError;
    QCheckBox *m_deletion;
    QCheckBox *m_override;
    QSpinBox *m_bandwidth;
    QComboBox *m_unit;
    QCheckBox *m_chunk;
    QCheckBox *m_enabled;
    QLabel *m_status;
    QDialogButtonBox *m_buttons;
    QPushButton *m_save;
};

} // namespace berth
