#include "harborquotadialog.h"

#include "format.h"
#include "harboradminwidgets.h"
#include "jobwatch.h"

#include "core/harboradmin.h"
#include "core/harborclient.h" // HarborAdmin::client() needs the whole type

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace berth {

namespace {
constexpr qint64 kMiB = 1024 * 1024;
constexpr qint64 kGiB = 1024 * kMiB;
} // namespace

HarborQuotaDialog::HarborQuotaDialog(HarborClient *client, const HarborProject &project, QWidget *parent)
    : QDialog(parent), m_admin(new HarborAdmin(client, this)), m_project(project), m_usage(new QLabel(tr("Loading…"), this)),
      m_unlimited(new QCheckBox(tr("&Unlimited"), this)), m_limit(new QSpinBox(this)), m_unit(new QComboBox(this)),
      m_status(HarborAdminUi::statusLine(this))
{
    setWindowTitle(tr("Quota of %1").arg(project.name));
    m_usage->setObjectName(u"quotaUsage"_s);
    m_usage->setWordWrap(true);
    m_unlimited->setObjectName(u"quotaUnlimited"_s);
    m_limit->setObjectName(u"quotaLimit"_s);
    m_unit->setObjectName(u"quotaUnit"_s);
    m_limit->setRange(1, 1024 * 1024);
    m_unit->addItem(tr("GiB"), kGiB);
    m_unit->addItem(tr("MiB"), kMiB);
    auto *limitRow = new QHBoxLayout;
    limitRow->addWidget(m_limit, 1);
    limitRow->addWidget(m_unit);
    limitRow->addWidget(m_unlimited);
    auto *form = new QFormLayout;
    form->addRow(tr("Used:"), m_usage);
    auto *limitLabel = new QLabel(tr("&Storage limit:"), this); // buddy set, or the & shows
    limitLabel->setBuddy(m_limit);
    form->addRow(limitLabel, limitRow);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_save = buttons->addButton(tr("&Save"), QDialogButtonBox::AcceptRole);
    m_save->setObjectName(u"quotaSave"_s);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    setMinimumWidth(440);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_save, &QPushButton::clicked, this, &HarborQuotaDialog::save);
    connect(m_unlimited, &QCheckBox::toggled, this, &HarborQuotaDialog::updateControls);
    m_save->setEnabled(false);
    updateControls();

    auto done = [this] {
        if (--m_pending > 0)
            return;
        updateControls();
        m_loaded = true;
        emit loaded();
    };
    // Quotas are changed at system level (Harbor's /quotas), by system administrators.
    HarborAdminUi::permissions(m_admin, u"/system"_s, this, [this, done](const std::optional<HarborPermissions> &p) {
        m_canEdit = HarborAdminUi::allows(p, u"quota"_s, u"update"_s);
        done();
    });
    HarborListJob *job = m_admin->projectQuota(project.id);
    whenFinished(job, this, [this, job, done] {
        const QList<HarborQuota> quotas = HarborAdmin::quotasOf(job);
        if (job->error())
            HarborAdminUi::setStatus(m_status, job->error().message);
        else if (quotas.isEmpty())
            HarborAdminUi::setStatus(m_status, tr("Harbor keeps no quota for this project."));
        else
            m_quota = quotas.constFirst();
        showQuota();
        done();
    });
}

QString HarborQuotaDialog::usageText() const
{
    return m_usage->text();
}

QString HarborQuotaDialog::statusText() const
{
    return m_status->text();
}

void HarborQuotaDialog::showQuota()
{
    const qint64 hard = m_quota.hardStorage;
    m_usage->setText(hard > 0 ? tr("%1 of %2 (%3%)").arg(Format::size(m_quota.usedStorage), Format::size(hard))
                                    .arg(m_quota.usedStorage * 100 / hard)
                              : tr("%1, no limit").arg(Format::size(m_quota.usedStorage)));
    m_unlimited->setChecked(hard < 0);
    if (hard > 0) {
        const bool whole = hard % kGiB == 0;
        m_unit->setCurrentIndex(whole ? 0 : 1);
        m_limit->setValue(int(whole ? hard / kGiB : (hard + kMiB - 1) / kMiB));
    } else {
        m_unit->setCurrentIndex(0);
        m_limit->setValue(10);
    }
}

qint64 HarborQuotaDialog::limitBytes() const
{
    return m_unlimited->isChecked() ? -1 : qint64(m_limit->value()) * m_unit->currentData().toLongLong();
}

void HarborQuotaDialog::updateControls()
{
    const bool editable = m_canEdit && m_quota.id > 0;
    m_unlimited->setEnabled(editable);
    m_limit->setEnabled(editable && !m_unlimited->isChecked());
    m_unit->setEnabled(editable && !m_unlimited->isChecked());
    m_save->setEnabled(editable);
    m_save->setVisible(m_pending > 0 || m_canEdit);
    if (m_pending == 0 && !m_canEdit)
        HarborAdminUi::setStatus(m_status, tr("Only a Harbor system administrator can change a project's quota."));
}

void HarborQuotaDialog::save()
{
    const qint64 bytes = limitBytes();
    m_save->setEnabled(false);
    HarborRequest *job = m_admin->setStorageQuota(m_quota.id, bytes);
    whenFinished(job, this, [this, job, bytes] {
        m_save->setEnabled(true);
        if (job->error()) {
            HarborAdminUi::setStatus(m_status, job->error().message);
            return;
        }
        m_quota.hardStorage = bytes;
        emit saved();
        accept();
    });
}

} // namespace berth
