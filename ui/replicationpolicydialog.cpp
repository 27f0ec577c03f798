#include "replicationpolicydialog.h"

#include "jobwatch.h"

#include "core/harborreplication.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace berth {

namespace {
constexpr int kMbps = 1024; // Harbor's UI counts 1 Mbps as 1024 Kbps

QWidget *row(QWidget *parent, std::initializer_list<std::pair<QWidget *, int>> widgets)
{
    auto *w = new QWidget(parent);
    auto *l = new QHBoxLayout(w);
    l->setContentsMargins(0, 0, 0, 0);
    for (const auto &[widget, stretch] : widgets)
        l->addWidget(widget, stretch);
    return w;
}
} // namespace

ReplicationPolicyDialog::ReplicationPolicyDialog(HarborReplication *replication, const QList<HarborEndpoint> &endpoints,
                                                 const HarborReplicationPolicy &existing, QWidget *parent)
    : QDialog(parent), m_replication(replication), m_endpoints(endpoints), m_existing(existing),
      m_name(new QLineEdit(this)), m_description(new QLineEdit(this)), m_push(new QRadioButton(this)),
      m_pull(new QRadioButton(this)), m_endpointLabel(new QLabel(this)), m_endpoint(new QComboBox(this)),
      m_filters(new QGroupBox(this)), m_nameFilter(new QLineEdit(this)), m_tagMode(new QComboBox(this)),
      m_tagFilter(new QLineEdit(this)), m_labelMode(new QComboBox(this)), m_labelFilter(new QLineEdit(this)),
      m_resource(new QComboBox(this)), m_namespace(new QLineEdit(this)), m_flatten(new QComboBox(this)),
      m_trigger(new QComboBox(this)), m_cron(new QLineEdit(this)), m_cronError(new QLabel(this)),
      m_deletion(new QCheckBox(this)), m_override(new QCheckBox(this)), m_bandwidth(new QSpinBox(this)),
      m_unit(new QComboBox(this)), m_chunk(new QCheckBox(this)), m_enabled(new QCheckBox(this)),
      m_status(new QLabel(this)), m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this)),
      m_save(m_buttons->addButton(tr("&Save"), QDialogButtonBox::AcceptRole))
{
    setWindowTitle(existing.id ? tr("Edit Replication Policy %1").arg(existing.name) : tr("New Replication Policy"));
    const std::initializer_list<std::pair<QWidget *, const char16_t *>> names{
        {m_name, u"name"}, {m_description, u"description"}, {m_push, u"push"}, {m_pull, u"pull"},
        {m_endpoint, u"endpoint"}, {m_nameFilter, u"nameFilter"}, {m_tagMode, u"tagMode"},
        {m_tagFilter, u"tagFilter"}, {m_labelMode, u"labelMode"}, {m_labelFilter, u"labelFilter"},
        {m_resource, u"resourceFilter"}, {m_namespace, u"destNamespace"}, {m_flatten, u"flatten"},
        {m_trigger, u"trigger"}, {m_cron, u"cron"}, {m_cronError, u"cronError"}, {m_deletion, u"deletion"},
        {m_override, u"override"}, {m_bandwidth, u"bandwidth"}, {m_unit, u"bandwidthUnit"},
        {m_chunk, u"copyByChunk"}, {m_enabled, u"enabled"}, {m_status, u"status"}, {m_save, u"saveButton"}};
    for (const auto &[w, name] : names)
        w->setObjectName(QString::fromUtf16(name));
    buildLayout();

    for (const HarborEndpoint &e : endpoints)
        m_endpoint->addItem(tr("%1 (%2)").arg(e.name, e.url), e.id);
    fill(existing);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &ReplicationPolicyDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_push, &QRadioButton::toggled, this, &ReplicationPolicyDialog::applyCapabilities);
    connect(m_endpoint, &QComboBox::currentIndexChanged, this, &ReplicationPolicyDialog::loadInfo);
    connect(m_trigger, &QComboBox::currentIndexChanged, this, &ReplicationPolicyDialog::validate);
    for (QLineEdit *e : {m_name, m_cron, m_namespace, m_nameFilter, m_tagFilter, m_labelFilter})
        connect(e, &QLineEdit::textChanged, this, &ReplicationPolicyDialog::validate);
    connect(m_bandwidth, &QSpinBox::valueChanged, this, &ReplicationPolicyDialog::validate);
    loadInfo();
}

