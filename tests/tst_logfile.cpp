// The GUI's rotating log file: lines of enabled categories land in it, and it rolls over.

#include "core/logfile.h"
#include "core/logging.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace berth;
using namespace Qt::StringLiterals;

class TestLogFile : public QObject
{
    Q_OBJECT
private slots:
    void writesAndRotates()
    {
        QTemporaryDir dir;
        QVERIFY(installLogFile(dir.path(), 4096, 2));
        QCOMPARE(logFilePath(), dir.filePath(u"berth.log"_s));
        qCWarning(lcRegistry) << "first line";
        QFile log(logFilePath());
        QVERIFY(log.open(QIODevice::ReadOnly));
        QVERIFY(log.readAll().contains("warning berth.registry: first line"));
        for (int i = 0; i < 200; ++i)
            qCWarning(lcTransfer) << "filler line number" << i;
        QVERIFY(QFile::exists(dir.filePath(u"berth.log.1"_s)));
        QVERIFY(QFile::exists(dir.filePath(u"berth.log.2"_s)));
        QVERIFY(!QFile::exists(dir.filePath(u"berth.log.3"_s)));
        QVERIFY(QFileInfo(logFilePath()).size() <= 4096 + 200);
    }
};

QTEST_GUILESS_MAIN(TestLogFile)
#include "tst_logfile.moc"
