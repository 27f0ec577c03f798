// The transfers of the desktop application against the real registry: pull and push through the
// transfer thread, cancel, failure and retry, the model under QAbstractItemModelTester, and the
// pull/copy dialogs, a drop on the tree and quitting, driven through the real main window.
#include "support/faultproxy.h"
#include "support/memorycredentialstore.h"
#include "support/registryfixture.h"
#include "support/testutil.h"

#include "core/digest.h"
#include "core/ocilayout.h"
#include "core/registryclient.h"
#include "core/registryjobs.h"
#include "ui/mainwindow.h"
#include "ui/transfercopydialog.h"
#include "ui/transfermodel.h"
#include "ui/transferplatformbox.h"
#include "ui/transferpulldialog.h"
#include "ui/transferpushdialog.h"
#include "ui/transferrunner.h"
#include "ui/transferworker.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QDirIterator>
#include <QDropEvent>
#include <QFile>
#include <QLineEdit>
#include <QMessageBox>
#include <QMimeData>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimer>
#include <QTreeView>

#include <atomic>

using namespace Qt::StringLiterals;
using namespace berth;

class TestUiTransfers : public QObject
{
    Q_OBJECT

private:
    test::RegistryFixture m_registry;
    test::Seeded m_image;
    QTemporaryDir m_dir;
    QNetworkAccessManager m_nam;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    static TransferRequest pull(const QString &hostPort, const QString &repoAndTag, const QString &to,
                                TransferRequest::Format format = TransferRequest::Format::Oci)
    {
        TransferRequest r;
        r.kind = TransferRequest::Kind::Pull;
        r.source.registry = hostPort;
        r.from = *ImageReference::parse(QString(hostPort + u'/' + repoAndTag));
        r.path = to;
        r.format = format;
        return r;
    }
    static TransferRequest push(const QString &layout, const QString &hostPort, const QString &repoAndTag)
    {
        TransferRequest r;
        r.kind = TransferRequest::Kind::Push;
        r.target.registry = hostPort;
        r.path = layout;
        r.to = *ImageReference::parse(QString(hostPort + u'/' + repoAndTag));
        return r;
    }

    QStringList tagsOf(const QString &repository)
    {
        RegistryOptions o;
        o.registry = m_registry.hostPort();
        RegistryClient client(o, &m_nam);
        ListJob *job = client.tags(repository);
        QStringList tags;
        const Error error = test::waitForJob(job, [&] { tags = job->items(); });
        return error ? QStringList{error.message} : tags;
    }

    // Every blob of the layout has the content its name says.
    static bool layoutVerifies(const QString &dir, QString *why)
    {
        Error error;
        if (!OciLayout(dir).open(&error)) {
            *why = error.message;
            return false;
        }
        int blobs = 0;
        for (QDirIterator it(dir + u"/blobs/sha256"_s, QDir::Files); it.hasNext(); ++blobs) {
            QFile f(it.next());
            if (!f.open(QIODevice::ReadOnly) || Sha256::digestOf(f.readAll()) != u"sha256:"_s + it.fileName()) {
                *why = u"blob does not match its name: "_s + it.fileName();
                return false;
            }
        }
        *why = u"blobs: %1"_s.arg(blobs);
        return blobs >= 3;
    }

    // A rule for every request matching method and path.
    static test::FaultProxy::Rule everyRequest(const QByteArray &method, const QString &path,
                                               test::FaultProxy::Rule::Action action, qint64 bytes = 0)
    {
        test::FaultProxy::Rule rule;
        rule.method = method;
        rule.path = QRegularExpression(path);
        rule.times = -1;
        rule.action = action;
        rule.bytes = bytes;
        return rule;
    }

    static bool leftovers(const QString &dir)
    {
        return !QDir(dir).entryList({u"*partial*"_s}, QDir::AllEntries | QDir::Hidden).isEmpty();
    }

    static QModelIndex child(const QAbstractItemModel *model, const QModelIndex &parent, const QString &label)
    {
        for (int r = 0; r < model->rowCount(parent); ++r) {
            const QModelIndex idx = model->index(r, 0, parent);
            if (idx.data().toString() == label)
                return idx;
        }
        return {};
    }

