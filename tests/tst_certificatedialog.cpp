// A certificate error in the registry dialog's connection test: the certificate is shown
// (subject, issuer, SHA-256, validity, errors), trusting it pins exactly it and the test then
// succeeds; another registry's certificate is still refused with that pin.

#include "core/netutil.h"
#include "core/registryclient.h"
#include "core/registrysettings.h"
#include "support/registryfixture.h"
#include "support/testcerts.h"
#include "support/testutil.h"
#include "ui/certificatedialog.h"
#include "ui/registryconnections.h"
#include "ui/registrydialog.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QRadioButton>
#include <QTemporaryDir>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace berth;
using namespace Qt::StringLiterals;

class TestCertificateDialog : public QObject
{
    Q_OBJECT

    test::RegistryFixture *m_tls = nullptr;
    test::RegistryFixture *m_other = nullptr;
    QNetworkAccessManager m_nam;

private slots:
    void initTestCase()
    {
        // Loopback is insecure implicitly (as in Docker): verify for real here.
        qputenv("BERTH_STRICT_LOOPBACK", "1");
        m_tls = new test::RegistryFixture({.tls = true}, this);
        m_other = new test::RegistryFixture({.tls = true}, this);
        QVERIFY(m_tls->start());
        QVERIFY(m_other->start());
    }

    void showTrustAndConnect()
    {
        RegistryDialog dialog(&m_nam);
        dialog.findChild<QLineEdit *>(u"address"_s)->setText(m_tls->hostPort());
        QSignalSpy finished(&dialog, &RegistryDialog::testFinished);
        auto *show = dialog.findChild<QPushButton *>(u"showCertificate"_s);
        QVERIFY(show);
        QVERIFY(show->isHidden());

        dialog.testConnection();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
        QCOMPARE(finished.takeFirst().value(0).toBool(), false);
        QVERIFY(!show->isHidden());

        dialog.showCertificate();
        auto *certificate = dialog.findChild<CertificateDialog *>();
        QVERIFY(certificate);
        const QString details = certificate->details();
        QVERIFY2(details.contains(u"Subject: localhost"_s), qPrintable(details));
        QVERIFY2(details.contains(u"Berth Test CA"_s), qPrintable(details)); // the issuer
        QVERIFY2(details.contains(u"SHA-256 fingerprint: "_s), qPrintable(details));
        QVERIFY2(details.contains(u"Valid until: "_s), qPrintable(details));
        QVERIFY2(details.contains(u"Problems:"_s), qPrintable(details));
        const QString pin = certificate->fingerprint();
        QCOMPARE(pin.size(), 64);
        // Enter does not trust: the default button is Cancel.
        auto *trust = certificate->findChild<QPushButton *>(u"trustCertificate"_s);
        QVERIFY(trust && !trust->isDefault());

        certificate->accept();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
        QVERIFY2(finished.takeFirst().value(0).toBool(), qPrintable(dialog.testResult()));
        const RegistryEntry entry = dialog.entry();
        QCOMPARE(entry.pinnedCertificates, QStringList{pin});

        // Saved and read back: the pin stays with the registry.
        QCOMPARE(RegistryEntry::fromJson(entry.toJson()).pinnedCertificates, QStringList{pin});

        // The same pin on another registry (another certificate): still refused.
        RegistryEntry other = entry;
        other.registry = m_other->hostPort();
        RegistryClient client(RegistryConnections::optionsFor(other), &m_nam);
        QCOMPARE(test::waitForJob(client.ping()).kind, ErrorKind::Tls);
    }

    // Mutual TLS from the dialog: the test connection fails without the client certificate and
    // succeeds with it; a certificate without its key cannot be saved.
    void clientCertificateFromTheDialog()
    {
        QTemporaryDir dir;
        const test::TestCertificates client = test::TestCertificates::generateClient(dir.path());
        QVERIFY(client.isValid());
        test::RegistryFixture mtls({.tls = true, .clientCaFile = client.caCertFile,
                                    .clientCertFile = client.serverCertFile, .clientKeyFile = client.serverKeyFile});
        QVERIFY(mtls.start());

        RegistryDialog dialog(&m_nam);
        dialog.findChild<QLineEdit *>(u"address"_s)->setText(mtls.hostPort());
        RegistryEntry pinned = dialog.entry();
        dialog.setEntry(pinned);
        // The server's certificate is checked with the fixture's CA; the client side is the subject.
        dialog.findChild<QRadioButton *>(u"caMode"_s)->setChecked(true);
        dialog.findChild<QLineEdit *>(u"caFile"_s)->setText(mtls.caFile());
        QSignalSpy finished(&dialog, &RegistryDialog::testFinished);
        dialog.testConnection();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
        QCOMPARE(finished.takeFirst().value(0).toBool(), false);

        auto *cert = dialog.findChild<QLineEdit *>(u"clientCertFile"_s);
        auto *key = dialog.findChild<QLineEdit *>(u"clientKeyFile"_s);
        QVERIFY(cert && key);
        cert->setText(client.serverCertFile);
        auto *save = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save);
        QVERIFY(!save->isEnabled()); // a certificate without its key
        key->setText(client.serverKeyFile);
        QVERIFY(save->isEnabled());
        dialog.testConnection();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
        QVERIFY2(finished.takeFirst().value(0).toBool(), qPrintable(dialog.testResult()));
        QCOMPARE(dialog.entry().clientCertFile, client.serverCertFile);
        QCOMPARE(RegistryEntry::fromJson(dialog.entry().toJson()).clientKeyFile, client.serverKeyFile);
    }
};

QTEST_MAIN(TestCertificateDialog)
#include "tst_certificatedialog.moc"