void ReplicationPolicyDialog::buildLayout()
{
    m_push->setText(tr("Push-&based: from this Harbor to the endpoint"));
    m_pull->setText(tr("Pull-b&ased: from the endpoint into this Harbor"));
    m_name->setPlaceholderText(tr("a unique name"));
    m_nameFilter->setPlaceholderText(tr("e.g. library/** or team/{web,api}"));
    m_tagFilter->setPlaceholderText(tr("e.g. v1.* or {latest,stable}"));
    m_labelFilter->setPlaceholderText(tr("comma-separated"));
    m_namespace->setPlaceholderText(tr("empty: as the source"));
    m_cron->setPlaceholderText(tr("e.g. 0 0 2 * * *"));
    for (QComboBox *c : {m_tagMode, m_labelMode}) {
        c->addItem(tr("matching"), false);
        c->addItem(tr("excluding"), true);
    }
    m_flatten->addItem(tr("No flattening"), HarborReplicationPolicy::FlattenNone);
    m_flatten->addItem(tr("Flatten 1 level"), 1);
    m_flatten->addItem(tr("Flatten 2 levels"), 2);
    m_flatten->addItem(tr("Flatten 3 levels"), 3);
    m_flatten->addItem(tr("Flatten all levels"), HarborReplicationPolicy::FlattenAll);
    m_flatten->setToolTip(tr("How many leading path components of a source repository the destination "
                             "namespace replaces: a/b/c into ns with 1 level becomes ns/b/c, with all levels ns/c."));
    m_trigger->addItem(tr("Manual"), int(HarborTrigger::Manual));
    m_trigger->addItem(tr("Scheduled"), int(HarborTrigger::Scheduled));
    m_trigger->addItem(tr("Event based"), int(HarborTrigger::EventBased));
    m_cronError->setWordWrap(true);
    // Room for the longest message, so the dialog grows instead of squeezing it.
    m_cronError->setMinimumHeight(m_cronError->fontMetrics().lineSpacing() * 3);
    m_cronError->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_cronError->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_deletion->setText(tr("&Delete remote resources when they are deleted here"));
    m_override->setText(tr("&Override resources that exist at the destination"));
    m_chunk->setText(tr("Copy by &chunk"));
    m_enabled->setText(tr("&Enabled"));
    m_bandwidth->setRange(0, 10 * 1000 * 1000);
    m_bandwidth->setSpecialValueText(tr("Unlimited"));
    m_unit->addItem(tr("Kbps"), 1);
    m_unit->addItem(tr("Mbps"), kMbps);

    auto *basics = new QFormLayout;
    basics->addRow(tr("&Name:"), m_name);
    basics->addRow(tr("&Description:"), m_description);
    basics->addRow(tr("Mode:"), m_push);
    basics->addRow(QString(), m_pull);
    m_endpointLabel->setBuddy(m_endpoint);
    basics->addRow(m_endpointLabel, m_endpoint);

    m_filters->setTitle(tr("Source resources"));
    auto *filters = new QFormLayout(m_filters);
    filters->addRow(tr("Na&me:"), m_nameFilter);
    filters->addRow(tr("&Tag:"), row(m_filters, {{m_tagMode, 0}, {m_tagFilter, 1}}));
    filters->addRow(tr("&Label:"), row(m_filters, {{m_labelMode, 0}, {m_labelFilter, 1}}));
    filters->addRow(tr("&Resource:"), m_resource);

    auto *destination = new QGroupBox(tr("Destination"), this);
    auto *dest = new QFormLayout(destination);
    dest->addRow(tr("Names&pace:"), m_namespace);
    dest->addRow(tr("&Flattening:"), m_flatten);

    auto *when = new QGroupBox(tr("Trigger and options"), this);
    auto *trigger = new QFormLayout(when);
    trigger->addRow(tr("T&rigger:"), m_trigger);
    trigger->addRow(tr("&Cron:"), m_cron);
    trigger->addRow(QString(), m_cronError);
    trigger->addRow(QString(), m_deletion);
    trigger->addRow(QString(), m_override);
    trigger->addRow(tr("&Bandwidth:"), row(when, {{m_bandwidth, 1}, {m_unit, 0}}));
    trigger->addRow(QString(), m_chunk);
    trigger->addRow(QString(), m_enabled);

    auto *grid = new QGridLayout;
    grid->addLayout(basics, 0, 0, 1, 2);
    grid->addWidget(m_filters, 1, 0);
    grid->addWidget(destination, 2, 0);
    grid->addWidget(when, 1, 1, 2, 1);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);
    grid->setRowStretch(3, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(grid);
    layout->addWidget(m_status);
    layout->addWidget(m_buttons);
    setMinimumWidth(820);
}

