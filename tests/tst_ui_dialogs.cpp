// The registry dialog's connection test and the delete confirmation, against the real registry.
#include "support/registryfixture.h"

#include "core/registryclient.h"
#include "core/registryjobs.h"
#include "core/registrysettings.h"
#include "ui/deletedialog.h"
#include "ui/registryconnections.h"
#include "ui/registrydialog.h"

#include <QLineEdit>
#include <QListWidget>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QComboBox>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace berth;

class TestUiDialogs : public QObject
{
    Q_OBJECT

private:
    static void fill(RegistryDialog &dialog, const QString &address, const QString &user = {}, const QString &password = {})
    {
        dialog.findChild<QLineEdit *>(u"address"_s)->setText(address);
        dialog.findChild<QLineEdit *>(u"username"_s)->setText(user);
        dialog.findChild<QLineEdit *>(u"password"_s)->setText(password);
    }

    static bool runTest(RegistryDialog &dialog, bool *ok)
    {
        QSignalSpy done(&dialog, &RegistryDialog::testFinished);
        dialog.findChild<QPushButton *>(u"testConnection"_s)->click();
        if (!done.wait(60000) && done.isEmpty())
            return false;
        *ok = done.constFirst().constFirst().toBool();
        return true;
    }

    // HEAD of a manifest by digest: true when the registry still has it.
    bool manifestExists(test::RegistryFixture &registry, const QString &repository, const QString &digest)
    {
        QNetworkAccessManager nam;
        RegistryOptions options;
        options.registry = registry.hostPort();
        RegistryClient client(options, &nam);
        ManifestJob *job = client.manifest(repository, digest, true);
        bool finished = false;
        Error error;
        connect(job, &Job::finished, this, [&] {
            finished = true;
            error = job->error();
        });
        [[maybe_unused]] const bool waited = QTest::qWaitFor([&] { return finished; }, 30000);
        return finished && !error;
    }

    test::RegistryFixture m_open;
    test::RegistryFixture m_locked{[] {
        test::RegistryOptions o;
        o.auth = test::RegistryAuth::Htpasswd;
        o.users = {{u"alice"_s, u"s3cret"_s}};
        return o;
    }()};
    test::RegistryFixture m_noDelete{[] {
        test::RegistryOptions o;
        o.deleteEnabled = false;
        return o;
    }()};
    QNetworkAccessManager m_nam;

private slots:
    void initTestCase()
    {
        QVERIFY(m_open.start());
        QVERIFY(m_locked.start());
        QVERIFY(m_noDelete.start());
    }

    void testConnectionSucceeds()
    {
        RegistryDialog dialog(&m_nam);
        fill(dialog, m_open.hostPort());
        bool ok = false;
        QVERIFY(runTest(dialog, &ok));
        QVERIFY2(ok, qPrintable(dialog.testResult()));
        QVERIFY(dialog.testResult().startsWith(u"Connected to http://"_s + m_open.hostPort()));
        QVERIFY(dialog.testResult().contains(u"anonymously"_s));
    }

    void testConnectionWithCredentials()
    {
        RegistryDialog dialog(&m_nam);
        fill(dialog, m_locked.hostPort(), u"alice"_s, u"s3cret"_s);
        bool ok = false;
        QVERIFY(runTest(dialog, &ok));
        QVERIFY2(ok, qPrintable(dialog.testResult()));
        QVERIFY(dialog.testResult().endsWith(u"as alice."_s));
        QCOMPARE(dialog.entry().username, u"alice"_s);
        QCOMPARE(dialog.secret(), u"s3cret"_s);
    }

    void testConnectionSaysWhatFailed_data()
    {
        QTest::addColumn<QString>("which");
        QTest::addColumn<QString>("password");
        QTest::addColumn<QString>("expected");
        QTest::newRow("unreachable") << u"down"_s << QString() << u"127.0.0.1:1"_s;
        QTest::newRow("wrong password") << u"locked"_s << u"wrong"_s << u"alice"_s;
    }

    void testConnectionSaysWhatFailed()
    {
        QFETCH(QString, which);
        QFETCH(QString, password);
        QFETCH(QString, expected);
        RegistryDialog dialog(&m_nam);
        if (which == u"down")
            fill(dialog, u"127.0.0.1:1"_s);
        else
            fill(dialog, m_locked.hostPort(), u"alice"_s, password);
        bool ok = true;
        QVERIFY(runTest(dialog, &ok));
        QVERIFY(!ok);
        QVERIFY2(dialog.testResult().startsWith(u"Failed: "_s), qPrintable(dialog.testResult()));
        QVERIFY2(dialog.testResult().contains(expected) || which == u"locked", qPrintable(dialog.testResult()));
        QVERIFY2(dialog.testResult().size() > 20, qPrintable(dialog.testResult()));
    }

