#include "syncdialog.h"

#include "registryconnections.h"

#include "core/registrysettings.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace berth {

namespace {
QComboBox *registryCombo(RegistryConnections *connections, QWidget *parent)
{
    auto *combo = new QComboBox(parent);
    combo->setEditable(true); // a registry not saved can be typed
    const QList<RegistryEntry> entries = connections->entries();
    for (const RegistryEntry &entry : entries) {
        if (entry.kind != RegistryKind::Harbor)
            combo->addItem(entry.registry);
    }
    return combo;
}

QLineEdit *lineEdit(const QString &name, QWidget *parent)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(name);
    edit->setClearButtonEnabled(true);
    return edit;
}
} // namespace

SyncDialog::SyncDialog(RegistryConnections *connections, const QString &sourceRegistry, QWidget *parent)
    : QDialog(parent)
    , m_connections(connections)
{
    m_saved = new QComboBox(this);
    m_saved->setObjectName(u"savedRules"_s);
    m_saveButton = new QPushButton(this);
    m_saveButton->setObjectName(u"saveRuleButton"_s);
    m_source = registryCombo(connections, this);
    m_source->setObjectName(u"sourceRegistry"_s);
    m_destination = registryCombo(connections, this);
    m_destination->setObjectName(u"destinationRegistry"_s);
    if (!sourceRegistry.isEmpty())
        m_source->setCurrentText(sourceRegistry);
    if (m_destination->count() > 1 && m_destination->currentText() == m_source->currentText())
        m_destination->setCurrentIndex(m_source->currentIndex() == 0 ? 1 : 0);
    m_sourcePrefix = lineEdit(u"sourcePrefix"_s, this);
    m_destinationPrefix = lineEdit(u"destinationPrefix"_s, this);
    m_include = lineEdit(u"include"_s, this);
    m_exclude = lineEdit(u"exclude"_s, this);
    m_tags = lineEdit(u"tags"_s, this);
    m_savedLabel = new QLabel(this);
    m_sourceLabel = new QLabel(this);
    m_destinationLabel = new QLabel(this);
    m_includeLabel = new QLabel(this);
    m_excludeLabel = new QLabel(this);
    m_tagsLabel = new QLabel(this);
    m_hint = new QLabel(this);
    m_hint->setWordWrap(true);
    m_hint->setEnabled(false); // the platform's dimmed text colour
    m_hint->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_status = new QLabel(this);
    m_status->setObjectName(u"syncStatus"_s);
    m_status->setWordWrap(true);
    m_table = new QTableWidget(0, 3, this);
    m_table->setObjectName(u"planTable"_s);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_planButton = new QPushButton(this);
    m_planButton->setObjectName(u"showPlanButton"_s);
    m_cancelButton = new QPushButton(this);
    m_syncButton = new QPushButton(this);
    m_syncButton->setObjectName(u"syncButton"_s);
    m_closeButton = new QPushButton(this);

    auto pair = [this](QWidget *registry, QWidget *prefix) {
        auto *row = new QHBoxLayout;
        row->addWidget(registry, 3);
        row->addWidget(new QLabel(u"/"_s, this));
        row->addWidget(prefix, 2);
        return row;
    };
    auto *savedRow = new QHBoxLayout;
    savedRow->addWidget(m_saved, 1);
    savedRow->addWidget(m_saveButton);
    auto *form = new QFormLayout;
    form->addRow(m_savedLabel, savedRow);
    form->addRow(m_sourceLabel, pair(m_source, m_sourcePrefix));
    form->addRow(m_destinationLabel, pair(m_destination, m_destinationPrefix));
    form->addRow(m_includeLabel, m_include);
    form->addRow(m_excludeLabel, m_exclude);
    form->addRow(m_tagsLabel, m_tags);
    form->addRow(QString(), m_hint);
    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_planButton, QDialogButtonBox::ActionRole);
    buttons->addButton(m_cancelButton, QDialogButtonBox::ActionRole);
    buttons->addButton(m_syncButton, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_closeButton, QDialogButtonBox::RejectRole);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);

    connect(m_planButton, &QPushButton::clicked, this, &SyncDialog::showPlan);
    connect(m_cancelButton, &QPushButton::clicked, this, &SyncDialog::cancelPlan);
    connect(m_syncButton, &QPushButton::clicked, this, &SyncDialog::startSync);
    connect(m_closeButton, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_saveButton, &QPushButton::clicked, this, &SyncDialog::askRuleName);
    connect(m_saved, &QComboBox::activated, this, [this](int index) {
        if (index > 0)
            loadRule(m_saved->itemData(index).toString());
    });
    for (QLineEdit *edit : {m_sourcePrefix, m_destinationPrefix, m_include, m_exclude, m_tags})
        connect(edit, &QLineEdit::textEdited, this, &SyncDialog::rulesEdited);
    for (QComboBox *combo : {m_source, m_destination})
        connect(combo, &QComboBox::currentTextChanged, this, &SyncDialog::rulesEdited);

    fillSaved();
    setBusy(false);
    retranslateUi();
    resize(860, 560);
}