void ReplicationPolicyDialog::fill(const HarborReplicationPolicy &p)
{
    m_name->setText(p.name);
    m_description->setText(p.description);
    (p.id && !p.isPush() ? m_pull : m_push)->setChecked(true);
    if (p.remoteRegistryId())
        m_endpoint->setCurrentIndex(std::max(0, m_endpoint->findData(p.remoteRegistryId())));
    m_nameFilter->setText(p.nameFilter);
    m_tagFilter->setText(p.tagFilter);
    m_tagMode->setCurrentIndex(p.tagExcludes ? 1 : 0);
    m_labelFilter->setText(p.labelFilter.join(u", "_s));
    m_labelMode->setCurrentIndex(p.labelExcludes ? 1 : 0);
    m_namespace->setText(p.destNamespace);
    m_flatten->setCurrentIndex(std::max(0, m_flatten->findData(p.flatten)));
    m_trigger->setCurrentIndex(m_trigger->findData(int(p.trigger)));
    m_cron->setText(p.cron);
    m_deletion->setChecked(p.deletion);
    m_override->setChecked(p.override);
    m_enabled->setChecked(p.enabled);
    m_chunk->setChecked(p.copyByChunk);
    const bool mbps = p.speedKbps >= kMbps && p.speedKbps % kMbps == 0;
    m_unit->setCurrentIndex(mbps ? 1 : 0);
    m_bandwidth->setValue(p.speedKbps <= 0 ? 0 : int(mbps ? p.speedKbps / kMbps : p.speedKbps));
}

void ReplicationPolicyDialog::loadInfo()
{
    m_infoLoaded = false;
    m_info = {};
    const int request = ++m_infoRequest;
    const qint64 id = m_endpoint->currentData().toLongLong();
    if (!m_replication || id == 0) {
        applyCapabilities();
        return;
    }
    m_notice = tr("Asking Harbor what the endpoint supports…");
    HarborRequest *info = m_replication->endpointInfo(id);
    whenFinished(info, this, [this, info, request] {
        if (request != m_infoRequest)
            return;
        m_infoLoaded = true;
        // Without the capabilities everything stays offered and Harbor judges when saving.
        if (!info->error())
            m_info = HarborEndpointInfo::fromJson(QJsonDocument::fromJson(info->body()).object());
        m_notice = info->error() ? tr("Could not ask Harbor what the endpoint supports: %1").arg(info->error().message)
                                 : QString();
        applyCapabilities();
        emit infoLoaded();
    });
}

bool ReplicationPolicyDialog::offersFilter(const QString &type) const
{
    // A push reads this Harbor, which has every filter; a pull reads the endpoint.
    if (m_push->isChecked() || m_info.filters.isEmpty())
        return true;
    return m_info.supportsFilter(type);
}

bool ReplicationPolicyDialog::offersTrigger(HarborTrigger trigger) const
{
    const int i = m_trigger->findData(int(trigger));
    const auto *model = qobject_cast<const QStandardItemModel *>(m_trigger->model());
    return i >= 0 && model && model->item(i)->isEnabled();
}

void ReplicationPolicyDialog::setTriggerOffered(HarborTrigger trigger, bool offered)
{
    const int i = m_trigger->findData(int(trigger));
    if (auto *model = qobject_cast<QStandardItemModel *>(m_trigger->model()); model && i >= 0)
        model->item(i)->setEnabled(offered);
    if (!offered && m_trigger->currentIndex() == i)
        m_trigger->setCurrentIndex(m_trigger->findData(int(HarborTrigger::Manual)));
}

void ReplicationPolicyDialog::applyCapabilities()
{
    const bool push = m_push->isChecked();
    m_endpointLabel->setText(push ? tr("Destination &endpoint:") : tr("Source &endpoint:"));
    auto supports = [this](const QString &trigger) {
        return m_info.triggers.isEmpty() || m_info.supportsTrigger(trigger);
    };
    setTriggerOffered(HarborTrigger::Scheduled, supports(u"scheduled"_s));
    // Harbor only sees its own pushes and deletions happen; a pull has no events to follow.
    setTriggerOffered(HarborTrigger::EventBased, push && supports(u"event_based"_s));

    m_nameFilter->setEnabled(offersFilter(u"name"_s));
    const bool tag = offersFilter(u"tag"_s), label = offersFilter(u"label"_s);
    m_tagFilter->setEnabled(tag);
    m_tagMode->setEnabled(tag);
    m_labelFilter->setEnabled(label);
    m_labelMode->setEnabled(label);
    const QString current = m_resource->currentData().toString();
    QStringList resources = m_info.filter(u"resource"_s).values;
    if (push || resources.isEmpty())
        resources = {u"image"_s, u"artifact"_s};
    {
        const QSignalBlocker block(m_resource);
        m_resource->clear();
        m_resource->addItem(tr("All"), QString());
        for (const QString &r : resources)
            m_resource->addItem(r == u"image" ? tr("Images") : r == u"artifact" ? tr("Artifacts") : r, r);
        const QString wanted = current.isEmpty() && !m_existing.resourceFilter.isEmpty() ? m_existing.resourceFilter
                                                                                          : current;
        m_resource->setCurrentIndex(std::max(0, m_resource->findData(wanted)));
    }
    m_resource->setEnabled(offersFilter(u"resource"_s));
    m_chunk->setEnabled(m_info.copyByChunk);
    m_chunk->setToolTip(m_info.copyByChunk ? QString() : tr("The endpoint does not support copying by chunk."));
    validate();
}