    // The row of team/app in the window's tree, expanded (its tags loading).
    static QModelIndex appRow(MainWindow &window)
    {
        QTreeView *tree = window.treeView();
        QAbstractItemModel *model = tree->model();
        const QModelIndex reg = model->index(0, 0);
        if (!QTest::qWaitFor([&] { return child(model, reg, u"team/"_s).isValid(); }, 20000))
            return {};
        const QModelIndex team = child(model, reg, u"team/"_s);
        tree->expand(team);
        if (!QTest::qWaitFor([&] { return child(model, team, u"app"_s).isValid(); }, 20000))
            return {};
        const QModelIndex app = child(model, team, u"app"_s);
        tree->expand(app);
        return app;
    }

    static MainWindowOptions windowOptions(const QTemporaryDir &config, test::MemoryCredentialStore *store,
                                           const QString &registry)
    {
        MainWindowOptions options;
        options.configDir = config.path();
        options.registries = {registry};
        options.store = store;
        return options;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        test::SeedOptions o;
        o.layers = 3;
        o.layerSize = 400 * 1024;
        o.oci = true;
        o.seed = 41;
        m_image = m_registry.seedImage(u"team/app"_s, u"1.0"_s, o);
        m_registry.seedIndex(u"team/app"_s, u"multi"_s, {u"linux/amd64"_s, u"linux/arm64/v8"_s}, true, 42);
        QVERIFY(m_registry.start());
    }

    void pullAndPushOnTheTransferThread()
    {
        TransferRunner runner;
        TransferModel model(&runner);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        runner.setProgressInterval(0); // every progress event crosses: the thread check sees them all

        // Where the jobs report from, and where the GUI hears it.
        std::atomic<QThread *> jobThread{nullptr};
        QThread *guiThread = nullptr;
        QObject probe;
        connect(static_cast<TransferWorker *>(runner.worker()), &TransferWorker::progress, &probe,
                [&jobThread] { jobThread = QThread::currentThread(); }, Qt::DirectConnection);
        connect(&runner, &TransferRunner::progress, &probe, [&guiThread] { guiThread = QThread::currentThread(); });
        QSignalSpy finished(&model, &TransferModel::transferFinished);

        const QString layout = path(u"app-layout"_s);
        const int row = model.start(pull(m_registry.hostPort(), u"team/app:1.0"_s, layout));
        QCOMPARE(model.rowCount(), 1);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
        QCOMPARE(model.state(row), TransferModel::State::Done);
        QVERIFY(jobThread.load() != nullptr);
        QVERIFY(jobThread.load() != QThread::currentThread());
        QVERIFY(jobThread.load() == runner.thread());
        QCOMPARE(guiThread, QThread::currentThread());

        const QModelIndex idx = model.index(row);
        QCOMPARE(idx.data(TransferModel::DigestRole).toString(), m_image.digest);
        QCOMPARE(idx.data(TransferModel::ProgressRole).toInt(), 1000);
        QVERIFY(idx.data(TransferModel::BytesTotalRole).toLongLong() > 3 * 400 * 1024 / 2);
        QCOMPARE(idx.data(TransferModel::OutputPathRole).toString(), layout);
        QVERIFY2(idx.data(TransferModel::DetailRole).toString().startsWith(u"Done"_s),
                 qPrintable(idx.data(TransferModel::DetailRole).toString()));
        QString why;
        QVERIFY2(layoutVerifies(layout, &why), qPrintable(why));
        QVERIFY(!leftovers(m_dir.path()));

        // Push that layout to another repository; a core ListJob sees the tag.
        const int pushRow = model.start(push(layout, m_registry.hostPort(), u"team/pushed:2.0"_s));
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 60000);
        QCOMPARE(model.state(pushRow), TransferModel::State::Done);
        QCOMPARE(model.index(pushRow).data(TransferModel::DigestRole).toString(), m_image.digest);
        QCOMPARE(tagsOf(u"team/pushed"_s), QStringList{u"2.0"_s});

