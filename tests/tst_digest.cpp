#include "core/digest.h"

#include <QTest>

using namespace berth;

class TestDigest : public QObject
{
    Q_OBJECT
private slots:
    void validation_data()
    {
        QTest::addColumn<QString>("digest");
        QTest::addColumn<bool>("valid");
        const QString hex = QStringLiteral("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
        QTest::newRow("valid") << (QStringLiteral("sha256:") + hex) << true;
        QTest::newRow("uppercase") << (QStringLiteral("sha256:") + hex.toUpper()) << false;
        QTest::newRow("short") << (QStringLiteral("sha256:") + hex.left(63)) << false;
        QTest::newRow("long") << (QStringLiteral("sha256:") + hex + QLatin1Char('0')) << false;
        QTest::newRow("dotdot") << QStringLiteral("sha256:../../etc/passwd") << false;
        QTest::newRow("dotdot-64") << (QStringLiteral("sha256:../") + hex.left(61)) << false;
        QTest::newRow("sha512") << (QStringLiteral("sha512:") + hex) << false;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("no-algo") << hex << false;
    }
    void validation()
    {
        QFETCH(QString, digest);
        QFETCH(bool, valid);
        QCOMPARE(isValidDigest(digest), valid);
        QCOMPARE(digestHex(digest).isEmpty(), !valid);
    }

    void hashing()
    {
        QCOMPARE(Sha256::digestOf(QByteArray()),
                 QStringLiteral("sha256:e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
        Sha256 h;
        h.addData(QByteArrayLiteral("ab"));
        h.addData(QByteArrayLiteral("c"));
        QCOMPARE(h.digest(), QStringLiteral("sha256:ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
    }
};

QTEST_GUILESS_MAIN(TestDigest)
#include "tst_digest.moc"