HarborReplicationPolicy ReplicationPolicyDialog::policy() const
{
    HarborReplicationPolicy p = m_existing;
    p.name = m_name->text().trimmed();
    p.description = m_description->text().trimmed();
    const qint64 endpoint = m_endpoint->currentData().toLongLong();
    p.destRegistryId = m_push->isChecked() ? endpoint : 0;
    p.srcRegistryId = m_push->isChecked() ? 0 : endpoint;
    p.nameFilter = m_nameFilter->isEnabled() ? m_nameFilter->text().trimmed() : QString();
    p.tagFilter = m_tagFilter->isEnabled() ? m_tagFilter->text().trimmed() : QString();
    p.tagExcludes = m_tagMode->currentData().toBool();
    p.labelFilter.clear();
    if (m_labelFilter->isEnabled()) {
        for (const QString &l : m_labelFilter->text().split(u',', Qt::SkipEmptyParts))
            if (!l.trimmed().isEmpty())
                p.labelFilter << l.trimmed();
    }
    p.labelExcludes = m_labelMode->currentData().toBool();
    p.resourceFilter = m_resource->isEnabled() ? m_resource->currentData().toString() : QString();
    p.destNamespace = m_namespace->text().trimmed();
    p.flatten = m_flatten->currentData().toInt();
    p.trigger = HarborTrigger(m_trigger->currentData().toInt());
    p.cron = p.trigger == HarborTrigger::Scheduled ? m_cron->text().trimmed() : QString();
    p.deletion = m_deletion->isEnabled() && m_deletion->isChecked();
    p.override = m_override->isChecked();
    p.enabled = m_enabled->isChecked();
    p.copyByChunk = m_chunk->isEnabled() && m_chunk->isChecked();
    p.speedKbps = m_bandwidth->value() == 0 ? -1 : qint64(m_bandwidth->value()) * m_unit->currentData().toInt();
    return p;
}

bool ReplicationPolicyDialog::canSave() const
{
    return !m_busy && !policy().validate();
}

QString ReplicationPolicyDialog::statusText() const
{
    return m_status->text();
}

QString ReplicationPolicyDialog::cronError() const
{
    const bool scheduled = HarborTrigger(m_trigger->currentData().toInt()) == HarborTrigger::Scheduled;
    const Error cron = scheduled ? HarborCron::validate(m_cron->text().trimmed()) : Error();
    return cron.message;
}

void ReplicationPolicyDialog::validate()
{
    const bool scheduled = HarborTrigger(m_trigger->currentData().toInt()) == HarborTrigger::Scheduled;
    m_cron->setEnabled(scheduled);
    const Error cron = scheduled ? HarborCron::validate(m_cron->text().trimmed()) : Error();
    // While scheduled the line explains the fields, or says what is wrong with them.
    m_cronError->setText(cron ? cron.message
                              : tr("Six fields: second, minute, hour, day of month, month, day of week. "
                                   "0 0 2 * * * runs daily at 02:00 (Harbor's time zone)."));
    m_cronError->setVisible(scheduled);
    m_deletion->setEnabled(HarborTrigger(m_trigger->currentData().toInt()) == HarborTrigger::EventBased);
    const Error error = policy().validate();
    QString text = m_notice;
    if (m_endpoints.isEmpty())
        text = tr("Add an endpoint on the Endpoints tab first: a policy replicates to or from one.");
    else if (text.isEmpty() && error && !m_name->text().trimmed().isEmpty() && error.message != cron.message)
        text = error.message; // a new, empty dialog does not start with a complaint
    m_status->setText(text);
    m_status->setVisible(!m_status->text().isEmpty());
    m_save->setEnabled(canSave());
}

void ReplicationPolicyDialog::save()
{
    if (!m_replication || !canSave())
        return;
    m_busy = true;
    m_notice = tr("Saving…");
    validate();
    const HarborReplicationPolicy p = policy();
    HarborRequest *request = p.id ? m_replication->updatePolicy(p) : m_replication->createPolicy(p);
    whenFinished(request, this, [this, request, id = p.id] {
        m_busy = false;
        m_notice = request->error().message;
        validate();
        if (request->error())
            return;
        emit saved(id ? id : HarborReplication::idFromLocation(request->header("Location")));
        accept();
    });
}

} // namespace berth
