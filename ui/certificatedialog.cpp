#include "certificatedialog.h"

#include "core/netutil.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace berth {

namespace {

QString nameOf(const QSslCertificate &cert, bool issuer)
{
    const QString name = issuer ? cert.issuerDisplayName() : cert.subjectDisplayName();
    return name.isEmpty() ? QStringLiteral("—") : name;
}

// "AB:CD:..." as browsers show fingerprints.
QString grouped(const QString &hex)
{
    QStringList pairs;
    for (qsizetype i = 0; i + 1 < hex.size(); i += 2)
        pairs << hex.mid(i, 2).toUpper();
    return pairs.join(u':');
}

} // namespace

CertificateDialog::CertificateDialog(const QString &registry, const QList<QSslCertificate> &chain,
                                     const QList<QSslError> &errors, QWidget *parent)
    : QDialog(parent), m_registry(registry), m_chain(chain), m_errors(errors), m_intro(new QLabel(this)),
      m_details(new QPlainTextEdit(this)), m_trust(new QPushButton(this)), m_cancel(new QPushButton(this))
{
    m_intro->setWordWrap(true);
    m_details->setReadOnly(true);
    m_details->setObjectName(u"certificateDetails"_s);
    m_trust->setObjectName(u"trustCertificate"_s);
    m_trust->setEnabled(!m_chain.isEmpty());
    m_trust->setAutoDefault(false);
    m_cancel->setDefault(true); // trusting must be a deliberate click, never Enter
    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_trust, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_cancel, QDialogButtonBox::RejectRole);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_details, 1);
    layout->addWidget(buttons);
    setMinimumSize(560, 420);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    retranslateUi();
}

QString CertificateDialog::fingerprint() const
{
    return m_chain.isEmpty() ? QString() : net::sha256Fingerprint(m_chain.first());
}

QString CertificateDialog::details() const
{
    return m_details->toPlainText();
}

void CertificateDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void CertificateDialog::retranslateUi()
{
    setWindowTitle(tr("Certificate of %1").arg(m_registry));
    m_intro->setText(tr("The certificate of %1 could not be verified. Trust it only if you know it is the "
                        "registry's own certificate (compare the fingerprint with what its administrator gives "
                        "you). Berth will then accept exactly this certificate for this registry, and no other.")
                         .arg(m_registry));
    QStringList lines;
    if (!m_errors.isEmpty()) {
        lines << tr("Problems:");
        for (const QSslError &e : m_errors)
            lines << u"  • "_s + e.errorString();
        lines << QString();
    }
    const QLocale locale;
    for (qsizetype i = 0; i < m_chain.size(); ++i) {
        const QSslCertificate &cert = m_chain.at(i);
        lines << (i == 0 ? tr("Certificate of the registry") : tr("Issuer certificate %1").arg(i));
        lines << tr("Subject: %1").arg(nameOf(cert, false));
        lines << tr("Issuer: %1").arg(nameOf(cert, true));
        lines << tr("Valid from: %1").arg(locale.toString(cert.effectiveDate().toLocalTime(), QLocale::LongFormat));
        lines << tr("Valid until: %1").arg(locale.toString(cert.expiryDate().toLocalTime(), QLocale::LongFormat));
        lines << tr("SHA-256 fingerprint: %1").arg(grouped(net::sha256Fingerprint(cert)));
        lines << QString();
    }
    if (m_chain.isEmpty())
        lines << tr("The registry sent no certificate.");
    m_details->setPlainText(lines.join(u'\n'));
    m_trust->setText(tr("&Trust This Certificate for %1").arg(m_registry));
    m_cancel->setText(tr("Cancel"));
}

} // namespace berth
