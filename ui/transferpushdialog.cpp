#include "transferpushdialog.h"

#include "registryconnections.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace berth {

TransferPushDialog::TransferPushDialog(RegistryConnections *connections, const QString &registry,
                                       const QString &repository, const QString &tag, QWidget *parent)
    : QDialog(parent)
    , m_title(new QLabel(this))
    , m_source(new QLineEdit(this))
    , m_folder(new QPushButton(this))
    , m_file(new QPushButton(this))
    , m_sourceHint(new QLabel(this))
    , m_registry(new QComboBox(this))
    , m_repository(new QLineEdit(this))
    , m_tag(new QLineEdit(this))
    , m_problem(new QLabel(this))
    , m_sourceLabel(new QLabel(this))
    , m_registryLabel(new QLabel(this))
    , m_repositoryLabel(new QLabel(this))
    , m_tagLabel(new QLabel(this))
    , m_sourceRow(new QWidget(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(u"pushDialog"_s);
    m_source->setObjectName(u"source"_s);
    m_registry->setObjectName(u"registry"_s);
    m_repository->setObjectName(u"repository"_s);
    m_tag->setObjectName(u"tag"_s);
    m_problem->setObjectName(u"problem"_s);
    m_title->setWordWrap(true);
    m_title->setTextFormat(Qt::PlainText);
    m_sourceHint->setWordWrap(true);
    m_sourceHint->setEnabled(false);
    m_problem->setWordWrap(true);
    m_problem->setTextFormat(Qt::PlainText);
    m_source->setMinimumWidth(380);
    for (const RegistryEntry &e : connections->entries()) {
        const QString label = e.displayName.isEmpty() || e.displayName == e.registry
                                  ? e.registry
                                  : e.displayName + u" (" + e.registry + u')';
        m_registry->addItem(label, e.registry);
    }
    if (const int i = m_registry->findData(registry); i >= 0)
        m_registry->setCurrentIndex(i);
    m_repository->setText(repository);
    m_tag->setText(tag.isEmpty() ? u"latest"_s : tag);
    m_sourceLabel->setBuddy(m_source);
    m_registryLabel->setBuddy(m_registry);
    m_repositoryLabel->setBuddy(m_repository);
    m_tagLabel->setBuddy(m_tag);

    // The row and the hint right under it, closer than the form's row spacing.
    auto *sourceColumn = new QVBoxLayout(m_sourceRow);
    sourceColumn->setContentsMargins(0, 0, 0, 0);
    sourceColumn->setSpacing(2);
    auto *sourceRow = new QHBoxLayout;
    sourceRow->addWidget(m_source, 1);
    sourceRow->addWidget(m_folder);
    sourceRow->addWidget(m_file);
    sourceColumn->addLayout(sourceRow);
    sourceColumn->addWidget(m_sourceHint);
    auto *form = new QFormLayout;
    form->addRow(m_sourceLabel, m_sourceRow);
    form->addRow(m_registryLabel, m_registry);
    form->addRow(m_repositoryLabel, m_repository);
    form->addRow(m_tagLabel, m_tag);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addSpacing(6);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    connect(m_folder, &QPushButton::clicked, this, [this] { browse(true); });
    connect(m_file, &QPushButton::clicked, this, [this] { browse(false); });
    for (QLineEdit *edit : {m_source, m_repository, m_tag})
        connect(edit, &QLineEdit::textChanged, this, &TransferPushDialog::validate);
    connect(m_registry, &QComboBox::currentIndexChanged, this, &TransferPushDialog::retranslateUi);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    retranslateUi();
}

void TransferPushDialog::setSource(const QString &path)
{
    m_source->setText(QDir::toNativeSeparators(path));
    retranslateUi();
}

QString TransferPushDialog::source() const
{
    return QDir::fromNativeSeparators(m_source->text().trimmed());
}

void TransferPushDialog::setCompact(bool compact)
{
    m_compact = compact;
    // The source and registry come from the drop: shown in the title instead of asked.
    for (QWidget *w : std::initializer_list<QWidget *>{m_sourceLabel, m_sourceRow, m_registryLabel, m_registry})
        w->setVisible(!compact);
    retranslateUi();
    adjustSize();
    (compact ? m_tag : m_source)->setFocus();
}

QString TransferPushDialog::registry() const
{
    return m_registry->currentData().toString();
}

void TransferPushDialog::setRepository(const QString &repository)
{
    m_repository->setText(repository);
}

QString TransferPushDialog::repository() const
{
    return m_repository->text().trimmed();
}

void TransferPushDialog::setTag(const QString &tag)
{
    m_tag->setText(tag);
}

QString TransferPushDialog::tag() const
{
    return m_tag->text().trimmed();
}

TransferRequest TransferPushDialog::request() const
{
    TransferRequest r;
    r.kind = TransferRequest::Kind::Push;
    r.path = source();
    r.target.registry = registry();
    r.to.registry = registry();
    r.to.repository = repository();
    r.to.tag = tag();
    return r;
}

QString TransferPushDialog::problem() const
{
    if (source().isEmpty())
        return tr("Choose an OCI image layout folder or a docker-archive file.");
    if (registry().isEmpty())
        return tr("Add the registry to push to first.");
    if (repository().isEmpty())
        return tr("Name the repository to push to.");
    if (!ImageReference::isValidRepository(repository()))
        return tr("\"%1\" is not a repository name: lowercase letters, digits, and . _ - / between them.")
            .arg(repository());
    if (!ImageReference::isValidTag(tag()))
        return tr("\"%1\" is not a tag: up to 128 letters, digits, . _ -, not starting with . or -.").arg(tag());
    return {};
}

void TransferPushDialog::validate()
{
    const QString why = problem();
    // Empty fields the user has not reached yet are no reason to show a complaint.
    m_problem->setText(source().isEmpty() || repository().isEmpty() ? QString() : why);
    m_problem->setVisible(!m_problem->text().isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(why.isEmpty());
}

void TransferPushDialog::browse(bool folder)
{
    const QString start = source().isEmpty() ? QDir::homePath() : source();
    const QString path = folder ? QFileDialog::getExistingDirectory(this, tr("OCI Image Layout Folder"), start)
                                : QFileDialog::getOpenFileName(this, tr("Docker Archive"), start,
                                                               tr("Tar archives (*.tar);;All files (*)"));
    if (path.isEmpty())
        return;
    setSource(path);
}

void TransferPushDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void TransferPushDialog::retranslateUi()
{
    setWindowTitle(tr("Push Image"));
    if (m_compact)
        m_title->setText(tr("Push %1 to %2. Name the repository and tag.")
                             .arg(QDir::toNativeSeparators(source()), registry()));
    else
        m_title->setText(tr("Push an image from this computer to a registry."));
    m_sourceLabel->setText(tr("&Image:"));
    m_folder->setText(tr("&Folder…"));
    m_file->setText(tr("Fi&le…"));
    m_sourceHint->setText(tr("An OCI image layout folder (FOLDER:TAG picks one of its images) or a docker-archive .tar."));
    m_registryLabel->setText(tr("Re&gistry:"));
    m_repositoryLabel->setText(tr("&Repository:"));
    m_tagLabel->setText(tr("&Tag:"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Push"));
    validate();
}

} // namespace berth
