#include "harborrobotdialogs.h"

#include "harboradminwidgets.h"

#include "core/credentialstore.h"
#include "core/harboradmin.h"
#include "core/harborclient.h" // HarborAdmin::client() needs the whole type

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace berth {

HarborRobotCreateDialog::HarborRobotCreateDialog(const QString &project, QWidget *parent)
    : QDialog(parent), m_project(project), m_name(new QLineEdit(this)), m_description(new QLineEdit(this)),
      m_days(new QSpinBox(this)), m_pull(new QCheckBox(tr("P&ull"), this)), m_push(new QCheckBox(tr("P&ush"), this)),
      m_delete(new QCheckBox(tr("&Delete artifacts"), this)), m_preview(new QLabel(this))
{
    setWindowTitle(project.isEmpty() ? tr("New System Robot Account") : tr("New Robot Account"));
    m_name->setObjectName(u"robotName"_s);
    m_name->setPlaceholderText(tr("e.g. ci-deploy"));
    m_description->setObjectName(u"robotDescription"_s);
    m_days->setObjectName(u"robotExpiry"_s);
    m_days->setRange(0, 36500);
    m_days->setValue(30);
    m_days->setSpecialValueText(tr("Never expires"));
    m_days->setSuffix(tr(" days"));
    m_pull->setObjectName(u"accessPull"_s);
    m_push->setObjectName(u"accessPush"_s);
    m_delete->setObjectName(u"accessDelete"_s);
    m_pull->setChecked(true);
    m_preview->setObjectName(u"robotFullName"_s);
    m_preview->setWordWrap(true);
    auto *access = new QHBoxLayout;
    for (QCheckBox *b : {m_pull, m_push, m_delete})
        access->addWidget(b);
    access->addStretch();
    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(QString(), m_preview);
    form->addRow(tr("D&escription:"), m_description);
    form->addRow(tr("E&xpires after:"), m_days);
    if (project.isEmpty()) {
        m_projects = new QLineEdit(this);
        m_projects->setObjectName(u"robotProjects"_s);
        m_projects->setPlaceholderText(tr("All projects"));
        m_projects->setToolTip(tr("Project names separated by commas; empty for every project."));
        form->addRow(tr("&Projects:"), m_projects);
        form->addRow(tr("Access in them:"), access);
    } else {
        form->addRow(tr("Access in %1:").arg(project), access);
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_ok = buttons->addButton(tr("&Create"), QDialogButtonBox::AcceptRole);
    m_ok->setObjectName(u"createButton"_s);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    setMinimumWidth(460);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_name, &QLineEdit::textChanged, this, &HarborRobotCreateDialog::validate);
    for (QCheckBox *b : {m_pull, m_push, m_delete})
        connect(b, &QCheckBox::toggled, this, &HarborRobotCreateDialog::validate);
    validate();
}

QCheckBox *HarborRobotCreateDialog::accessBox(const QString &word) const
{
    return word == u"pull" ? m_pull : word == u"push" ? m_push : word == u"delete" ? m_delete : nullptr;
}

QString HarborRobotCreateDialog::fullName() const
{
    return HarborAdmin::robotFullName(m_name->text().trimmed(), m_project);
}

HarborRobotSpec HarborRobotCreateDialog::spec() const
{
    QStringList words;
    for (const QString &w : HarborRobotSpec::accessWords()) {
        if (accessBox(w) && accessBox(w)->isChecked())
            words << w;
    }
    const qint64 days = m_days->value() == 0 ? -1 : m_days->value();
    const QString name = m_name->text().trimmed();
    HarborRobotSpec s;
    if (m_project.isEmpty()) {
        QStringList projects;
        for (const QString &p : m_projects->text().split(u',', Qt::SkipEmptyParts)) {
            if (!p.trimmed().isEmpty())
                projects << p.trimmed();
        }
        s = HarborRobotSpec::forSystem(name, words, projects, days);
    } else {
        s = HarborRobotSpec::forProject(m_project, name, words, days);
    }
    s.description = m_description->text().trimmed();
    return s;
}

bool HarborRobotCreateDialog::canAccept() const
{
    // Harbor's rule for robot names: lower case letters and digits, with . _ - between them.
    static const QRegularExpression re(u"^[a-z0-9]+(?:[._-][a-z0-9]+)*$"_s);
    const QString name = m_name->text().trimmed();
    return re.match(name).hasMatch() && name.size() <= 255
        && (m_pull->isChecked() || m_push->isChecked() || m_delete->isChecked());
}

void HarborRobotCreateDialog::validate()
{
    const QString name = m_name->text().trimmed();
    if (name.isEmpty())
        m_preview->setText(tr("Harbor will name it %1.").arg(HarborAdmin::robotFullName(u"…"_s, m_project)));
    else if (!canAccept() && !(m_pull->isChecked() || m_push->isChecked() || m_delete->isChecked()))
        m_preview->setText(tr("Choose at least one kind of access."));
    else if (!canAccept())
        m_preview->setText(tr("Lower-case letters and digits, with single . _ or - between them."));
    else
        m_preview->setText(tr("Harbor will name it %1.").arg(fullName()));
    m_ok->setEnabled(canAccept());
}

HarborRobotSecretDialog::HarborRobotSecretDialog(const QString &registry, const QString &fullName,
                                                 const QString &secret, CredentialStore *store, QWidget *parent)
    : QDialog(parent), m_registry(registry), m_store(store), m_name(new QLineEdit(fullName, this)),
      m_secret(new QLineEdit(secret, this)), m_copy(new QPushButton(tr("&Copy"), this)),
      m_save(new QPushButton(tr("&Save in Keychain"), this)), m_status(HarborAdminUi::statusLine(this))
{
    setWindowTitle(tr("Robot Account Secret"));
    m_name->setObjectName(u"robotName"_s);
    m_secret->setObjectName(u"robotSecret"_s);
    m_copy->setObjectName(u"copySecretButton"_s);
    m_save->setObjectName(u"saveKeychainButton"_s);
    for (QLineEdit *e : {m_name, m_secret}) {
        e->setReadOnly(true);
        e->setMinimumWidth(420);
    }
    auto *warning = new QLabel(tr("Harbor shows this secret only now. Copy it or save it in the keychain before "
                                  "you close this window; later you can only refresh it, which replaces it."),
                               this);
    warning->setWordWrap(true);
    auto *secretRow = new QHBoxLayout;
    secretRow->addWidget(m_secret, 1);
    secretRow->addWidget(m_copy);
    auto *form = new QFormLayout;
    form->addRow(tr("Account:"), m_name);
    form->addRow(tr("Secret:"), secretRow);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_save, QDialogButtonBox::ActionRole);
    m_save->setVisible(store != nullptr);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(warning);
    layout->addLayout(form);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_copy, &QPushButton::clicked, this, [this] {
        QApplication::clipboard()->setText(m_secret->text());
        HarborAdminUi::setStatus(m_status, tr("Copied the secret to the clipboard."));
    });
    connect(m_save, &QPushButton::clicked, this, &HarborRobotSecretDialog::save);
    // The secret stays only in this window: gone when it closes.
    connect(this, &QDialog::finished, this, [this] { m_secret->clear(); });
}

QString HarborRobotSecretDialog::fullName() const
{
    return m_name->text();
}

QString HarborRobotSecretDialog::secret() const
{
    return m_secret->text();
}

QString HarborRobotSecretDialog::statusText() const
{
    return m_status->text();
}

void HarborRobotSecretDialog::save()
{
    if (!m_store)
        return;
    m_save->setEnabled(false);
    CredentialJob *job = m_store->write(m_registry, fullName(), secret());
    connect(job, &CredentialJob::finished, this, [this, job] {
        if (job->error()) {
            m_save->setEnabled(true);
            HarborAdminUi::setStatus(m_status, tr("Could not save in the keychain: %1").arg(job->error().message));
            return;
        }
        HarborAdminUi::setStatus(m_status, tr("Saved in the keychain for %1 as %2: Berth and berthctl can sign in "
                                              "with it (user name %2).").arg(m_registry, fullName()));
        emit saved();
    });
}

} // namespace berth