SyncDialog::~SyncDialog()
{
    cancelPlan();
}

SyncRules SyncDialog::rules() const
{
    SyncRules r;
    r.name = m_saved->currentIndex() > 0 ? m_saved->currentData().toString() : QString();
    auto endpoint = [](const QComboBox *registry, const QLineEdit *prefix) {
        QString prefixText = prefix->text().trimmed();
        while (prefixText.startsWith(u'/'))
            prefixText.remove(0, 1);
        const QString text = registry->currentText().trimmed()
            + (prefixText.isEmpty() ? QString() : u'/' + prefixText);
        return SyncEndpoint::parse(text);
    };
    r.source = endpoint(m_source, m_sourcePrefix).value_or(SyncEndpoint{});
    r.destination = endpoint(m_destination, m_destinationPrefix).value_or(SyncEndpoint{});
    r.include = m_include->text().trimmed();
    r.exclude = m_exclude->text().trimmed();
    r.tags = m_tags->text().trimmed();
    return r;
}

void SyncDialog::setRules(const SyncRules &r)
{
    m_source->setCurrentText(r.source.registry);
    m_sourcePrefix->setText(r.source.prefix);
    m_destination->setCurrentText(r.destination.registry);
    m_destinationPrefix->setText(r.destination.prefix);
    m_include->setText(r.include);
    m_exclude->setText(r.exclude);
    m_tags->setText(r.tags);
    rulesEdited();
}

void SyncDialog::rulesEdited()
{
    // A plan belongs to the rules it was made for.
    cancelPlan();
    m_hasPlan = false;
    m_plan = {};
    m_problem.clear();
    m_table->setRowCount(0);
    m_status->clear();
    setBusy(false);
}

void SyncDialog::showPlan()
{
    cancelPlan();
    const SyncRules r = rules();
    if (r.source.registry.isEmpty() || r.destination.registry.isEmpty()) {
        m_problem = tr("Choose a source and a destination registry, each optionally with a repository path.");
    } else if (const Error invalid = r.validate()) {
        m_problem = invalid.message;
    }
    if (!m_problem.isEmpty()) {
        m_status->setText(m_problem);
        emit planFailed(m_problem);
        return;
    }
    m_hasPlan = false;
    m_table->setRowCount(0);
    setBusy(true);
    m_status->setText(tr("Listing the repositories of %1…").arg(r.source.toString()));
    m_connections->withClient(r.source.registry, this, [this, r](RegistryClient *source) {
        m_connections->withClient(r.destination.registry, this, [this, r, source](RegistryClient *destination) {
            auto *job = new SyncPlanJob(source, destination, r, this);
            m_planJob = job;
            connect(job, &SyncPlanJob::progress, this, [this](int done, int total, const QString &what) {
                m_status->setText(tr("Comparing %1 of %2: %3").arg(done).arg(total).arg(what));
            });
            connect(job, &Job::finished, this, [this, job] {
                if (m_planJob == job)
                    m_planJob = nullptr;
                setBusy(false);
                if (job->error().kind == ErrorKind::Cancelled)
                    return;
                if (job->error()) {
                    m_problem = job->error().message;
                    m_status->setText(m_problem);
                    emit planFailed(m_problem);
                    return;
                }
                m_plan = job->plan();
                m_hasPlan = true;
                fillPlan();
                setBusy(false);
                emit planReady();
            });
            job->start();
        });
    });
}

void SyncDialog::cancelPlan()
{
    if (m_planJob)
        m_planJob->abort();
    m_planJob = nullptr;
}

void SyncDialog::fillPlan()
{
    m_table->setRowCount(int(m_plan.items.size()));
    for (int row = 0; row < m_plan.items.size(); ++row) {
        const SyncItem &item = m_plan.items.at(row);
        QString action;
        switch (item.action) {
        case SyncItem::Action::Copy:
            action = item.destinationDigest.isEmpty() ? tr("Copy") : tr("Copy (replaces a different image)");
            break;
        case SyncItem::Action::Skip: action = tr("Skip (identical)"); break;
        case SyncItem::Action::Fail: action = tr("Fails: %1").arg(item.reason); break;
        }
        const QStringList cells{item.source.toString(), item.destination.toString(), action};
        for (int column = 0; column < 3; ++column) {
            auto *cell = new QTableWidgetItem(cells.at(column));
            cell->setToolTip(column == 2 ? action : cells.at(column));
            m_table->setItem(row, column, cell);
        }
    }
    const int copies = m_plan.count(SyncItem::Action::Copy);
    m_status->setText(tr("%n repository(ies) matched: ", nullptr, m_plan.repositories)
                      + tr("%n to copy, ", nullptr, copies)
                      + tr("%n identical, ", nullptr, m_plan.count(SyncItem::Action::Skip))
                      + tr("%n failed.", nullptr, m_plan.count(SyncItem::Action::Fail)));
}

