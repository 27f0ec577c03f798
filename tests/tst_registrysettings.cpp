#include "core/configdir.h"
#include "core/registrysettings.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonArray>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace berth;

namespace {

RegistryEntry fullEntry()
{
    RegistryEntry entry;
    entry.registry = QStringLiteral("registry.local:5000");
    entry.displayName = QStringLiteral("Local registry 本地");
    entry.username = QStringLiteral("alice");
    entry.insecure = true;
    entry.caFile = QStringLiteral("/etc/ssl/ca.pem");
    entry.clientCertFile = QStringLiteral("/home/a/client.crt");
    entry.clientKeyFile = QStringLiteral("/home/a/client.key");
    entry.kind = RegistryKind::Harbor;
    entry.extraRepositories = {QStringLiteral("team/web"), QStringLiteral("team/api")};
    return entry;
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

quint64 inodeOf(const QString &path)
{
    struct stat info {};
    return ::stat(QFile::encodeName(path).constData(), &info) == 0 ? quint64(info.st_ino) : 0;
}

} // namespace

class TestRegistrySettings : public QObject
{
    Q_OBJECT
private slots:
    void configDirOrder()
    {
        qputenv("BERTH_CONFIG_DIR", "/tmp/from-env");
        QCOMPARE(configDir(QStringLiteral("/tmp/override/")), QStringLiteral("/tmp/override"));
        QCOMPARE(configDir(), QStringLiteral("/tmp/from-env"));
        qunsetenv("BERTH_CONFIG_DIR");
        QCOMPARE(configDir(), QDir::cleanPath(QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation)
                                              + QStringLiteral("/Berth")));
    }

    void roundTrip()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString configPath = dir.filePath(QStringLiteral("nested/config"));
        RegistrySettings settings(configPath);
        QCOMPARE(settings.filePath(), QDir(configPath).filePath(QStringLiteral("registries.json")));
        QVERIFY(settings.load()); // no file yet: empty, no error
        QVERIFY(settings.entries().isEmpty());

        RegistryEntry minimal;
        minimal.registry = QStringLiteral("harbor.example.com");
        QVERIFY(settings.add(fullEntry()));
        QVERIFY(settings.add(minimal));
        Error error;
        QVERIFY2(settings.save(&error), qPrintable(error.message)); // creates the folders too

