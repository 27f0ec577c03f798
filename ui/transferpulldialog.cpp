#include "transferpulldialog.h"

#include "transferplatformbox.h"

#include "core/digest.h"

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
#include <QStandardPaths>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace berth {

namespace {
QString defaultFolder()
{
    const QString downloads = QStandardPaths::writableLocation(QStandardPaths::DownloadLocation);
    return downloads.isEmpty() ? QDir::homePath() : downloads;
}
} // namespace

TransferPullDialog::TransferPullDialog(RegistryConnections *connections, const ImageReference &reference, QWidget *parent)
    : QDialog(parent)
    , m_reference(reference)
    , m_title(new QLabel(this))
    , m_format(new QComboBox(this))
    , m_formatHint(new QLabel(this))
    , m_path(new QLineEdit(this))
    , m_browse(new QPushButton(this))
    , m_platform(new TransferPlatformBox(this))
    , m_formatLabel(new QLabel(this))
    , m_pathLabel(new QLabel(this))
    , m_platformLabel(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(u"pullDialog"_s);
    m_format->setObjectName(u"format"_s);
    m_path->setObjectName(u"destination"_s);
    m_platform->setObjectName(u"platform"_s);
    m_title->setWordWrap(true);
    m_title->setTextFormat(Qt::PlainText);
    m_formatHint->setWordWrap(true);
    m_formatHint->setEnabled(false);
    m_path->setMinimumWidth(380);
    m_format->addItem(QString(), int(TransferRequest::Format::Oci));
    m_format->addItem(QString(), int(TransferRequest::Format::DockerArchive));
    m_formatLabel->setBuddy(m_format);
    m_pathLabel->setBuddy(m_path);
    m_platformLabel->setBuddy(m_platform);

    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(m_browse);
    // The hint sits right under its field, closer than the form's row spacing.
    auto *formatColumn = new QVBoxLayout;
    formatColumn->setSpacing(2);
    formatColumn->addWidget(m_format);
    formatColumn->addWidget(m_formatHint);
    auto *form = new QFormLayout;
    form->addRow(m_formatLabel, formatColumn);
    form->addRow(m_pathLabel, pathRow);
    form->addRow(m_platformLabel, m_platform);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addSpacing(6);
    layout->addLayout(form);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    connect(m_format, &QComboBox::currentIndexChanged, this, &TransferPullDialog::formatChanged);
    connect(m_browse, &QPushButton::clicked, this, &TransferPullDialog::browse);
    connect(m_path, &QLineEdit::textChanged, this, &TransferPullDialog::validate);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    m_path->setText(QDir::toNativeSeparators(QDir(defaultFolder()).filePath(defaultName())));
    retranslateUi();
    formatChanged();
    if (connections)
        m_platform->load(connections, reference.registry, reference.repository, reference.reference());
}

QString TransferPullDialog::defaultName() const
{
    const QString name = m_reference.repository.section(u'/', -1);
    const QString ref = m_reference.tag.isEmpty() ? digestHex(m_reference.digest).left(12) : m_reference.tag;
    return name + u'-' + ref;
}

void TransferPullDialog::setFormat(TransferRequest::Format format)
{
    m_format->setCurrentIndex(m_format->findData(int(format)));
}

TransferRequest::Format TransferPullDialog::format() const
{
    return TransferRequest::Format(m_format->currentData().toInt());
}

void TransferPullDialog::setDestination(const QString &path)
{
    m_path->setText(QDir::toNativeSeparators(path));
}

QString TransferPullDialog::destination() const
{
    return QDir::fromNativeSeparators(m_path->text().trimmed());
}

TransferRequest TransferPullDialog::request() const
{
    TransferRequest r;
    r.kind = TransferRequest::Kind::Pull;
    r.source.registry = m_reference.registry;
    r.from = m_reference;
    r.path = destination();
    r.format = format();
    r.platform = m_platform->platform();
    return r;
}

void TransferPullDialog::formatChanged()
{
    const bool archive = format() == TransferRequest::Format::DockerArchive;
    m_platform->setDefault(archive ? TransferPlatformBox::Default::HostPlatform
                                   : TransferPlatformBox::Default::AllPlatforms);
    // Keep the chosen name; only the ending follows the format.
    QString path = m_path->text().trimmed();
    if (archive && !path.endsWith(u".tar"_s, Qt::CaseInsensitive))
        path += u".tar"_s;
    else if (!archive && path.endsWith(u".tar"_s, Qt::CaseInsensitive))
        path.chop(4);
    m_path->setText(path);
    retranslateUi();
}

void TransferPullDialog::browse()
{
    const QFileInfo current(destination());
    if (format() == TransferRequest::Format::DockerArchive) {
        const QString file = QFileDialog::getSaveFileName(this, tr("Save Docker Archive"), current.absoluteFilePath(),
                                                          tr("Tar archives (*.tar)"));
        if (!file.isEmpty())
            setDestination(file);
        return;
    }
    // The layout becomes a new folder inside the chosen one (or fills it, when it is empty).
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Folder for the OCI Image Layout"),
                                                          current.absolutePath());
    if (!dir.isEmpty())
        setDestination(QDir(dir).filePath(current.fileName().isEmpty() ? defaultName() : current.fileName()));
}

void TransferPullDialog::validate()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!destination().isEmpty());
}

void TransferPullDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void TransferPullDialog::retranslateUi()
{
    setWindowTitle(tr("Pull Image"));
    m_title->setText(tr("Pull %1 to a file on this computer.").arg(m_reference.toString()));
    m_format->setItemText(0, tr("OCI image layout (folder)"));
    m_format->setItemText(1, tr("Docker archive (.tar)"));
    m_formatHint->setText(format() == TransferRequest::Format::DockerArchive
                              ? tr("One image, as docker save writes it; docker load and skopeo read it.")
                              : tr("Keeps a whole multi-platform index; skopeo, podman and containerd read it."));
    m_formatLabel->setText(tr("&Format:"));
    m_pathLabel->setText(tr("&Save to:"));
    m_platformLabel->setText(tr("&Platform:"));
    m_browse->setText(tr("&Browse…"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Pull"));
    validate();
}

} // namespace berth
