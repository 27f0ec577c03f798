#include "cleanupdialog.h"

#include "icons.h"
#include "jobwatch.h"
#include "registryconnections.h"

#include "core/cleanupjob.h"
#include "core/repositorydelete.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QGridLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace berth {

CleanupDialog::CleanupDialog(RegistryConnections *connections, const QString &registry, const QString &repository,
                             QWidget *parent)
    : QDialog(parent), m_connections(connections), m_registry(registry), m_repository(repository),
      m_intro(new QLabel(this)), m_rulesBox(new QGroupBox(this)), m_keepNewest(new QCheckBox(m_rulesBox)),
      m_newestSpin(new QSpinBox(m_rulesBox)), m_byLabel(new QLabel(m_rulesBox)), m_order(new QComboBox(m_rulesBox)),
      m_keepYoung(new QCheckBox(m_rulesBox)), m_daysSpin(new QSpinBox(m_rulesBox)),
      m_matchLabel(new QLabel(m_rulesBox)), m_pattern(new QLineEdit(m_rulesBox)), m_syntax(new QComboBox(m_rulesBox)),
      m_preview(new QTreeWidget(this)), m_summary(new QLabel(this)), m_progress(new QProgressBar(this)),
      m_status(new QLabel(this)), m_dryRun(new QPushButton(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Close, this))
{
    m_intro->setWordWrap(true);
    m_intro->setTextFormat(Qt::PlainText);
    m_keepNewest->setObjectName(u"keepNewest"_s);
    m_keepNewest->setChecked(true);
    m_newestSpin->setObjectName(u"newestSpin"_s);
    m_newestSpin->setRange(0, 100000);
    m_newestSpin->setValue(10);
    m_order->setObjectName(u"order"_s);
    m_order->addItems({QString(), QString()});
    m_keepYoung->setObjectName(u"keepYoung"_s);
    m_daysSpin->setObjectName(u"daysSpin"_s);
    m_daysSpin->setRange(0, 36500);
    m_daysSpin->setValue(30);
    m_daysSpin->setEnabled(false);
    m_pattern->setObjectName(u"pattern"_s);
    m_pattern->setClearButtonEnabled(true);
    m_syntax->setObjectName(u"syntax"_s);
    m_syntax->addItems({QString(), QString()});
    m_matchLabel->setBuddy(m_pattern);

    auto *grid = new QGridLayout(m_rulesBox);
    grid->addWidget(m_keepNewest, 0, 0);
    grid->addWidget(m_newestSpin, 0, 1);
    grid->addWidget(m_byLabel, 0, 2);
    grid->addWidget(m_order, 0, 3);
    grid->addWidget(m_keepYoung, 1, 0);
    grid->addWidget(m_daysSpin, 1, 1);
    grid->addWidget(m_matchLabel, 2, 0);
    grid->addWidget(m_pattern, 2, 1, 1, 2);
    grid->addWidget(m_syntax, 2, 3);
    grid->setColumnStretch(4, 1);

    m_preview->setObjectName(u"preview"_s);
    m_preview->setColumnCount(4);
    m_preview->setRootIsDecorated(false);
    m_preview->setUniformRowHeights(true);
    m_preview->setAlternatingRowColors(true);
    m_preview->setSelectionMode(QAbstractItemView::NoSelection);
    m_preview->header()->setStretchLastSection(true);
    m_summary->setObjectName(u"summary"_s);
    m_summary->setWordWrap(true);
    m_progress->setObjectName(u"progress"_s);
    m_progress->setRange(0, 0);
    m_status->setObjectName(u"status"_s);
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_dryRun->setObjectName(u"dryRunButton"_s);
    m_buttons->addButton(m_dryRun, QDialogButtonBox::ActionRole);
    deleteButton()->setObjectName(u"deleteButton"_s);
    deleteButton()->setIcon(icon(IconId::Delete));
    deleteButton()->setEnabled(false);
    m_dryRun->setEnabled(false);
    m_buttons->button(QDialogButtonBox::Close)->setDefault(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_rulesBox);
    layout->addWidget(m_preview, 1);
    layout->addWidget(m_summary);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &CleanupDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &CleanupDialog::reject);
    connect(m_dryRun, &QPushButton::clicked, this, &CleanupDialog::dryRun);
    connect(m_keepNewest, &QCheckBox::toggled, m_newestSpin, &QWidget::setEnabled);
    connect(m_keepYoung, &QCheckBox::toggled, m_daysSpin, &QWidget::setEnabled);
    for (QCheckBox *box : {m_keepNewest, m_keepYoung})
        connect(box, &QCheckBox::toggled, this, &CleanupDialog::replan);
    for (QSpinBox *spin : {m_newestSpin, m_daysSpin})
        connect(spin, &QSpinBox::valueChanged, this, &CleanupDialog::replan);
    for (QComboBox *combo : {m_order, m_syntax})
        connect(combo, &QComboBox::currentIndexChanged, this, &CleanupDialog::replan);
    connect(m_pattern, &QLineEdit::textChanged, this, &CleanupDialog::replan);

    resize(900, 600);
    retranslateUi();
    load();
}