void SyncDialog::startSync()
{
    if (!m_hasPlan)
        return;
    QList<TransferRequest> requests;
    for (const SyncItem &item : std::as_const(m_plan.items)) {
        if (item.action != SyncItem::Action::Copy)
            continue;
        TransferRequest r;
        r.kind = TransferRequest::Kind::Copy;
        r.source.registry = item.source.registry;
        r.target.registry = item.destination.registry;
        r.from = item.source;
        r.to = item.destination;
        requests << r; // whole indexes: the digests stay the same, so the next run skips them
    }
    emit transfersRequested(requests);
    accept();
}

bool SyncDialog::saveRule(const QString &name)
{
    RegistrySettings *settings = m_connections->settings();
    SyncRules r = rules();
    r.name = name.trimmed();
    if (r.name.isEmpty() || !settings)
        return false;
    QList<SyncRules> all = settings->syncRules();
    auto it = std::find_if(all.begin(), all.end(), [&r](const SyncRules &s) { return s.name == r.name; });
    if (it != all.end())
        *it = r;
    else
        all << r;
    settings->setSyncRules(all);
    Error error;
    if (!settings->save(&error)) {
        m_status->setText(error.message);
        return false;
    }
    fillSaved();
    m_saved->setCurrentIndex(m_saved->findData(r.name));
    return true;
}

void SyncDialog::loadRule(const QString &name)
{
    const QList<SyncRules> all = m_connections->settings()->syncRules();
    for (const SyncRules &r : all) {
        if (r.name != name)
            continue;
        setRules(r);
        m_saved->setCurrentIndex(m_saved->findData(name));
        return;
    }
}

void SyncDialog::askRuleName()
{
    bool ok = false;
    const QString current = m_saved->currentIndex() > 0 ? m_saved->currentData().toString() : QString();
    const QString name = QInputDialog::getText(this, tr("Save Sync Rule"), tr("Name of the rule:"),
                                               QLineEdit::Normal, current, &ok);
    if (ok)
        saveRule(name);
}

void SyncDialog::fillSaved()
{
    const QString current = m_saved->currentData().toString();
    m_saved->clear();
    m_saved->addItem(QString()); // the placeholder row, named in retranslateUi
    const QList<SyncRules> all = m_connections->settings() ? m_connections->settings()->syncRules() : QList<SyncRules>();
    for (const SyncRules &r : all)
        m_saved->addItem(r.name, r.name);
    m_saved->setCurrentIndex(qMax(0, m_saved->findData(current)));
    m_saved->setItemText(0, tr("(none)"));
}

void SyncDialog::setBusy(bool busy)
{
    m_planButton->setEnabled(!busy);
    m_cancelButton->setVisible(busy);
    m_syncButton->setEnabled(!busy && m_hasPlan && m_plan.count(SyncItem::Action::Copy) > 0);
}

void SyncDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        if (m_hasPlan)
            fillPlan();
    }
    QDialog::changeEvent(event);
}

void SyncDialog::retranslateUi()
{
    setWindowTitle(tr("Sync Registries"));
    m_savedLabel->setText(tr("Saved rule:"));
    m_saveButton->setText(tr("Save Rule…"));
    if (m_saved->count() > 0)
        m_saved->setItemText(0, tr("(none)"));
    m_sourceLabel->setText(tr("From:"));
    m_destinationLabel->setText(tr("To:"));
    m_sourcePrefix->setPlaceholderText(tr("repository path (optional), e.g. team"));
    m_destinationPrefix->setPlaceholderText(tr("repository path (optional), e.g. mirror/team"));
    m_includeLabel->setText(tr("Include:"));
    m_excludeLabel->setText(tr("Exclude:"));
    m_tagsLabel->setText(tr("Tags:"));
    m_include->setPlaceholderText(tr("every repository; or globs, e.g. app*, tools/**"));
    m_exclude->setPlaceholderText(tr("none; or globs"));
    m_tags->setPlaceholderText(tr("every tag; or a regular expression, e.g. v[0-9.]+|latest"));
    m_hint->setText(tr("Globs match the repository path below the source path: * within one name, ** across "
                       "'/'. The tag expression must match the whole tag. Whole indexes are copied (every "
                       "platform), and tags that are already identical are skipped."));
    m_table->setHorizontalHeaderLabels({tr("Source"), tr("Destination"), tr("Action")});
    m_planButton->setText(tr("Show Plan"));
    m_cancelButton->setText(tr("Cancel"));
    m_syncButton->setText(tr("Sync"));
    m_closeButton->setText(tr("Close"));
}

} // namespace berth
