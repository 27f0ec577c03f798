#include "retagdialog.h"

#include "icons.h"
#include "jobwatch.h"
#include "registryconnections.h"

#include "core/digest.h"
#include "core/reference.h"
#include "core/retagjob.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace berth {

RetagDialog::RetagDialog(RegistryConnections *connections, const QString &registry, const QString &repository,
                         const QString &reference, QWidget *parent)
    : QDialog(parent), m_connections(connections), m_registry(registry), m_repository(repository),
      m_reference(reference), m_text(new QLabel(this)), m_label(new QLabel(this)), m_edit(new QLineEdit(this)), m_status(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_edit->setObjectName(u"tagEdit"_s);
    m_edit->setMaxLength(128);
    m_edit->setClearButtonEnabled(true);
    m_status->setObjectName(u"status"_s);
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setMinimumHeight(m_status->fontMetrics().lineSpacing() * 2);
    m_status->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(u"retagButton"_s);
    m_buttons->button(QDialogButtonBox::Ok)->setIcon(icon(IconId::Tag));

    auto *form = new QFormLayout;
    m_label->setBuddy(m_edit);
    form->addRow(m_label, m_edit);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_text);
    layout->addLayout(form);
    layout->addWidget(m_status);
    layout->addStretch(1);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &RetagDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &RetagDialog::reject);
    connect(m_edit, &QLineEdit::textChanged, this, [this] {
        m_error.clear();
        validate();
    });
    resize(520, 200);
    retranslateUi();
}

QString RetagDialog::newTag() const
{
    return m_edit->text().trimmed();
}

QString RetagDialog::statusText() const
{
    return m_status->text();
}

bool RetagDialog::canAccept() const
{
    return !m_running && ImageReference::isValidTag(newTag());
}

void RetagDialog::validate()
{
    const QString tag = newTag();
    QString problem;
    if (!tag.isEmpty() && !ImageReference::isValidTag(tag)) {
        if (tag.size() > 128)
            problem = tr("A tag has at most 128 characters.");
        else if (tag.startsWith(u'.') || tag.startsWith(u'-'))
            problem = tr("A tag cannot start with \".\" or \"-\".");
        else
            problem = tr("A tag holds only letters, digits, \"_\", \".\" and \"-\".");
    }
    const QString text = !m_error.isEmpty() ? m_error : !problem.isEmpty() ? problem
                                                      : m_running ? tr("Adding the tag…") : QString();
    m_status->setText(text);
    m_status->setStyleSheet(m_error.isEmpty() && problem.isEmpty() ? QString() : u"color: #b00020;"_s);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(canAccept());
}

void RetagDialog::accept()
{
    if (!canAccept())
        return;
    m_running = true;
    m_error.clear();
    validate();
    const QString tag = newTag();
    m_connections->withClient(m_registry, this, [this, tag](RegistryClient *client) {
        auto *job = new RetagJob(client, m_repository, m_reference, tag);
        whenFinished(job, this, [this, job, tag] {
            m_running = false;
            if (job->error()) {
                m_error = job->error().message;
                validate();
                emit failed(m_error);
                return;
            }
            emit retagged(tag, job->digest());
            QDialog::accept();
        });
        job->start();
    });
}

void RetagDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void RetagDialog::retranslateUi()
{
    setWindowTitle(tr("Add Tag"));
    const QString source = m_registry + u'/' + m_repository + (isValidDigest(m_reference) ? u'@' : u':') + m_reference;
    m_text->setText(tr("Put the manifest of %1 under another tag of %2. The manifest and its other tags stay as they "
                       "are; an existing tag of that name is moved.").arg(source, m_repository));
    m_label->setText(tr("New &tag:"));
    m_edit->setPlaceholderText(tr("e.g. 1.4.2, stable, release-2026-06"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Add Tag"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    validate();
}

} // namespace berth
