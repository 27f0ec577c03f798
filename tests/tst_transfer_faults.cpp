// Transfers through a fault-injecting proxy in front of the real registry: what must succeed
// (resets, stalls, 5xx, 429), what must fail cleanly (corrupt or endlessly truncated bodies), and
// berthctl interrupted in the middle of one (it cleans up, then exits with 128 + the signal).

#include "core/pulljob.h"
#include "core/pushjob.h"
#include "core/registryclient.h"
#include "support/faultproxy.h"
#include "support/registryfixture.h"
#include "support/testutil.h"

#include <QDir>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace berth;
using namespace berth::test;
using namespace Qt::StringLiterals;
using Rule = FaultProxy::Rule;

class TestTransferFaults : public QObject
{
    Q_OBJECT

    QNetworkAccessManager m_nam;
    QTemporaryDir m_dir;
    RegistryFixture *m_registry = nullptr;
    FaultProxy *m_proxy = nullptr;
    Seeded m_image;
    int m_run = 0;

    RegistryClient *client()
    {
        berth::RegistryOptions o;
        o.registry = m_proxy->hostPort();
        o.timeoutMs = 2000; // a stall is noticed quickly
        return new RegistryClient(o, &m_nam, this);
    }
    QString out() { return m_dir.path() + u"/out"_s + QString::number(++m_run); }
    Error pull(const QString &path)
    {
        auto *job = new PullJob(client(), *ImageReference::parse(QString(m_proxy->hostPort() + u"/team/app:1"_s)),
                                path, PullJob::Format::Oci, {});
        job->start();
        return waitForJob(job);
    }
    int rangeRequests() const
    {
        int n = 0;
        for (const auto &r : m_proxy->requests())
            n += (r.target.contains("/blobs/") && r.header("Range").startsWith("bytes=")) ? 1 : 0;
        return n;
    }
    // A rule for the first layer (the config blob is too small for byte offsets to matter).
    Rule blobRule(Rule::Action action, qint64 bytes, int times) const
    {
        Rule rule;
        rule.method = "GET";
        rule.path = QRegularExpression(QRegularExpression::escape(u"/blobs/"_s + m_image.layerDigests.first()));
        rule.action = action;
        rule.bytes = bytes;
        rule.times = times;
        return rule;
    }

    // berthctl with SIGINT and SIGTERM at their default actions: a test run started in the
    // background inherits SIGINT ignored, and berthctl leaves an ignored signal ignored.
    void startBerthctl(QProcess &process, const QStringList &args)
    {
        process.setChildProcessModifier([] {
            ::signal(SIGINT, SIG_DFL);
            ::signal(SIGTERM, SIG_DFL);
        });
        process.start(qEnvironmentVariable("BERTHCTL"),
                      QStringList{u"--config-dir"_s, m_dir.path() + u"/config"_s, u"--timeout"_s, u"60"_s} + args);
        QVERIFY2(process.waitForStarted(), qPrintable(u"BERTHCTL: "_s + process.errorString()));
        process.closeWriteChannel();
    }
    // Interrupts it once the proxy's rule holds `count` requests matching method and path.
    void interruptWhenHeld(QProcess &process, const QByteArray &method, const QString &path, int count, int signalNumber)
    {
        const auto held = [&] {
            const QList<FaultProxy::Recorded> all = m_proxy->requests();
            return std::count_if(all.cbegin(), all.cend(), [&](const FaultProxy::Recorded &r) {
                return r.faulted && r.method == method && r.target.contains(path.toUtf8());
            });
        };
        QTRY_VERIFY_WITH_TIMEOUT(held() >= count, 30000);
        QCOMPARE(process.state(), QProcess::Running);
        ::kill(pid_t(process.processId()), signalNumber);
        QTRY_COMPARE_WITH_TIMEOUT(process.state(), QProcess::NotRunning, 30000);
        QCOMPARE(process.exitStatus(), QProcess::NormalExit); // it cleaned up, the signal did not kill it
        QCOMPARE(process.exitCode(), 128 + signalNumber);
        QVERIFY(process.readAllStandardError().contains("Cancelled"));
    }

private slots:
    void initTestCase()
    {
        m_registry = new RegistryFixture({}, this);
        m_image = m_registry->seedImage(u"team/app"_s, u"1"_s, {.layers = 2, .layerSize = 3 * 1024 * 1024, .seed = 31});
        QVERIFY(m_registry->start());
        m_proxy = new FaultProxy(u"127.0.0.1"_s, quint16(m_registry->baseUrl().port()), this);
        QVERIFY(m_proxy->start());
    }

