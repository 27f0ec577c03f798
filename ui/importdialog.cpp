#include "importdialog.h"

#include "core/dockerconfig.h"
#include "core/registrysettings.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace berth {

namespace {
constexpr int RegistryRole = Qt::UserRole;
constexpr int SavedRole = Qt::UserRole + 1;
} // namespace

ImportDockerDialog::ImportDockerDialog(DockerConfig *config, RegistrySettings *settings, QWidget *parent)
    : QDialog(parent)
    , m_config(config)
    , m_settings(settings)
    , m_intro(new QLabel(this))
    , m_list(new QListWidget(this))
    , m_status(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(u"importDockerDialog"_s);
    m_intro->setWordWrap(true);
    m_status->setWordWrap(true);
    m_list->setObjectName(u"importList"_s);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_status);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ImportDockerDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ImportDockerDialog::reject);
    connect(m_list, &QListWidget::itemChanged, this, &ImportDockerDialog::updateButtons);

    Error error;
    if (!m_config->isLoaded() && !m_config->load(&error))
        m_loadError = error.message;
    fill();
    retranslateUi();
    resize(560, 380);
}

void ImportDockerDialog::fill()
{
    m_list->clear();
    for (const QString &registry : m_config->registries()) {
        auto *item = new QListWidgetItem(m_list);
        item->setData(RegistryRole, registry);
        const bool saved = m_settings->find(registry).has_value();
        item->setData(SavedRole, saved);
        if (saved) {
            item->setFlags(item->flags() & ~(Qt::ItemIsUserCheckable | Qt::ItemIsEnabled));
        } else {
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            item->setCheckState(Qt::Checked);
        }
    }
}

QStringList ImportDockerDialog::candidates() const
{
    QStringList list;
    for (int i = 0; i < m_list->count(); ++i) {
        if (!m_list->item(i)->data(SavedRole).toBool())
            list << m_list->item(i)->data(RegistryRole).toString();
    }
    return list;
}

void ImportDockerDialog::setChecked(const QString &registry, bool checked)
{
    for (int i = 0; i < m_list->count(); ++i) {
        QListWidgetItem *item = m_list->item(i);
        if (item->data(RegistryRole).toString() == registry && (item->flags() & Qt::ItemIsUserCheckable))
            item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
    }
}

void ImportDockerDialog::retranslateUi()
{
    setWindowTitle(tr("Import from Docker"));
    m_intro->setText(tr("Registries found in %1. Berth saves their addresses and user names; passwords and "
                        "tokens stay in Docker's configuration or credential helper and are read from there.")
                         .arg(QDir::toNativeSeparators(m_config->path())));
    for (int i = 0; i < m_list->count(); ++i) {
        QListWidgetItem *item = m_list->item(i);
        const QString registry = item->data(RegistryRole).toString();
        const QString user = m_config->storedCredentials(registry).username;
        const QString helper = m_config->helperFor(registry);
        QString text = registry;
        if (!user.isEmpty() && user != u"<token>")
            text = tr("%1 (user %2)").arg(registry, user);
        if (!helper.isEmpty())
            text += u"  "_s + tr("[credential helper: %1]").arg(helper);
        if (item->data(SavedRole).toBool())
            text += u"  "_s + tr("(already in Berth)");
        item->setText(text);
    }
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Import"));
    updateButtons();
}

void ImportDockerDialog::updateButtons()
{
    int checked = 0;
    for (int i = 0; i < m_list->count(); ++i)
        checked += m_list->item(i)->checkState() == Qt::Checked ? 1 : 0;
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(checked > 0);
    if (!m_loadError.isEmpty())
        m_status->setText(m_loadError);
    else if (m_list->count() == 0)
        m_status->setText(tr("Docker's configuration names no registries."));
    else if (candidates().isEmpty())
        m_status->setText(tr("Every registry there is in Berth already."));
    else
        m_status->setText(tr("%n registry(s) selected.", nullptr, checked));
}

void ImportDockerDialog::accept()
{
    QStringList added;
    for (int i = 0; i < m_list->count(); ++i) {
        QListWidgetItem *item = m_list->item(i);
        if (item->checkState() != Qt::Checked)
            continue;
        RegistryEntry entry;
        entry.registry = item->data(RegistryRole).toString();
        const QString user = m_config->storedCredentials(entry.registry).username;
        if (user != u"<token>")
            entry.username = user;
        if (m_settings->add(entry))
            added << entry.registry;
    }
    Error error;
    if (!m_settings->save(&error)) {
        for (const QString &registry : std::as_const(added))
            m_settings->remove(registry);
        m_status->setText(error.message);
        return;
    }
    m_imported = added;
    QDialog::accept();
}

void ImportDockerDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

} // namespace berth
