#include "bulkdeletedialog.h"

#include "icons.h"
#include "jobwatch.h"
#include "registryconnections.h"

#include "core/cleanupjob.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSet>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace berth {

BulkDeleteDialog::BulkDeleteDialog(RegistryConnections *connections, const QString &registry,
                                   const QString &repository, const QStringList &tags, QWidget *parent)
    : QDialog(parent), m_connections(connections), m_registry(registry), m_repository(repository), m_selected(tags),
      m_icon(new QLabel(this)), m_text(new QLabel(this)),
      m_list(new QTreeWidget(this)), m_note(new QLabel(this)), m_progress(new QProgressBar(this)),
      m_status(new QLabel(this)), m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    const int iconSize = style()->pixelMetric(QStyle::PM_MessageBoxIconSize, nullptr, this);
    m_icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, this).pixmap(iconSize));
    m_icon->setAlignment(Qt::AlignTop);
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_list->setObjectName(u"manifestList"_s);
    m_list->setColumnCount(2);
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setSelectionMode(QAbstractItemView::NoSelection);
    m_list->header()->setStretchLastSection(true);
    m_note->setWordWrap(true);
    m_note->setEnabled(false);
    m_progress->setObjectName(u"progress"_s);
    m_progress->setRange(0, 0);
    m_status->setObjectName(u"status"_s);
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(u"deleteButton"_s);
    m_buttons->button(QDialogButtonBox::Ok)->setIcon(icon(IconId::Delete));
    m_buttons->button(QDialogButtonBox::Cancel)->setDefault(true);

    auto *top = new QHBoxLayout;
    top->addWidget(m_icon);
    top->addWidget(m_text, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_note);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &BulkDeleteDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &BulkDeleteDialog::reject);
    resize(760, 440);
    retranslateUi();
    load();
}

QStringList BulkDeleteDialog::digests() const
{
    QStringList out;
    for (const ManifestGroup &g : std::as_const(m_groups))
        out << g.digest;
    return out;
}

QStringList BulkDeleteDialog::doomedTags() const
{
    QStringList out;
    for (const ManifestGroup &g : std::as_const(m_groups))
        out += g.tags;
    return out;
}

QString BulkDeleteDialog::statusText() const
{
    return m_status->text();
}

void BulkDeleteDialog::load()
{
    m_connections->withClient(m_registry, this, [this](RegistryClient *client) {
        auto *job = new RepositoryInventoryJob(client, m_repository, /*withCreated=*/false);
        connect(job, &RepositoryInventoryJob::progress, this, [this](int done, int total) {
            m_progress->setRange(0, total);
            m_progress->setValue(done);
        });
        whenFinished(job, this, [this, job] {
            if (job->error())
                return fail(job->error().message);
            const QSet<QString> selected(m_selected.cbegin(), m_selected.cend());
            for (const ManifestGroup &g : job->groups()) {
                const bool wanted = selected.isEmpty()
                    || std::any_of(g.tags.cbegin(), g.tags.cend(), [&](const QString &t) { return selected.contains(t); });
                if (wanted)
                    m_groups.append(g);
            }
            m_ready = !m_groups.isEmpty();
            m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_ready);
            retranslateUi();
            emit ready();
        });
        job->start();
    });
}

void BulkDeleteDialog::accept()
{
    if (!m_ready || m_deleting)
        return;
    m_deleting = true;
    m_error.clear();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    m_progress->setRange(0, int(m_groups.size()));
    m_progress->setValue(0);
    retranslateUi();
    m_connections->withClient(m_registry, this, [this](RegistryClient *client) {
        auto *job = new DeleteManifestsJob(client, m_repository, digests());
        connect(job, &DeleteManifestsJob::progress, this, [this](int done, int) { m_progress->setValue(done); });
        whenFinished(job, this, [this, job] {
            m_deleting = false;
            const int count = int(job->deleted().size());
            if (job->error()) {
                if (count > 0)
                    emit deleted(count);
                m_buttons->button(QDialogButtonBox::Ok)->setEnabled(true);
                return fail(job->error().message);
            }
            emit deleted(count);
            QDialog::accept();
        });
        job->start();
    });
}

void BulkDeleteDialog::fail(const QString &message)
{
    m_error = message;
    retranslateUi();
    emit failed(message);
}

void BulkDeleteDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void BulkDeleteDialog::retranslateUi()
{
    const bool whole = m_selected.isEmpty();
    setWindowTitle(whole ? tr("Delete Repository") : tr("Delete Tags"));
    const QString repo = m_registry + u'/' + m_repository;
    const int manifests = int(m_groups.size());
    const int tags = int(doomedTags().size());
    if (!m_ready && m_error.isEmpty())
        m_text->setText(tr("Listing the manifests of %1 and their tags…").arg(repo));
    else if (m_ready && whole)
        m_text->setText(tr("Delete every manifest of %1? These %n manifest(s)", nullptr, manifests).arg(repo) + u' '
                        + tr("and their %n tag(s) go:", nullptr, tags));
    else if (m_ready)
        m_text->setText(tr("Delete the manifests of the %n selected tag(s) of %1? Deleting a manifest takes every tag "
                           "on it; ", nullptr, int(m_selected.size())).arg(repo)
                        + tr("%n tag(s) go in all:", nullptr, tags));
    else
        m_text->setText(tr("Nothing to delete in %1.").arg(repo));
    m_list->setHeaderLabels({tr("Manifest"), tr("Tags that go with it")});
    m_list->clear();
    const QSet<QString> selected(m_selected.cbegin(), m_selected.cend());
    for (const ManifestGroup &g : std::as_const(m_groups)) {
        QStringList shown;
        for (const QString &t : g.tags)
            shown << (selected.isEmpty() || selected.contains(t) ? t : tr("%1 (not selected)").arg(t));
        auto *item = new QTreeWidgetItem(m_list, {g.digest, shown.join(u", ")});
        item->setIcon(0, icon(IconId::Delete));
        item->setToolTip(1, shown.join(u'\n'));
    }
    m_list->resizeColumnToContents(0);
    m_list->setVisible(manifests > 0);
    m_note->setText(whole ? tr("The registry keeps the repository in its catalog with no tags, and frees the space "
                               "only when its garbage collection runs.")
                          : tr("The registry frees the space only when its garbage collection runs."));
    m_progress->setVisible((!m_ready && m_error.isEmpty()) || m_deleting);
    m_status->setText(!m_error.isEmpty() ? m_error : m_deleting ? tr("Deleting…") : QString());
    m_status->setVisible(!m_status->text().isEmpty());
    m_status->setStyleSheet(m_error.isEmpty() ? QString() : u"color: #b00020;"_s);
    m_buttons->button(QDialogButtonBox::Ok)->setText(whole ? tr("Delete Repository")
                                                           : tr("Delete %n Manifest(s)", nullptr, manifests));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
}

} // namespace berth
