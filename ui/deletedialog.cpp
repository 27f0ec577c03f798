#include "deletedialog.h"

#include "icons.h"
#include "jobwatch.h"
#include "registryconnections.h"

#include "core/digest.h"
#include "core/digesttags.h"
#include "core/registryclient.h"
#include "core/registryjobs.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace berth {

DeleteDialog::DeleteDialog(RegistryConnections *connections, const QString &registry, const QString &repository,
                           const QString &reference, QWidget *parent)
    : QDialog(parent), m_connections(connections), m_registry(registry), m_repository(repository),
      m_reference(reference), m_icon(new QLabel(this)), m_text(new QLabel(this)), m_list(new QListWidget(this)),
      m_note(new QLabel(this)), m_status(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    const int iconSize = style()->pixelMetric(QStyle::PM_MessageBoxIconSize, nullptr, this);
    m_icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, this).pixmap(iconSize));
    m_icon->setAlignment(Qt::AlignTop);
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_list->setObjectName(u"tagList"_s);
    m_note->setWordWrap(true);
    m_note->setEnabled(false);
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
    layout->addWidget(m_status);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &DeleteDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &DeleteDialog::reject);
    resize(600, 340);
    retranslateUi();
    findTags();
}

QString DeleteDialog::statusText() const
{
    return m_status->text();
}

void DeleteDialog::findTags()
{
    m_connections->withClient(m_registry, this, [this](RegistryClient *client) {
        auto listTags = [this, client] {
            auto *job = new DigestTagsJob(client, m_repository, m_digest);
            whenFinished(job, this, [this, job] {
                if (job->error())
                    return fail(job->error().message);
                m_tags = job->tags();
                m_ready = true;
                m_buttons->button(QDialogButtonBox::Ok)->setEnabled(true);
                retranslateUi();
                emit ready();
            });
            job->start();
        };
        if (isValidDigest(m_reference)) {
            m_digest = m_reference;
            listTags();
            return;
        }
        ManifestJob *head = client->manifest(m_repository, m_reference, /*headOnly=*/true);
        whenFinished(head, this, [this, head, listTags] {
            if (head->error())
                return fail(head->error().message);
            m_digest = head->digest();
            listTags();
        });
    });
}

void DeleteDialog::accept()
{
    if (!m_ready || m_deleting)
        return;
    m_deleting = true;
    m_error.clear();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    retranslateUi();
    m_connections->withClient(m_registry, this, [this](RegistryClient *client) {
        RegistryReply *reply = client->deleteManifest(m_repository, m_digest);
        whenFinished(reply, this, [this, reply] {
            m_deleting = false;
            if (reply->error()) {
                m_buttons->button(QDialogButtonBox::Ok)->setEnabled(true);
                return fail(reply->error().message);
            }
            emit deleted();
            QDialog::accept();
        });
    });
}

void DeleteDialog::fail(const QString &message)
{
    m_error = message;
    retranslateUi();
    emit failed(message);
}

void DeleteDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void DeleteDialog::retranslateUi()
{
    setWindowTitle(tr("Delete Manifest"));
    const QString target = m_registry + u'/' + m_repository + u'@' + (m_digest.isEmpty() ? m_reference : m_digest);
    if (!m_ready)
        m_text->setText(tr("Finding the tags that point at %1…").arg(target));
    else if (m_tags.isEmpty())
        m_text->setText(tr("Delete the manifest %1? No tag points at it.").arg(target));
    else
        m_text->setText(tr("Delete the manifest %1? These %n tag(s) point at it and go with it:", nullptr,
                           int(m_tags.size())).arg(target));
    m_list->clear();
    for (const QString &tag : std::as_const(m_tags))
        m_list->addItem(m_repository + u':' + tag);
    m_list->setVisible(!m_tags.isEmpty());
    m_note->setText(tr("The registry frees the space only when its garbage collection runs."));
    m_status->setText(!m_error.isEmpty() ? m_error : m_deleting ? tr("Deleting…") : QString());
    m_status->setStyleSheet(m_error.isEmpty() ? QString() : u"color: #b00020;"_s);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Delete"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
}

} // namespace berth