    void dialogReflectsTlsChoice()
    {
        RegistryDialog dialog(&m_nam);
        fill(dialog, u"https://registry.example.com:5000/"_s);
        dialog.findChild<QRadioButton *>(u"insecure"_s)->setChecked(true);
        const RegistryEntry e = dialog.entry();
        QCOMPARE(e.registry, u"registry.example.com:5000"_s);
        QVERIFY(e.insecure);
        QVERIFY(e.caFile.isEmpty());
    }

    // The kind decides whether the tree speaks Harbor's API: chosen in the dialog, kept on edit.
    void dialogChoosesHarbor()
    {
        RegistryDialog dialog(&m_nam);
        fill(dialog, u"harbor.example.com"_s);
        auto *kind = dialog.findChild<QComboBox *>(u"kind"_s);
        QVERIFY(kind);
        QCOMPARE(dialog.entry().kind, RegistryKind::Auto);
        kind->setCurrentIndex(kind->findData(int(RegistryKind::Harbor)));
        const RegistryEntry harbor = dialog.entry();
        QCOMPARE(harbor.kind, RegistryKind::Harbor);
        RegistryDialog edit(&m_nam);
        edit.setEntry(harbor);
        QCOMPARE(edit.findChild<QComboBox *>(u"kind"_s)->currentData().toInt(), int(RegistryKind::Harbor));
        QCOMPARE(RegistryEntry::fromJson(edit.entry().toJson()).kind, RegistryKind::Harbor);
    }

    void deleteListsTagsSharingTheDigest()
    {
        const auto image = m_open.seedImage(u"del/app"_s, u"1.0"_s, {});
        m_open.addTag(u"del/app"_s, u"stable"_s, image.digest);
        test::SeedOptions other;
        other.seed = 7;
        const auto keep = m_open.seedImage(u"del/app"_s, u"2.0"_s, other);
        QVERIFY(manifestExists(m_open, u"del/app"_s, image.digest));

        QTemporaryDir config;
        RegistrySettings settings(config.path());
        RegistryConnections connections(&settings, nullptr);
        DeleteDialog dialog(&connections, m_open.hostPort(), u"del/app"_s, u"stable"_s);
        QSignalSpy ready(&dialog, &DeleteDialog::ready);
        QVERIFY(ready.wait(30000));
        QCOMPARE(dialog.digest(), image.digest);
        QCOMPARE(dialog.tags(), (QStringList{u"1.0"_s, u"stable"_s}));
        auto *list = dialog.findChild<QListWidget *>(u"tagList"_s);
        QCOMPARE(list->count(), 2);
        QCOMPARE(list->item(0)->text(), u"del/app:1.0"_s);
        QCOMPARE(list->item(1)->text(), u"del/app:stable"_s);

        QSignalSpy deleted(&dialog, &DeleteDialog::deleted);
        dialog.findChild<QPushButton *>(u"deleteButton"_s)->click();
        QVERIFY(deleted.wait(30000));
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(!manifestExists(m_open, u"del/app"_s, image.digest));
        QVERIFY(manifestExists(m_open, u"del/app"_s, keep.digest));
    }

    void deleteDisabledSaysSo()
    {
        const auto image = m_noDelete.seedImage(u"frozen"_s, u"1"_s, {});
        QTemporaryDir config;
        RegistrySettings settings(config.path());
        RegistryConnections connections(&settings, nullptr);
        DeleteDialog dialog(&connections, m_noDelete.hostPort(), u"frozen"_s, image.digest);
        QSignalSpy ready(&dialog, &DeleteDialog::ready);
        QVERIFY(ready.wait(30000));
        QCOMPARE(dialog.tags(), QStringList{u"1"_s});
        QSignalSpy failed(&dialog, &DeleteDialog::failed);
        dialog.accept();
        QVERIFY(failed.wait(30000));
        QVERIFY2(dialog.statusText().contains(u"deletion is disabled"_s, Qt::CaseInsensitive), qPrintable(dialog.statusText()));
        QVERIFY(manifestExists(m_noDelete, u"frozen"_s, image.digest));
    }
};

QTEST_MAIN(TestUiDialogs)
#include "tst_ui_dialogs.moc"