    void init()
    {
        m_proxy->clearRules();
        m_proxy->clearRequests();
    }

    void resetInTheMiddleOfABlobResumesWithRange()
    {
        m_proxy->addRule(blobRule(Rule::Action::ResetAfterBytes, 1024 * 1024, 1));
        const Error e = pull(out());
        QVERIFY2(!e, qPrintable(e.message));
        QCOMPARE(m_proxy->pendingRules(), 0);
        QVERIFY(rangeRequests() >= 1);
    }

    void stallPastTheTimeoutIsRetried()
    {
        m_proxy->addRule(blobRule(Rule::Action::StallAfterBytes, 512 * 1024, 1));
        const Error e = pull(out());
        QVERIFY2(!e, qPrintable(e.message));
        QCOMPARE(m_proxy->pendingRules(), 0);
        QVERIFY(rangeRequests() >= 1);
    }

    void serverErrorsAndRateLimitsAreWaitedOut_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("retryAfter");
        QTest::newRow("502") << 502 << QByteArray();
        QTest::newRow("503") << 503 << QByteArray();
        QTest::newRow("429 Retry-After") << 429 << QByteArray("1");
    }
    void serverErrorsAndRateLimitsAreWaitedOut()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, retryAfter);
        Rule rule = blobRule(Rule::Action::RespondStatus, 0, 2);
        rule.status = status;
        if (!retryAfter.isEmpty())
            rule.headers.append({"Retry-After", retryAfter});
        m_proxy->addRule(rule);
        Rule manifest;
        manifest.method = "GET";
        manifest.path = QRegularExpression(u"/manifests/"_s);
        manifest.status = status;
        manifest.times = 1;
        if (!retryAfter.isEmpty())
            manifest.headers.append({"Retry-After", retryAfter});
        m_proxy->addRule(manifest);
        const Error e = pull(out());
        QVERIFY2(!e, qPrintable(e.message));
        QCOMPARE(m_proxy->pendingRules(), 0);
    }

    void corruptBlobFailsAndLeavesNothing()
    {
        m_proxy->addRule(blobRule(Rule::Action::CorruptByte, 1000, -1));
        const QString path = out();
        const Error e = pull(path);
        QCOMPARE(e.kind, ErrorKind::Integrity);
        QVERIFY(!QFileInfo::exists(path));
        QVERIFY(QDir(m_dir.path()).entryList({QFileInfo(path).fileName() + u"*"_s}).isEmpty());
    }

    void endlesslyTruncatedBodyFailsClearly()
    {
        m_proxy->addRule(blobRule(Rule::Action::TruncateBody, 100 * 1024, -1));
        const QString path = out();
        const Error e = pull(path);
        QVERIFY(e.isError());
        QVERIFY(e.kind != ErrorKind::Cancelled);
        QVERIFY(!e.message.isEmpty());
        QVERIFY(!QFileInfo::exists(path));
    }

    void pushThroughFailingPatchesSucceeds()
    {
        // Pull a layout first (no faults), then push it through 503s on PATCH and PUT.
        const QString layout = out();
        QVERIFY(!pull(layout));
        m_proxy->clearRequests();
        Rule patch;
        patch.method = "PATCH";
        patch.status = 503;
        patch.times = 2;
        m_proxy->addRule(patch);
        auto *job = new PushJob(client(), layout, *ImageReference::parse(QString(m_proxy->hostPort() + u"/pushed/app:1"_s)));
        job->setChunkSize(1024 * 1024);
        job->start();
        const Error e = waitForJob(job);
        QVERIFY2(!e, qPrintable(e.message));
        QCOMPARE(m_proxy->pendingRules(), 0);
    }

    void cutPatchRestartsTheBlob()
    {
        const QString layout = out();
        QVERIFY(!pull(layout));
        m_proxy->clearRequests();
        Rule cut;
        cut.method = "PATCH";
        cut.action = Rule::Action::CutRequestBody;
        cut.bytes = 256 * 1024;
        cut.times = 1;
        m_proxy->addRule(cut);
        auto *job = new PushJob(client(), layout, *ImageReference::parse(QString(m_proxy->hostPort() + u"/cut/app:1"_s)));
        job->setChunkSize(1024 * 1024);
        job->start();
        const Error e = waitForJob(job);
        QVERIFY2(!e, qPrintable(e.message));
        QCOMPARE(m_proxy->pendingRules(), 0);
        int posts = 0;
        for (const auto &r : m_proxy->requests())
            posts += (r.method == "POST" && r.target.contains("/blobs/uploads/")) ? 1 : 0;
        // Distribution drops the session of a cut PATCH; whether the client then sees the dropped
        // connection (and asks the session, which answers 404) or the 404 itself, that blob starts
        // over: one more upload session than there are blobs.
        QVERIFY2(posts > 3, qPrintable(QString::number(posts)));
    }

    void interruptedPullLeavesNothing_data()
    {
        QTest::addColumn<QString>("format");
        QTest::newRow("oci") << u"oci"_s;
        QTest::newRow("docker-archive") << u"docker-archive"_s;
    }
    void interruptedPullLeavesNothing()
    {
        QFETCH(QString, format);
        // The first layer comes in part, then nothing: berthctl is in the middle of the pull.
        m_proxy->addRule(blobRule(Rule::Action::StallAfterBytes, 1024 * 1024, -1));
        const QString path = out();
        QProcess ctl;
        startBerthctl(ctl, {u"pull"_s, u"--format"_s, format, m_proxy->hostPort() + u"/team/app:1"_s, path});
        if (QTest::currentTestFailed())
            return;
        interruptWhenHeld(ctl, "GET", m_image.layerDigests.first(), 1, SIGINT);
        // Neither the output nor its temporary folder (".partial-*", with the other blobs) remains.
        QCOMPARE(QDir(m_dir.path()).entryList({QFileInfo(path).fileName() + u"*"_s}), QStringList());
    }

    void interruptedPushCancelsItsUploadSession()
    {
        const QString layout = out();
        QVERIFY(!pull(layout));
        m_proxy->clearRequests();
        // Every blob (the layers and the config) gets its upload session (POST), then waits for an
        // answer to its PUT.
        Rule hold;
        hold.method = "PUT";
        hold.path = QRegularExpression(u"/blobs/uploads/"_s);
        hold.action = Rule::Action::Hold;
        hold.times = -1;
        m_proxy->addRule(hold);
        QProcess ctl;
        startBerthctl(ctl, {u"push"_s, layout, m_proxy->hostPort() + u"/held/app:1"_s});
        if (QTest::currentTestFailed())
            return;
        const int blobs = int(m_image.layerDigests.size()) + 1;
        interruptWhenHeld(ctl, "PUT", u"/blobs/uploads/"_s, blobs, SIGTERM);
        // Each session is closed again (Distribution answers 204) before berthctl exits.
        int opened = 0, cancelled = 0;
        for (const auto &r : m_proxy->requests()) {
            opened += (r.method == "POST" && r.status == 202) ? 1 : 0;
            cancelled += (r.method == "DELETE" && r.target.contains("/blobs/uploads/") && r.status == 204) ? 1 : 0;
        }
        QCOMPARE(opened, blobs);
        QCOMPARE(cancelled, blobs);
    }
};

QTEST_GUILESS_MAIN(TestTransferFaults)
#include "tst_transfer_faults.moc"