QPushButton *CleanupDialog::deleteButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

CleanupRules CleanupDialog::rules() const
{
    CleanupRules r;
    r.keepNewest = m_keepNewest->isChecked() ? m_newestSpin->value() : -1;
    r.keepYoungerThanDays = m_keepYoung->isChecked() ? m_daysSpin->value() : -1;
    r.order = m_order->currentIndex() == 1 ? CleanupRules::Order::Version : CleanupRules::Order::Created;
    r.pattern = m_pattern->text().trimmed();
    r.syntax = m_syntax->currentIndex() == 1 ? CleanupRules::Syntax::Regex : CleanupRules::Syntax::Glob;
    return r;
}

QString CleanupDialog::summaryText() const
{
    return m_summary->text();
}

QString CleanupDialog::statusText() const
{
    return m_status->text();
}

void CleanupDialog::load()
{
    m_connections->withClient(m_registry, this, [this](RegistryClient *client) {
        // Dates are read once for every manifest, so switching the rules never asks again.
        auto *job = new RepositoryInventoryJob(client, m_repository, /*withCreated=*/true);
        connect(job, &RepositoryInventoryJob::progress, this, [this](int done, int total) {
            m_progress->setRange(0, total);
            m_progress->setValue(done);
        });
        whenFinished(job, this, [this, job] {
            m_progress->hide();
            if (job->error()) {
                setStatus(job->error().message, true);
                emit failed(job->error().message);
                return;
            }
            m_tags = job->tags();
            m_loaded = true;
            m_dryRun->setEnabled(true);
            replan();
            emit loaded();
        });
        job->start();
    });
}

void CleanupDialog::replan()
{
    if (!m_deleting && m_statusIsError == false)
        setStatus({}, false);
    m_plan = CleanupPlanner::plan(m_tags, rules(), QDateTime::currentDateTimeUtc());
    showPlan();
}

void CleanupDialog::showPlan()
{
    m_preview->clear();
    if (!m_loaded)
        return;
    const CleanupRules r = rules();
    const QLocale locale;
    QList<QTreeWidgetItem *> items;
    for (const CleanupDecision &d : std::as_const(m_plan.decisions)) {
        auto *item = new QTreeWidgetItem({d.tag, d.created.isValid() ? locale.toString(d.created.toLocalTime(), QLocale::ShortFormat) : tr("unknown"),
                                          d.digest.isEmpty() ? tr("unknown") : d.digest.left(19) + u'…',
                                          CleanupPlanner::reasonText(d, r)});
        item->setIcon(0, icon(d.deletes() ? IconId::Delete : IconId::Tag));
        item->setToolTip(2, d.digest);
        if (d.deletes())
            item->setForeground(3, QColor(0xb0, 0x00, 0x20));
        items << item;
    }
    m_preview->addTopLevelItems(items);
    for (int c = 0; c < 3; ++c)
        m_preview->resizeColumnToContents(c);
    const int goes = int(m_plan.deletedTags().size());
    const int stays = int(m_plan.decisions.size()) - goes;
    if (m_plan.error)
        m_summary->setText(m_plan.error.message);
    else if (m_plan.decisions.isEmpty())
        m_summary->setText(tr("The repository has no tags."));
    else
        m_summary->setText(tr("%n tag(s) go", nullptr, goes) + u' '
                           + tr("with %n manifest(s);", nullptr, int(m_plan.digests.size())) + u' '
                           + tr("%n tag(s) stay.", nullptr, stays));
    m_summary->setStyleSheet(m_plan.error ? u"color: #b00020;"_s : QString());
    deleteButton()->setEnabled(!m_deleting && !m_plan.error && !m_plan.digests.isEmpty());
    deleteButton()->setText(tr("Delete %n Tag(s)", nullptr, goes));
}