        RegistrySettings again(configPath);
        QVERIFY(again.load(&error));
        QCOMPARE(again.entries().size(), 2);
        QCOMPARE(again.entries().at(0), fullEntry());
        QCOMPARE(again.entries().at(1), minimal);
        QCOMPARE(again.entries().at(1).kind, RegistryKind::Auto);
        QVERIFY(!again.entries().at(1).insecure);
    }

    void findAddUpdateRemove()
    {
        QTemporaryDir dir;
        RegistrySettings settings(dir.path());
        QSignalSpy changed(&settings, &RegistrySettings::changed);
        QVERIFY(settings.add(fullEntry()));
        QVERIFY(!settings.add(fullEntry())); // already there
        RegistryEntry empty;
        QVERIFY(!settings.add(empty));
        QCOMPARE(changed.count(), 1);

        QVERIFY(settings.find(QStringLiteral("REGISTRY.local:5000")).has_value());
        QVERIFY(!settings.find(QStringLiteral("registry.local:5001")).has_value());

        RegistryEntry changedEntry = fullEntry();
        changedEntry.username = QStringLiteral("bob");
        QVERIFY(settings.update(changedEntry));
        QCOMPARE(settings.find(changedEntry.registry)->username, QStringLiteral("bob"));
        RegistryEntry unknown;
        unknown.registry = QStringLiteral("nowhere:1");
        QVERIFY(!settings.update(unknown));
        settings.addOrUpdate(unknown);
        QCOMPARE(settings.entries().size(), 2);

        QVERIFY(settings.remove(QStringLiteral("Registry.Local:5000")));
        QVERIFY(!settings.remove(QStringLiteral("registry.local:5000")));
        QCOMPARE(settings.entries().size(), 1);
        QCOMPARE(changed.count(), 4);
    }

    void noSecretInFile()
    {
        QTemporaryDir dir;
        QFile file(QDir(dir.path()).filePath(QStringLiteral("registries.json")));
        // A hand-edited file with a password: Berth must not carry it along.
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"registries":[{"registry":"r.io","username":"u","password":"hunter2","secret":"s3"}]})");
        file.close();

        RegistrySettings settings(dir.path());
        QVERIFY(settings.load());
        QCOMPARE(settings.entries().size(), 1);
        QVERIFY(settings.add(fullEntry()));
        QVERIFY(settings.save());

        const QByteArray saved = readFile(file.fileName());
        QVERIFY(!saved.contains("hunter2"));
        QVERIFY(!saved.contains("s3"));
        const QSet<QString> allowed{QStringLiteral("registry"), QStringLiteral("displayName"), QStringLiteral("username"),
                                    QStringLiteral("insecure"), QStringLiteral("caFile"),
                                    QStringLiteral("clientCertFile"), QStringLiteral("clientKeyFile"),
                                    QStringLiteral("kind"), QStringLiteral("extraRepositories")};
        const QJsonArray list = QJsonDocument::fromJson(saved).object().value(QStringLiteral("registries")).toArray();
        QCOMPARE(list.size(), 2);
        for (const QJsonValue &value : list) {
            const QStringList keys = value.toObject().keys();
            for (const QString &key : keys)
                QVERIFY2(allowed.contains(key), qPrintable(key));
        }
    }

    void atomicSave()
    {
        QTemporaryDir dir;
        RegistrySettings settings(dir.path());
        QVERIFY(settings.add(fullEntry()));
        QVERIFY(settings.save());
        const quint64 before = inodeOf(settings.filePath());
        QVERIFY(before != 0);

        RegistryEntry other;
        other.registry = QStringLiteral("second.io");
        QVERIFY(settings.add(other));
        QVERIFY(settings.save());
        // Replaced by rename, not rewritten in place: a reader never sees half a file.
        QVERIFY(inodeOf(settings.filePath()) != before);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{QStringLiteral("registries.json")});

        // Saving into a folder that cannot exist fails with a message naming the file.
        QFile blocker(dir.filePath(QStringLiteral("blocker")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        RegistrySettings blocked(dir.filePath(QStringLiteral("blocker/sub")));
        QVERIFY(blocked.add(other));
        Error error;
        QVERIFY(!blocked.save(&error));
        QCOMPARE(error.kind, ErrorKind::Io);
        QVERIFY2(error.message.contains(QStringLiteral("registries.json")), qPrintable(error.message));
    }

    void brokenFileIsLeftAlone()
    {
        QTemporaryDir dir;
        QFile file(QDir(dir.path()).filePath(QStringLiteral("registries.json")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{ not json");
        file.close();
        RegistrySettings settings(dir.path());
        Error error;
        QVERIFY(!settings.load(&error));
        QCOMPARE(error.kind, ErrorKind::InvalidInput);
        QVERIFY2(error.message.contains(QDir::toNativeSeparators(file.fileName())), qPrintable(error.message));
        QVERIFY(settings.entries().isEmpty());
        QCOMPARE(readFile(file.fileName()), QByteArray("{ not json"));
    }

    void kindNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<RegistryKind>("kind");
        QTest::addColumn<QString>("written");
        QTest::newRow("registry") << QStringLiteral("registry") << RegistryKind::Registry << QStringLiteral("registry");
        QTest::newRow("harbor") << QStringLiteral("harbor") << RegistryKind::Harbor << QStringLiteral("harbor");
        QTest::newRow("auto") << QStringLiteral("auto") << RegistryKind::Auto << QStringLiteral("auto");
        QTest::newRow("unknown") << QStringLiteral("quay") << RegistryKind::Auto << QStringLiteral("auto");
        QTest::newRow("missing") << QString() << RegistryKind::Auto << QStringLiteral("auto");
    }
    void kindNames()
    {
        QFETCH(QString, name);
        QFETCH(RegistryKind, kind);
        QFETCH(QString, written);
        QCOMPARE(RegistryEntry::kindFromName(name), kind);
        QCOMPARE(RegistryEntry::kindName(kind), written);
    }
};

QTEST_GUILESS_MAIN(TestRegistrySettings)
#include "tst_registrysettings.moc"