        model.clearFinished();
        QCOMPARE(model.rowCount(), 0);
    }

    void cancelLeavesNothingBehind()
    {
        test::FaultProxy proxy(u"127.0.0.1"_s, quint16(m_registry.baseUrl().port()));
        QVERIFY(proxy.start());
        proxy.addRule(everyRequest("GET", u"/blobs/sha256:"_s, test::FaultProxy::Rule::Action::StallAfterBytes, 64 * 1024));

        TransferRunner runner;
        TransferModel model(&runner);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy finished(&model, &TransferModel::transferFinished);
        const QString out = path(u"cancelled"_s);
        const int row = model.start(pull(proxy.hostPort(), u"team/app:1.0"_s, out));
        // Running, with bytes arriving and the layers stalled half-way; the small config is complete.
        QTRY_VERIFY_WITH_TIMEOUT(model.index(row).data(TransferModel::BytesDoneRole).toLongLong() > 0, 20000);
        QTRY_VERIFY_WITH_TIMEOUT(model.index(row).data(TransferModel::DetailRole).toString().contains(u"1 of 4 blobs"_s), 20000);
        QCOMPARE(model.state(row), TransferModel::State::Running);
        QVERIFY(model.canCancel(row));
        QVERIFY(!model.canRetry(row));
        QCOMPARE(model.activeCount(), 1);
        // Stalled: the speed shown falls instead of staying at its last value.
        const double speed = model.index(row).data(TransferModel::SpeedRole).toDouble();
        QVERIFY(speed > 0);
        QTRY_VERIFY_WITH_TIMEOUT(model.index(row).data(TransferModel::SpeedRole).toDouble() < speed / 2, 10000);

        model.cancel(row);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10000);
        QCOMPARE(model.state(row), TransferModel::State::Cancelled);
        QCOMPARE(model.activeCount(), 0);
        QVERIFY(!QFileInfo::exists(out));
        QVERIFY(!leftovers(m_dir.path()));
        QVERIFY(model.canRetry(row));
    }

    void cancelledPushClosesItsUploadSessions()
    {
        TransferRunner runner;
        TransferModel model(&runner);
        QSignalSpy finished(&model, &TransferModel::transferFinished);
        const QString layout = path(u"cancel-push-layout"_s);
        model.start(pull(m_registry.hostPort(), u"team/app:1.0"_s, layout));
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);

        // Each blob (3 layers and the config) opens its upload session, then waits for its PUT.
        test::FaultProxy proxy(u"127.0.0.1"_s, quint16(m_registry.baseUrl().port()));
        QVERIFY(proxy.start());
        proxy.addRule(everyRequest("PUT", u"/blobs/uploads/"_s, test::FaultProxy::Rule::Action::Hold));
        const auto count = [&proxy](const QByteArray &method, int status) {
            int n = 0;
            for (const auto &r : proxy.requests())
                n += (r.method == method && r.target.contains("/blobs/uploads/") && (status == 0 || r.status == status)) ? 1 : 0;
            return n;
        };
        const int row = model.start(push(layout, proxy.hostPort(), u"team/held:1"_s));
        QTRY_COMPARE_WITH_TIMEOUT(count("PUT", 0), 4, 20000);

        model.cancel(row);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 10000);
        QCOMPARE(model.state(row), TransferModel::State::Cancelled);
        QCOMPARE(count("POST", 202), 4);
        QTRY_COMPARE_WITH_TIMEOUT(count("DELETE", 204), 4, 10000); // Distribution's answer to a cancelled session
    }

    void failureShowsErrorAndRetryWorks()
    {
        test::FaultProxy proxy(u"127.0.0.1"_s, quint16(m_registry.baseUrl().port()));
        QVERIFY(proxy.start());
        test::FaultProxy::Rule refuse;
        refuse.path = QRegularExpression(u"/manifests/"_s);
        refuse.times = 1;
        refuse.status = 404;
        proxy.addRule(refuse);

        TransferRunner runner;
        TransferModel model(&runner);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy finished(&model, &TransferModel::transferFinished);
        const QString out = path(u"retried.tar"_s);
        const int row =
            model.start(pull(proxy.hostPort(), u"team/app:1.0"_s, out, TransferRequest::Format::DockerArchive));
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
        QCOMPARE(model.state(row), TransferModel::State::Failed);
        const QString error = model.index(row).data(TransferModel::ErrorRole).toString();
        QVERIFY(!error.isEmpty());
        QVERIFY(!error.contains(u'\n'));
        QCOMPARE(model.index(row).data(TransferModel::DetailRole).toString(), u"Failed: "_s + error);
        QVERIFY(!QFileInfo::exists(out));
        QVERIFY(model.canRetry(row));

        model.retry(row);
        QCOMPARE(model.state(row), TransferModel::State::Queued);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 60000);
        QCOMPARE(model.state(row), TransferModel::State::Done);
        QCOMPARE(model.rowCount(), 1); // the same row, run again
        QVERIFY(QFileInfo(out).size() > 3 * 400 * 1024 / 2);
    }

    void pullAndCopyDialogsFromTheWindow()
    {
        QTemporaryDir config;
        test::MemoryCredentialStore store;
        MainWindow window(windowOptions(config, &store, m_registry.hostPort()));
        QAbstractItemModelTester tester(window.transferModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QModelIndex app = appRow(window);
        QVERIFY(app.isValid());
        QAbstractItemModel *model = window.treeView()->model();
        QTRY_VERIFY_WITH_TIMEOUT(child(model, app, u"1.0"_s).isValid(), 20000);

        auto *pullAct = window.findChild<QAction *>(u"pullAction"_s);
        QVERIFY(pullAct);
        window.treeView()->setCurrentIndex(app);
        QVERIFY(!pullAct->isEnabled()); // a repository is not an image
        window.treeView()->setCurrentIndex(child(model, app, u"1.0"_s));
        QVERIFY(pullAct->isEnabled());
        pullAct->trigger();
        auto *dialog = window.findChild<TransferPullDialog *>();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        QVERIFY(dialog->destination().endsWith(u"/app-1.0"_s));
        auto *format = dialog->findChild<QComboBox *>(u"format"_s);
        format->setCurrentIndex(format->findData(int(TransferRequest::Format::DockerArchive)));
        QVERIFY(dialog->destination().endsWith(u"/app-1.0.tar"_s)); // the ending follows the format
        QTRY_VERIFY(dialog->platformBox()->isLoaded());
        QVERIFY(!dialog->platformBox()->isIndex());
        const QString archive = path(u"dialog.tar"_s);
        dialog->setDestination(archive);
        dialog->accept();
        TransferModel *transfers = window.transferModel();
        QCOMPARE(transfers->rowCount(), 1);
        QTRY_COMPARE_WITH_TIMEOUT(transfers->state(0), TransferModel::State::Done, 60000);
        QCOMPARE(transfers->request(0).format, TransferRequest::Format::DockerArchive);
        const test::ProcessResult inspect = test::runProcess(
            u"skopeo"_s, {u"inspect"_s, u"--config"_s, u"--raw"_s, u"docker-archive:"_s + archive});
        QVERIFY2(inspect.exitCode == 0, inspect.err.constData());
        QCOMPARE(Sha256::digestOf(inspect.out), m_image.configDigest);

        // An index: the dialog lists its platforms; one of them is pulled.
        QTRY_VERIFY_WITH_TIMEOUT(child(model, app, u"multi (index)"_s).isValid(), 20000);
        window.treeView()->setCurrentIndex(child(model, app, u"multi (index)"_s));
        pullAct->trigger();
        QTRY_VERIFY(window.findChildren<TransferPullDialog *>().size() == 1); // the first one was deleted
        dialog = window.findChild<TransferPullDialog *>();
        QTRY_VERIFY_WITH_TIMEOUT(dialog->platformBox()->isLoaded(), 20000);
        QVERIFY(dialog->platformBox()->isIndex());
        QCOMPARE(dialog->platformBox()->count(), 3);
        QCOMPARE(dialog->platformBox()->itemText(0), u"All platforms"_s);
        dialog->platformBox()->setCurrentIndex(2);
        QCOMPARE(dialog->platformBox()->platform()->toString(), u"linux/arm64/v8"_s);
        dialog->setDestination(path(u"arm-layout"_s));
        dialog->accept();
        QTRY_COMPARE_WITH_TIMEOUT(transfers->state(1), TransferModel::State::Done, 60000);
        QCOMPARE(transfers->request(1).platform->toString(), u"linux/arm64/v8"_s);

        // Copy within the registry to a new repository; the registry's catalog reloads.
        window.treeView()->setCurrentIndex(child(model, app, u"1.0"_s));
        window.findChild<QAction *>(u"copyToAction"_s)->trigger();
        auto *copy = window.findChild<TransferCopyDialog *>();
        QVERIFY(copy);
        QCOMPARE(copy->targetRegistry(), m_registry.hostPort());
        QVERIFY(!copy->problem().isEmpty()); // the same name: nothing to copy
        copy->setRepository(u"mirror/app"_s);
        QVERIFY(copy->problem().isEmpty());
        copy->accept();
        QTRY_COMPARE_WITH_TIMEOUT(transfers->state(2), TransferModel::State::Done, 60000);
        QCOMPARE(tagsOf(u"mirror/app"_s), QStringList{u"1.0"_s});
        const QModelIndex reg = model->index(0, 0);
        QTRY_VERIFY_WITH_TIMEOUT(child(model, reg, u"mirror/"_s).isValid(), 20000);
    }

    void dropOnRepositoryPushes()
    {
        QTemporaryDir config;
        test::MemoryCredentialStore store;
        MainWindow window(windowOptions(config, &store, m_registry.hostPort()));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QModelIndex app = appRow(window);
        QVERIFY(app.isValid());
        QAbstractItemModel *model = window.treeView()->model();
        QTRY_VERIFY_WITH_TIMEOUT(child(model, app, u"1.0"_s).isValid(), 20000);
        QVERIFY(!child(model, app, u"dropped"_s).isValid());

        // A layout folder to drop.
        const QString layout = path(u"drop-layout"_s);
        TransferRunner runner;
        TransferModel prepared(&runner);
        prepared.start(pull(m_registry.hostPort(), u"team/app:1.0"_s, layout));
        QTRY_COMPARE_WITH_TIMEOUT(prepared.state(0), TransferModel::State::Done, 60000);

        QTreeView *tree = window.treeView();
        const QPoint pos = tree->visualRect(app).center();
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(layout)});
        QDragEnterEvent enter(pos, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(tree->viewport(), &enter);
        QVERIFY(enter.isAccepted());
        QDragMoveEvent move(pos, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(tree->viewport(), &move);
        QVERIFY(move.isAccepted());
        QDropEvent drop(QPointF(pos), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(tree->viewport(), &drop);
        QVERIFY(drop.isAccepted());

        auto *dialog = window.findChild<TransferPushDialog *>();
        QVERIFY(dialog);
        QCOMPARE(dialog->source(), layout);
        QCOMPARE(dialog->registry(), m_registry.hostPort());
        QCOMPARE(dialog->repository(), u"team/app"_s);
        QVERIFY(!dialog->findChild<QLineEdit *>(u"source"_s)->isVisibleTo(dialog)); // compact: only name and tag
        dialog->setTag(u"bad tag"_s);
        QVERIFY(!dialog->problem().isEmpty());
        dialog->setTag(u"dropped"_s);
        QVERIFY(dialog->problem().isEmpty());
        dialog->accept();
        TransferModel *transfers = window.transferModel();
        QTRY_COMPARE_WITH_TIMEOUT(transfers->state(0), TransferModel::State::Done, 60000);
        // The repository's row reloads and shows the new tag.
        QTRY_VERIFY_WITH_TIMEOUT(child(model, app, u"dropped"_s).isValid(), 20000);
    }

    void quittingCancelsRunningTransfers()
    {
        test::FaultProxy proxy(u"127.0.0.1"_s, quint16(m_registry.baseUrl().port()));
        QVERIFY(proxy.start());
        proxy.addRule(everyRequest("GET", u"/blobs/sha256:"_s, test::FaultProxy::Rule::Action::StallAfterBytes, 1024));

        QTemporaryDir config;
        test::MemoryCredentialStore store;
        MainWindow window(windowOptions(config, &store, proxy.hostPort()));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        TransferModel *transfers = window.transferModel();
        const QString out = path(u"quit-layout"_s);
        transfers->start(pull(proxy.hostPort(), u"team/app:1.0"_s, out));
        QTRY_VERIFY_WITH_TIMEOUT(transfers->index(0).data(TransferModel::BytesDoneRole).toLongLong() > 0, 20000);

        // "No" keeps the window and the transfer.
        auto answer = [](QMessageBox::StandardButton button) {
            QTimer::singleShot(0, [button] {
                auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
                QVERIFY(box);
                QVERIFY(box->text().startsWith(u"1 transfer"_s));
                box->button(button)->click();
            });
        };
        answer(QMessageBox::No);
        QVERIFY(!window.close());
        QVERIFY(window.isVisible());
        QCOMPARE(transfers->state(0), TransferModel::State::Running);

        answer(QMessageBox::Yes);
        QVERIFY(!window.close()); // not yet: the transfer is being cancelled
        QTRY_VERIFY_WITH_TIMEOUT(!window.isVisible(), 10000);
        QCOMPARE(transfers->state(0), TransferModel::State::Cancelled);
        QVERIFY(!QFileInfo::exists(out));
        QVERIFY(!leftovers(m_dir.path()));
    }
};

QTEST_MAIN(TestUiTransfers)
#include "tst_ui_transfers.moc"
