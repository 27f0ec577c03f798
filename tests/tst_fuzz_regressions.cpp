// Inputs the fuzzers (fuzz/) turned up, kept as unit tests. Under the asan preset they also check
// that the parsers stay free of memory errors and undefined behaviour on them.
#include "core/harboradmintypes.h"
#include "core/harbortypes.h"
#include "core/tarreader.h"

#include <QJsonObject>

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <cstring>

using namespace berth;

namespace {

QByteArray header(const QByteArray &name, char type, qint64 size)
{
    QByteArray h(512, '\0');
    std::memcpy(h.data(), name.constData(), size_t(std::min<qsizetype>(name.size(), 100)));
    std::memcpy(h.data() + 100, "0000644", 7);
    std::memcpy(h.data() + 108, "0000000", 7);
    std::memcpy(h.data() + 116, "0000000", 7);
    const QByteArray sizeField = QByteArray::number(size, 8).rightJustified(11, '0');
    std::memcpy(h.data() + 124, sizeField.constData(), 11);
    std::memcpy(h.data() + 136, "00000000000", 11);
    h[156] = type;
    std::memcpy(h.data() + 257, "ustar\0" "00", 8);
    std::memset(h.data() + 148, ' ', 8);
    unsigned sum = 0;
    for (char c : h)
        sum += static_cast<unsigned char>(c);
    std::memcpy(h.data() + 148, QByteArray::number(sum, 8).rightJustified(6, '0').constData(), 6);
    h[154] = '\0';
    return h;
}

QByteArray padded(const QByteArray &data)
{
    return data + QByteArray((512 - data.size() % 512) % 512, '\0');
}

} // namespace

class TestFuzzRegressions final : public QObject
{
    Q_OBJECT

private slots:
    // A PAX record whose length is near the qint64 maximum made the bounds check overflow
    // (pos + length, signed): the record must simply end the PAX parsing.
    void paxRecordLengthOverflow()
    {
        const QByteArray pax = "5 a=\n9223372036854775807 path=../../etc/evil\n";
        const QByteArray archive = header("pax", 'x', pax.size()) + padded(pax) + header("f", '0', 1)
                                   + padded("x") + QByteArray(1024, '\0');
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QFile file(dir.filePath(QStringLiteral("a.tar")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        QCOMPARE(file.write(archive), archive.size());
        file.close();
        TarReader reader;
        Error error;
        QVERIFY2(reader.open(file.fileName(), &error), qPrintable(error.message));
        QCOMPARE(reader.entries().size(), 1);
        QCOMPARE(reader.entries().first().name, QStringLiteral("f")); // the bad record's path unused
        QCOMPARE(reader.entries().first().size, 1);
    }

    // Harbor numbers far beyond 64 bits ("expires_at": 1.9e83) were cast from double to qint64,
    // which is undefined: they must read as absent, whatever record carries them.
    void harborNumbersOutOfRange()
    {
        const QJsonValue huge(1.89341e83);
        const QJsonObject robot{{QStringLiteral("id"), huge}, {QStringLiteral("expires_at"), huge},
                                {QStringLiteral("duration"), huge}};
        QCOMPARE(HarborRobotCreated::fromJson(robot).expiresAt, -1);
        QCOMPARE(HarborRobotCreated::fromJson(robot).id, 0);
        QCOMPARE(HarborRobot::fromJson(robot).expiresAt, -1);
        QCOMPARE(HarborRobot::fromJson(robot).durationDays, -1);
        const QJsonObject storage{{QStringLiteral("storage"), huge}};
        const QJsonObject summary{{QStringLiteral("quota"),
                                   QJsonObject{{QStringLiteral("hard"), storage}, {QStringLiteral("used"), storage}}}};
        QCOMPARE(HarborProjectSummary::fromJson(summary).storageLimit, -1);
        QCOMPARE(HarborProjectSummary::fromJson(summary).storageUsed, 0);
        QCOMPARE(HarborAuditLog::fromJson(QJsonObject{{QStringLiteral("id"), -huge.toDouble()}}).id, 0);
    }
};

QTEST_GUILESS_MAIN(TestFuzzRegressions)
#include "tst_fuzz_regressions.moc"
