#include "transfercopydialog.h"

#include "registryconnections.h"
#include "transferplatformbox.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace berth {

TransferCopyDialog::TransferCopyDialog(RegistryConnections *connections, const ImageReference &from, QWidget *parent)
    : QDialog(parent)
    , m_from(from)
    , m_title(new QLabel(this))
    , m_registry(new QComboBox(this))
    , m_repository(new QLineEdit(this))
    , m_tag(new QLineEdit(this))
    , m_platform(new TransferPlatformBox(this))
    , m_problem(new QLabel(this))
    , m_registryLabel(new QLabel(this))
    , m_repositoryLabel(new QLabel(this))
    , m_tagLabel(new QLabel(this))
    , m_platformLabel(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(u"copyDialog"_s);
    m_registry->setObjectName(u"targetRegistry"_s);
    m_repository->setObjectName(u"repository"_s);
    m_tag->setObjectName(u"tag"_s);
    m_platform->setObjectName(u"platform"_s);
    m_problem->setObjectName(u"problem"_s);
    m_title->setWordWrap(true);
    m_title->setTextFormat(Qt::PlainText);
    m_problem->setWordWrap(true);
    m_problem->setTextFormat(Qt::PlainText);
    m_repository->setMinimumWidth(400);
    // Other registries first: copying elsewhere is the usual case.
    QList<RegistryEntry> entries = connections->entries();
    std::stable_partition(entries.begin(), entries.end(), [&](const RegistryEntry &e) {
        return e.registry.compare(from.registry, Qt::CaseInsensitive) != 0;
    });
    for (const RegistryEntry &e : std::as_const(entries)) {
        const QString label = e.displayName.isEmpty() || e.displayName == e.registry
                                  ? e.registry
                                  : e.displayName + u" (" + e.registry + u')';
        m_registry->addItem(label, e.registry);
    }
    m_repository->setText(from.repository);
    m_tag->setText(from.tag.isEmpty() ? u"latest"_s : from.tag);
    m_platform->setDefault(TransferPlatformBox::Default::AllPlatforms);
    m_registryLabel->setBuddy(m_registry);
    m_repositoryLabel->setBuddy(m_repository);
    m_tagLabel->setBuddy(m_tag);
    m_platformLabel->setBuddy(m_platform);

    auto *form = new QFormLayout;
    form->addRow(m_registryLabel, m_registry);
    form->addRow(m_repositoryLabel, m_repository);
    form->addRow(m_tagLabel, m_tag);
    form->addRow(m_platformLabel, m_platform);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addSpacing(6);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    for (QLineEdit *edit : {m_repository, m_tag})
        connect(edit, &QLineEdit::textChanged, this, &TransferCopyDialog::validate);
    connect(m_registry, &QComboBox::currentIndexChanged, this, &TransferCopyDialog::validate);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    retranslateUi();
    m_platform->load(connections, from.registry, from.repository, from.reference());
}

void TransferCopyDialog::setTargetRegistry(const QString &registry)
{
    if (const int i = m_registry->findData(registry); i >= 0)
        m_registry->setCurrentIndex(i);
}

QString TransferCopyDialog::targetRegistry() const
{
    return m_registry->currentData().toString();
}

void TransferCopyDialog::setRepository(const QString &repository)
{
    m_repository->setText(repository);
}

void TransferCopyDialog::setTag(const QString &tag)
{
    m_tag->setText(tag);
}

TransferRequest TransferCopyDialog::request() const
{
    TransferRequest r;
    r.kind = TransferRequest::Kind::Copy;
    r.source.registry = m_from.registry;
    r.from = m_from;
    r.target.registry = targetRegistry();
    r.to.registry = targetRegistry();
    r.to.repository = m_repository->text().trimmed();
    r.to.tag = m_tag->text().trimmed();
    r.platform = m_platform->platform();
    return r;
}

QString TransferCopyDialog::problem() const
{
    const TransferRequest r = request();
    if (r.to.registry.isEmpty())
        return tr("Add the registry to copy to first.");
    if (!ImageReference::isValidRepository(r.to.repository))
        return tr("\"%1\" is not a repository name: lowercase letters, digits, and . _ - / between them.")
            .arg(r.to.repository);
    if (!ImageReference::isValidTag(r.to.tag))
        return tr("\"%1\" is not a tag: up to 128 letters, digits, . _ -, not starting with . or -.").arg(r.to.tag);
    if (r.to.registry.compare(m_from.registry, Qt::CaseInsensitive) == 0 && r.to.repository == m_from.repository
        && r.to.tag == m_from.tag)
        return tr("That is where the image already is: choose another registry, repository or tag.");
    return {};
}

void TransferCopyDialog::validate()
{
    const QString why = problem();
    m_problem->setText(why);
    m_problem->setVisible(!why.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(why.isEmpty());
}

void TransferCopyDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void TransferCopyDialog::retranslateUi()
{
    setWindowTitle(tr("Copy Image"));
    m_title->setText(tr("Copy %1 to a registry. Blobs stream from registry to registry; digests stay the same.")
                         .arg(m_from.toString()));
    m_registryLabel->setText(tr("Re&gistry:"));
    m_repositoryLabel->setText(tr("&Repository:"));
    m_tagLabel->setText(tr("&Tag:"));
    m_platformLabel->setText(tr("&Platform:"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Copy"));
    validate();
}

} // namespace berth
