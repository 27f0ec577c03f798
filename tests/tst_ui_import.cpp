// Importing registries from Docker's config.json: names and users come over, secrets never do.

#include "core/dockerconfig.h"
#include "core/registrysettings.h"
#include "ui/importdialog.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QListWidget>
#include <QPushButton>
#include <QDialogButtonBox>
#include <QTemporaryDir>
#include <QTest>

using namespace berth;
using namespace Qt::StringLiterals;

class TestUiImport : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString writeConfig(const QByteArray &json)
    {
        const QString path = m_dir.filePath(u"config.json"_s);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return {};
        file.write(json);
        return path;
    }

private slots:
    void importsChosenRegistriesWithoutSecrets()
    {
        const QByteArray alice = QByteArray("alice:s3cret-pass").toBase64();
        auto auth = [](const QByteArray &userPass) { return QString::fromLatin1(userPass.toBase64()); };
        const QJsonObject json{
            {u"auths"_s, QJsonObject{
                 {u"https://index.docker.io/v1/"_s, QJsonObject{{u"auth"_s, auth("bob:other")}}},
                 {u"reg.example.com:5000"_s, QJsonObject{{u"auth"_s, auth("alice:s3cret-pass")}}},
                 {u"tokens.example.com"_s, QJsonObject{{u"auth"_s, auth("<token>:x")}, {u"identitytoken"_s, u"refresh-abc"_s}}},
             }},
            {u"credHelpers"_s, QJsonObject{{u"ghcr.io"_s, u"fake"_s}}},
        };
        const QString path = writeConfig(QJsonDocument(json).toJson());
        QVERIFY(!path.isEmpty());
        DockerConfig config;
        config.setPath(path);
        RegistrySettings settings(m_dir.filePath(u"berth"_s));
        settings.add(RegistryEntry{.registry = u"docker.io"_s});

        ImportDockerDialog dialog(&config, &settings);
        // Docker Hub is saved already: shown, not offered.
        QCOMPARE(dialog.candidates(), (QStringList{u"ghcr.io"_s, u"reg.example.com:5000"_s, u"tokens.example.com"_s}));
        auto *list = dialog.findChild<QListWidget *>(u"importList"_s);
        QVERIFY(list);
        QCOMPARE(list->count(), 4);
        QVERIFY(list->item(0)->text().contains(u"docker.io"_s));
        QVERIFY(!(list->item(0)->flags() & Qt::ItemIsEnabled));
        QVERIFY(list->item(2)->text().contains(u"alice"_s));
        QVERIFY(list->item(1)->text().contains(u"fake"_s)); // the credential helper is named

        dialog.setChecked(u"ghcr.io"_s, false);
        auto *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QVERIFY(ok->isEnabled());
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.imported(), (QStringList{u"reg.example.com:5000"_s, u"tokens.example.com"_s}));

        RegistrySettings reread(m_dir.filePath(u"berth"_s));
        QVERIFY(reread.load());
        QVERIFY(!reread.find(u"ghcr.io"_s));
        QCOMPARE(reread.find(u"reg.example.com:5000"_s)->username, u"alice"_s);
        QCOMPARE(reread.find(u"tokens.example.com"_s)->username, QString()); // "<token>" is no user name

        QFile file(reread.filePath());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray saved = file.readAll();
        for (const QByteArray &secret : {QByteArray("s3cret-pass"), alice, QByteArray("refresh-abc")})
            QVERIFY2(!saved.contains(secret), saved.constData());
    }

    void nothingToImport()
    {
        DockerConfig config;
        config.setPath(m_dir.filePath(u"missing/config.json"_s));
        RegistrySettings settings(m_dir.filePath(u"empty"_s));
        ImportDockerDialog dialog(&config, &settings);
        QVERIFY(dialog.candidates().isEmpty());
        QVERIFY(!dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->isEnabled());
    }
};

QTEST_MAIN(TestUiImport)
#include "tst_ui_import.moc"
