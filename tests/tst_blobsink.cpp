// BlobSink and DiskQueue: a download's file work on a thread of its own. Writes arrive in order,
// the queue stays bounded (the reader is told to wait and then to go on), cancel and a digest
// mismatch leave nothing behind, and no result reaches a sink that is gone or a queue that closed.
#include "core/blobsink.h"
#include "core/diskqueue.h"
#include "core/digest.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <future>

using namespace berth;

namespace {

QStringList filesIn(const QString &dir)
{
    return QDir(dir).entryList(QDir::Files | QDir::Hidden);
}

// Holds the disk thread until release(): what is posted meanwhile waits.
struct Blocker {
    std::promise<void> gate;
    explicit Blocker(DiskQueue &queue)
    {
        queue.post([f = gate.get_future().share()] { f.wait(); });
    }
    void release() { gate.set_value(); }
};

} // namespace

class TestBlobSink : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_tmp;
    QString sub(const QString &name) const { return m_tmp.filePath(name); }

    struct Events {
        int drained = 0;
        QList<Error> failures;
    };
    BlobSink::Callbacks callbacks(Events *events)
    {
        return {[events] { ++events->drained; }, [events](const Error &e) { events->failures << e; }};
    }

private slots:
    void initTestCase() { QVERIFY(m_tmp.isValid()); }

    void writesInOrderAndCommits()
    {
        auto queue = DiskQueue::create();
        Events events;
        const QString final = sub(QStringLiteral("a/blob"));
        BlobSink sink(queue, final, this, callbacks(&events));
        bool opened = false;
        sink.open([&](qint64 size, const Error &error) {
            QVERIFY2(!error, qPrintable(error.message));
            QCOMPARE(size, 0);
            opened = true;
        });
        QTRY_VERIFY(opened);
        QByteArray all;
        for (int i = 0; i < 200; ++i) {
            const QByteArray chunk = QByteArray::number(i).repeated(997 + i * 31);
            all += chunk;
            sink.write(chunk);
        }
        std::optional<Error> result;
        sink.commit(Sha256::digestOf(all), all.size(), [&](const Error &e) { result = e; });
        QVERIFY(!QFileInfo::exists(final)); // not before it is verified
        QTRY_VERIFY(result.has_value());
        QVERIFY2(!*result, qPrintable(result->message));
        QFile f(final);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), all);
        QCOMPARE(filesIn(sub(QStringLiteral("a"))), QStringList{QStringLiteral("blob")});
        QVERIFY(events.failures.isEmpty());
    }

    void boundedQueue()
    {
        auto queue = DiskQueue::create();
        Events events;
        BlobSink sink(queue, sub(QStringLiteral("b/blob")), this, callbacks(&events));
        bool opened = false;
        sink.open([&](qint64, const Error &) { opened = true; });
        QTRY_VERIFY(opened);
        Blocker blocker(*queue);
        const QByteArray chunk(64 * 1024, 'x'); // what Qt hands over per read
        int written = 0;
        while (!sink.full()) {
            sink.write(chunk);
            ++written;
        }
        QCOMPARE(qint64(written) * chunk.size(), BlobSink::MaxQueued);
        QVERIFY(sink.waitForRoom()); // the disk thread is held: the reader has to wait
        QTest::qWait(50);
        QCOMPARE(events.drained, 0);
        blocker.release();
        QTRY_COMPARE(events.drained, 1); // once, when half of it is written
        queue->waitIdle();
        QVERIFY(!sink.full());
        QVERIFY(!sink.waitForRoom()); // room already: no wait, and no second drained()
        QCoreApplication::processEvents();
        QCOMPARE(events.drained, 1);
    }

    void mismatchLeavesNothing()
    {
        auto queue = DiskQueue::create();
        Events events;
        const QString final = sub(QStringLiteral("c/blob"));
        BlobSink sink(queue, final, this, callbacks(&events));
        sink.open([](qint64, const Error &) {});
        sink.write(QByteArrayLiteral("not what the digest says"));
        std::optional<Error> result;
        sink.commit(Sha256::digestOf("something else"), 24, [&](const Error &e) { result = e; });
        QTRY_VERIFY(result.has_value());
        QCOMPARE(result->kind, ErrorKind::Integrity);
        QVERIFY(filesIn(sub(QStringLiteral("c"))).isEmpty());
    }

    void cancelRemovesThePartialFile()
    {
        auto queue = DiskQueue::create();
        Events events;
        const QString dir = sub(QStringLiteral("d"));
        BlobSink sink(queue, dir + QStringLiteral("/blob"), this, callbacks(&events));
        sink.open([](qint64, const Error &) {});
        sink.write(QByteArray(100000, 'y'));
        queue->waitIdle();
        QCOMPARE(filesIn(dir).size(), 1); // the partial file
        Blocker blocker(*queue);
        for (int i = 0; i < 10; ++i)
            sink.write(QByteArray(100000, 'z'));
        sink.cancel(); // the queued writes are skipped
        blocker.release();
        queue->waitIdle();
        QVERIFY(filesIn(dir).isEmpty());
    }

    void resumesAPartialFile()
    {
        const QString final = sub(QStringLiteral("e/blob"));
        QDir().mkpath(sub(QStringLiteral("e")));
        QFile partial(final + QStringLiteral(".partial-abc"));
        QVERIFY(partial.open(QIODevice::WriteOnly));
        partial.write("first half, ");
        partial.close();
        auto queue = DiskQueue::create();
        Events events;
        BlobSink sink(queue, final, this, callbacks(&events));
        qint64 had = -1;
        sink.open([&](qint64 size, const Error &) { had = size; });
        QTRY_COMPARE(had, 12);
        sink.write(QByteArrayLiteral("second half"));
        std::optional<Error> result;
        const QByteArray whole = QByteArrayLiteral("first half, second half");
        sink.commit(Sha256::digestOf(whole), whole.size(), [&](const Error &e) { result = e; });
        QTRY_VERIFY(result.has_value());
        QVERIFY2(!*result, qPrintable(result->message));
        QCOMPARE(filesIn(sub(QStringLiteral("e"))), QStringList{QStringLiteral("blob")});
    }

    void noResultAfterTheSinkIsGone()
    {
        auto queue = DiskQueue::create();
        Events events;
        const QString dir = sub(QStringLiteral("f"));
        bool called = false;
        {
            Blocker blocker(*queue);
            BlobSink sink(queue, dir + QStringLiteral("/blob"), this, callbacks(&events));
            sink.open([&](qint64, const Error &) { called = true; });
            blocker.release();
            queue->waitIdle(); // opened on the disk thread; its answer is on its way
        }
        queue->waitIdle();
        QCoreApplication::processEvents();
        QVERIFY(!called);
        QVERIFY(filesIn(dir).isEmpty()); // the partial file went with the sink
    }

    void closedQueueTouchesNothing()
    {
        auto queue = DiskQueue::create();
        queue->close();
        Events events;
        const QString dir = sub(QStringLiteral("g/deeper"));
        BlobSink sink(queue, dir + QStringLiteral("/blob"), this, callbacks(&events));
        bool called = false;
        sink.open([&](qint64, const Error &) { called = true; });
        sink.write(QByteArrayLiteral("x"));
        QTest::qWait(50);
        QVERIFY(!called);
        QVERIFY(!QFileInfo::exists(dir)); // not even its folder
    }
};

QTEST_GUILESS_MAIN(TestBlobSink)
#include "tst_blobsink.moc"