void CleanupDialog::dryRun()
{
    if (m_plan.error)
        return setStatus(m_plan.error.message, true);
    setStatus(tr("Dry run: %n tag(s) would be deleted with", nullptr, int(m_plan.deletedTags().size())) + u' '
                  + tr("%n manifest(s); nothing was deleted.", nullptr, int(m_plan.digests.size())),
              false);
}

void CleanupDialog::accept()
{
    if (!m_loaded || m_deleting || m_plan.error || m_plan.digests.isEmpty())
        return;
    m_deleting = true;
    m_rulesBox->setEnabled(false);
    m_dryRun->setEnabled(false);
    deleteButton()->setEnabled(false);
    m_progress->setRange(0, int(m_plan.digests.size()));
    m_progress->setValue(0);
    m_progress->show();
    setStatus(tr("Deleting…"), false);
    const QStringList digests = m_plan.digests;
    m_connections->withClient(m_registry, this, [this, digests](RegistryClient *client) {
        auto *job = new DeleteManifestsJob(client, m_repository, digests);
        connect(job, &DeleteManifestsJob::progress, this, [this](int done, int) { m_progress->setValue(done); });
        whenFinished(job, this, [this, job] {
            m_deleting = false;
            const int count = int(job->deleted().size());
            if (count > 0)
                emit deleted(count);
            if (job->error()) {
                m_rulesBox->setEnabled(true);
                m_dryRun->setEnabled(true);
                m_progress->hide();
                setStatus(job->error().message, true);
                emit failed(job->error().message);
                return;
            }
            QDialog::accept();
        });
        job->start();
    });
}

void CleanupDialog::setStatus(const QString &text, bool error)
{
    m_statusText = text;
    m_statusIsError = error;
    m_status->setText(text);
    m_status->setVisible(!text.isEmpty());
    m_status->setStyleSheet(error ? u"color: #b00020;"_s : QString());
}

void CleanupDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void CleanupDialog::retranslateUi()
{
    setWindowTitle(tr("Clean Up %1").arg(m_repository));
    m_intro->setText(tr("Delete old tags of %1/%2. Only tags matching the pattern are candidates; a tag that shares "
                        "its manifest with a kept tag stays, because deleting a manifest takes every tag on it.")
                         .arg(m_registry, m_repository));
    m_rulesBox->setTitle(tr("Keep"));
    m_keepNewest->setText(tr("The &newest"));
    m_newestSpin->setSuffix(tr(" tags"));
    m_byLabel->setText(tr("by"));
    m_order->setItemText(0, tr("created date"));
    m_order->setItemText(1, tr("version order"));
    m_keepYoung->setText(tr("Tags &younger than"));
    m_daysSpin->setSuffix(tr(" days"));
    m_matchLabel->setText(tr("Only tags &matching:"));
    m_pattern->setPlaceholderText(tr("every tag, e.g. pr-* or nightly-*"));
    m_syntax->setItemText(0, tr("glob"));
    m_syntax->setItemText(1, tr("regular expression"));
    m_preview->setHeaderLabels({tr("Tag"), tr("Created"), tr("Manifest"), tr("Decision")});
    m_dryRun->setText(tr("Dry Run"));
    m_dryRun->setToolTip(tr("Say what would be deleted, and delete nothing"));
    m_buttons->button(QDialogButtonBox::Close)->setText(tr("Close"));
    if (!m_loaded && m_statusText.isEmpty())
        m_status->setText(tr("Reading the tags of %1 and their created dates…").arg(m_repository));
    showPlan();
}

} // namespace berth
