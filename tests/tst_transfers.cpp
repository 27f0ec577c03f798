// Pull, push and copy against the real registry, with skopeo as the independent judge.

#include "core/copyjob.h"
#include "core/digest.h"
#include "core/pulljob.h"
#include "core/pushjob.h"
#include "core/registryclient.h"
#include "support/registryfixture.h"
#include "support/testutil.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTest>

using namespace berth;
using namespace berth::test;
using namespace Qt::StringLiterals;

// One blob of a seeded artifact: its media type and bytes.
struct ArtifactPart {
    QString mediaType;
    QByteArray bytes;
};

class TestTransfers : public QObject
{
    Q_OBJECT

    QNetworkAccessManager m_nam;
    QTemporaryDir m_dir;
    RegistryFixture *m_src = nullptr;
    RegistryFixture *m_dst = nullptr;
    Seeded m_image;
    Seeded m_index;
    Seeded m_chart;
    Seeded m_empty;

    RegistryClient *client(const RegistryFixture *f)
    {
        berth::RegistryOptions o;
        o.registry = f->hostPort();
        o.timeoutMs = 15000;
        return new RegistryClient(o, &m_nam, this);
    }
    ImageReference ref(const RegistryFixture *f, const QString &repoAndRef)
    {
        return *ImageReference::parse(QString(f->hostPort() + u'/' + repoAndRef));
    }
    static ProcessResult skopeo(const QStringList &args)
    {
        return runProcess(u"skopeo"_s, QStringList{u"--insecure-policy"_s} + args);
    }
    static QString skopeoDigest(const QString &transportRef, bool tlsFlag = false)
    {
        QStringList args{u"inspect"_s, u"--raw"_s};
        if (tlsFlag)
            args << u"--tls-verify=false"_s;
        const ProcessResult r = skopeo(args << transportRef);
        return r.exitCode == 0 ? Sha256::digestOf(r.out) : QString::fromUtf8(r.err);
    }
    QString path(const QString &name) const { return m_dir.path() + u'/' + name; }

private slots:
    void initTestCase()
    {
        m_src = new RegistryFixture({}, this);
        m_dst = new RegistryFixture({}, this);
        m_image = m_src->seedImage(u"team/app"_s, u"1.0"_s, {.layers = 3, .layerSize = 300 * 1024, .seed = 11});
        m_index = m_src->seedIndex(u"team/multi"_s, u"2.0"_s, {u"linux/amd64"_s, u"linux/arm64/v8"_s}, true, 12);
        m_chart = seedHelmChart(m_src, u"charts/web"_s, u"0.1.0"_s);
        m_empty = seedEmptyLayerArtifact(m_src, u"empty/art"_s, u"1"_s);
        QVERIFY(m_src->start());
        QVERIFY(m_dst->start());
    }

    // A manifest with one config and one layer, as artifact tools (helm, oras) push them.
    static Seeded seedArtifact(RegistryFixture *f, const QString &repository, const QString &tag, const ArtifactPart &config,
                               const ArtifactPart &layer, const QJsonObject &extra = {})
    {
        StorageSeeder &s = f->seeder();
        Seeded seeded;
        seeded.configDigest = s.putBlob(config.bytes);
        seeded.layerDigests = {s.putBlob(layer.bytes)};
        s.linkLayer(repository, seeded.configDigest);
        s.linkLayer(repository, seeded.layerDigests.first());
        QJsonObject manifest{
            {u"schemaVersion"_s, 2},
            {u"mediaType"_s, u"application/vnd.oci.image.manifest.v1+json"_s},
            {u"config"_s, QJsonObject{{u"mediaType"_s, config.mediaType}, {u"digest"_s, seeded.configDigest},
                                      {u"size"_s, config.bytes.size()}}},
            {u"layers"_s, QJsonArray{QJsonObject{{u"mediaType"_s, layer.mediaType}, {u"digest"_s, seeded.layerDigests.first()},
                                                 {u"size"_s, layer.bytes.size()}}}},
        };
        for (auto it = extra.begin(); it != extra.end(); ++it)
            manifest.insert(it.key(), it.value());
        seeded.manifest = QJsonDocument(manifest).toJson(QJsonDocument::Compact);
        seeded.digest = s.putBlob(seeded.manifest);
        s.linkManifest(repository, seeded.digest);
        s.addTag(repository, tag, seeded.digest);
        return seeded;
    }
    // A Helm chart as `helm push` stores it.
    static Seeded seedHelmChart(RegistryFixture *f, const QString &repository, const QString &tag)
    {
        return seedArtifact(f, repository, tag,
                            {u"application/vnd.cncf.helm.config.v1+json"_s, R"({"name":"web","version":"0.1.0","apiVersion":"v2"})"},
                            {u"application/vnd.cncf.helm.chart.content.v1.tar+gzip"_s,
                             QByteArray("chart-archive-bytes ").repeated(500)},
                            {{u"annotations"_s, QJsonObject{{u"org.opencontainers.image.title"_s, u"web"_s}}}});
    }

    void pullOciLayoutReadBySkopeo()
    {
        auto *job = new PullJob(client(m_src), ref(m_src, u"team/app:1.0"_s), path(u"app-oci"_s), PullJob::Format::Oci, {});
        job->start();
        QString digest;
        QCOMPARE(waitForJob(job, [&] { digest = job->digest(); }).kind, ErrorKind::None);
        // A Docker image goes into the layout with OCI media types, so OCI readers find it.
        QCOMPARE(skopeoDigest(u"oci:"_s + path(u"app-oci"_s) + u":1.0"_s), digest);
        const ProcessResult layers = skopeo({u"inspect"_s, u"oci:"_s + path(u"app-oci"_s) + u":1.0"_s});
        for (const QString &layer : m_image.layerDigests)
            QVERIFY2(layers.out.contains(layer.toUtf8()), layers.out.constData());
        const ProcessResult copy = skopeo({u"copy"_s, u"oci:"_s + path(u"app-oci"_s) + u":1.0"_s,
                                           u"oci:"_s + path(u"app-oci-copy"_s) + u":x"_s});
        QVERIFY2(copy.exitCode == 0, copy.err.constData());
        const QStringList leftovers = QDir(m_dir.path()).entryList({u"*partial*"_s});
        QVERIFY2(leftovers.isEmpty(), qPrintable(leftovers.join(u' ')));
    }

    // Each blob's own progress ends at its size, whether it was moved or already there; the
    // digests are the image's blobs, and their sizes add up to the transfer's total.
    static QString blobProgressProblem(const QSignalSpy &spy, const Seeded &image, qint64 total)
    {
        QHash<QString, std::pair<qint64, qint64>> last;
        for (const QList<QVariant> &args : spy) {
            const qint64 done = args.at(1).toLongLong(), size = args.at(2).toLongLong();
            if (done < 0 || done > size)
                return u"%1: %2 of %3"_s.arg(args.at(0).toString()).arg(done).arg(size);
            last[args.at(0).toString()] = {done, size};
        }
        QStringList digests = last.keys(), expected = image.layerDigests + QStringList{image.configDigest};
        digests.sort();
        expected.sort();
        if (digests != expected)
            return u"digests: "_s + digests.join(u' ');
        qint64 sum = 0;
        for (const auto &[done, size] : std::as_const(last)) {
            if (done != size)
                return u"ended at %1 of %2"_s.arg(done).arg(size);
            sum += size;
        }
        return sum == total ? QString() : u"sizes add up to %1, not %2"_s.arg(sum).arg(total);
    }

    // An artifact whose one layer has no bytes at all (legal, if rare).
    static Seeded seedEmptyLayerArtifact(RegistryFixture *f, const QString &repository, const QString &tag)
    {
        return seedArtifact(f, repository, tag, {u"application/vnd.oci.empty.v1+json"_s, "{}"},
                            {u"application/vnd.example.nothing"_s, QByteArray()},
                            {{u"artifactType"_s, u"application/vnd.example.empty"_s}});
    }

    void emptyBlobCountsAsComplete()
    {
        auto *job = new PullJob(client(m_src), ref(m_src, u"empty/art:1"_s), path(u"empty"_s), PullJob::Format::Oci, {});
        QSignalSpy spy(job, &TransferJob::blobProgress);
        int blobs = 0, complete = 0;
        job->start();
        const Error error = waitForJob(job, [&] {
            blobs = job->blobsTotal();
            complete = job->blobsDone();
        });
        QVERIFY2(!error, qPrintable(error.message));
        QCOMPARE(blobs, 2);
        QCOMPARE(complete, 2);
        const QString problem = blobProgressProblem(spy, m_empty, 2);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QCOMPARE(QFileInfo(path(u"empty/blobs/sha256/"_s) + m_empty.layerDigests.first().mid(7)).size(), 0);
    }

    void progressPerBlob()
    {
        const QString layout = path(u"progress"_s);
        const auto check = [this](TransferJob *job, auto start, const QString &what) -> QString {
            QSignalSpy spy(job, &TransferJob::blobProgress);
            qint64 total = 0;
            start();
            int blobs = 0, complete = 0;
            const Error error = waitForJob(job, [&] {
                total = job->bytesTotal();
                blobs = job->blobsTotal();
                complete = job->blobsDone();
            });
            if (error)
                return what + u": "_s + error.message;
            if (blobs != int(m_image.layerDigests.size()) + 1 || complete != blobs)
                return u"%1 of %2 blobs complete"_s.arg(complete).arg(blobs);
            return blobProgressProblem(spy, m_image, total);
        };
        for (const QString &run : {u"moved"_s, u"already there"_s}) {
            auto *pull = new PullJob(client(m_src), ref(m_src, u"team/app:1.0"_s), layout, PullJob::Format::Oci, {});
            const QString problem = check(pull, [pull] { pull->start(); }, u"pull"_s);
            QVERIFY2(problem.isEmpty(), qPrintable(u"pull, "_s + run + u": "_s + problem));
        }
        for (const QString &run : {u"moved"_s, u"already there"_s}) {
            auto *push = new PushJob(client(m_dst), layout, ref(m_dst, u"team/progress:1"_s));
            const QString problem = check(push, [push] { push->start(); }, u"push"_s);
            QVERIFY2(problem.isEmpty(), qPrintable(u"push, "_s + run + u": "_s + problem));
        }
    }

    void pullWholeIndexAndOnePlatform()
    {
        auto *all = new PullJob(client(m_src), ref(m_src, u"team/multi:2.0"_s), path(u"multi"_s), PullJob::Format::Oci, {});
        all->start();
        QCOMPARE(waitForJob(all).kind, ErrorKind::None);
        QCOMPARE(skopeoDigest(u"oci:"_s + path(u"multi"_s) + u":2.0"_s), m_index.digest);

        auto *arm = new PullJob(client(m_src), ref(m_src, u"team/multi:2.0"_s), path(u"multi-arm:arm"_s),
                                PullJob::Format::Oci, Platform::parse(u"linux/arm64"));
        arm->start();
        QCOMPARE(waitForJob(arm).kind, ErrorKind::None);
        const QJsonObject index = QJsonDocument::fromJson(m_index.manifest).object();
        const QString armDigest = index[u"manifests"_s].toArray().at(1).toObject()[u"digest"_s].toString();
        QCOMPARE(skopeoDigest(u"oci:"_s + path(u"multi-arm"_s) + u":arm"_s), armDigest);
    }

    void dockerArchiveReadBySkopeo()
    {
        auto *job = new PullJob(client(m_src), ref(m_src, u"team/app:1.0"_s), path(u"app.tar"_s),
                                PullJob::Format::DockerArchive, {});
        job->start();
        QCOMPARE(waitForJob(job).kind, ErrorKind::None);
        const ProcessResult copy = skopeo({u"copy"_s, u"docker-archive:"_s + path(u"app.tar"_s),
                                           u"oci:"_s + path(u"from-archive"_s) + u":x"_s});
        QVERIFY2(copy.exitCode == 0, copy.err.constData());
        const ProcessResult config = skopeo({u"inspect"_s, u"--config"_s, u"--raw"_s,
                                             u"docker-archive:"_s + path(u"app.tar"_s)});
        QCOMPARE(Sha256::digestOf(config.out), m_image.configDigest);
    }

    void pushWhatSkopeoWrote_data()
    {
        QTest::addColumn<QString>("transport");
        QTest::newRow("oci layout") << u"oci"_s;
        QTest::newRow("docker-archive") << u"docker-archive"_s;
    }
    void pushWhatSkopeoWrote()
    {
        QFETCH(QString, transport);
        const QString target = transport == u"oci" ? path(u"skopeo-oci"_s) + u":t"_s : path(u"skopeo.tar"_s);
        const ProcessResult copied = skopeo({u"copy"_s, u"--src-tls-verify=false"_s,
                                              u"docker://"_s + m_src->hostPort() + u"/team/app:1.0"_s,
                                              transport + u':' + target});
        QVERIFY2(copied.exitCode == 0, copied.err.constData());

        const QString repo = u"pushed/"_s + (transport == u"oci" ? u"oci"_s : u"archive"_s);
        auto *job = new PushJob(client(m_dst), target, ref(m_dst, repo + u":1"_s));
        job->setChunkSize(64 * 1024); // layers of 300 KiB go in several PATCHes
        job->start();
        QCOMPARE(waitForJob(job).kind, ErrorKind::None);
        const QString pushed = u"docker://"_s + m_dst->hostPort() + u'/' + repo + u":1"_s;
        if (transport == u"oci") // skopeo wrote an OCI manifest of its own: that is what must arrive
            QCOMPARE(skopeoDigest(pushed, true), skopeoDigest(u"oci:"_s + target));
        const ProcessResult config = skopeo({u"inspect"_s, u"--tls-verify=false"_s, u"--config"_s, u"--raw"_s, pushed});
        const ProcessResult written = skopeo({u"inspect"_s, u"--config"_s, u"--raw"_s, transport + u':' + target});
        QCOMPARE(Sha256::digestOf(config.out), Sha256::digestOf(written.out));

        // Again: every blob is there already.
        auto *again = new PushJob(client(m_dst), target, ref(m_dst, repo + u":2"_s));
        int transferred = -1;
        again->start();
        QCOMPARE(waitForJob(again, [&] { transferred = again->blobsTransferred(); }).kind, ErrorKind::None);
        QCOMPARE(transferred, 0);
    }

    void copyKeepsDigests()
    {
        RegistryClient *source = client(m_src);
        auto *job = new CopyJob(source, ref(m_src, u"team/multi:2.0"_s), client(m_dst), ref(m_dst, u"copied/multi:2.0"_s), {});
        job->start();
        QCOMPARE(waitForJob(job).kind, ErrorKind::None);
        QCOMPARE(skopeoDigest(u"docker://"_s + m_dst->hostPort() + u"/copied/multi:2.0"_s, true), m_index.digest);

        // Within one registry, blobs are mounted instead of moved.
        auto *within = new CopyJob(source, ref(m_src, u"team/app:1.0"_s), source, ref(m_src, u"other/app:1.0"_s), {});
        int skipped = 0, moved = -1;
        within->start();
        QCOMPARE(waitForJob(within, [&] {
                     skipped = within->blobsSkipped();
                     moved = within->blobsTransferred();
                 }).kind,
                 ErrorKind::None);
        QCOMPARE(moved, 0);
        QCOMPARE(skipped, 4); // config and 3 layers
        QCOMPARE(skopeoDigest(u"docker://"_s + m_src->hostPort() + u"/other/app:1.0"_s, true), m_image.digest);
    }

    void artifactThatIsNotAnImage()
    {
        // Pulled into an OCI layout as it is: same manifest bytes, config and content blobs.
        auto *job = new PullJob(client(m_src), ref(m_src, u"charts/web:0.1.0"_s), path(u"chart"_s), PullJob::Format::Oci, {});
        job->start();
        QCOMPARE(waitForJob(job).kind, ErrorKind::None);
        QCOMPARE(skopeoDigest(u"oci:"_s + path(u"chart"_s) + u":0.1.0"_s), m_chart.digest);
        for (const QString &blob : QStringList{m_chart.configDigest, m_chart.layerDigests.first(), m_chart.digest}) {
            QFile file(path(u"chart/blobs/sha256/"_s + blob.mid(7)));
            QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(blob));
            QCOMPARE(Sha256::digestOf(file.readAll()), blob);
        }

        // A docker-archive holds images only: refused with the reason, nothing written.
        auto *archive = new PullJob(client(m_src), ref(m_src, u"charts/web:0.1.0"_s), path(u"chart.tar"_s),
                                    PullJob::Format::DockerArchive, {});
        archive->start();
        const Error refused = waitForJob(archive);
        QVERIFY(refused.kind != ErrorKind::None);
        QVERIFY2(refused.message.contains(u"application/vnd.cncf.helm.config.v1+json"_s), qPrintable(refused.message));
        QVERIFY(!QFileInfo::exists(path(u"chart.tar"_s)));

        // Copied and pushed back unchanged.
        auto *copy = new CopyJob(client(m_src), ref(m_src, u"charts/web:0.1.0"_s), client(m_dst), ref(m_dst, u"charts/web:0.1.0"_s), {});
        copy->start();
        QCOMPARE(waitForJob(copy).kind, ErrorKind::None);
        QCOMPARE(skopeoDigest(u"docker://"_s + m_dst->hostPort() + u"/charts/web:0.1.0"_s, true), m_chart.digest);
        auto *push = new PushJob(client(m_dst), path(u"chart"_s) + u":0.1.0"_s, ref(m_dst, u"charts/pushed:1"_s));
        push->start();
        QCOMPARE(waitForJob(push).kind, ErrorKind::None);
        QCOMPARE(skopeoDigest(u"docker://"_s + m_dst->hostPort() + u"/charts/pushed:1"_s, true), m_chart.digest);
    }

    void corruptBlobFailsAndLeavesNothing()
    {
        RegistryFixture fixture;
        const Seeded seeded = fixture.seedImage(u"bad/app"_s, u"1"_s, {.layers = 1, .layerSize = 8192, .seed = 21});
        QVERIFY(fixture.start());
        // Same size, other bytes: the registry serves them under the old digest.
        QFile blob(fixture.seeder().blobPath(seeded.layerDigests.first()));
        QVERIFY(blob.open(QIODevice::ReadWrite));
        QByteArray data = blob.readAll();
        data[data.size() / 2] = char(data[data.size() / 2] ^ 0x55);
        blob.seek(0);
        blob.write(data);
        blob.close();

        for (const auto format : {PullJob::Format::Oci, PullJob::Format::DockerArchive}) {
            const QString out = path(format == PullJob::Format::Oci ? u"corrupt-oci"_s : u"corrupt.tar"_s);
            auto *job = new PullJob(client(&fixture), ref(&fixture, u"bad/app:1"_s), out, format, {});
            job->start();
            const Error e = waitForJob(job);
            QCOMPARE(e.kind, ErrorKind::Integrity);
            QVERIFY2(e.message.contains(seeded.layerDigests.first()), qPrintable(e.message));
            QVERIFY(!QFileInfo::exists(out));
        }
        const QStringList leftovers = QDir(m_dir.path()).entryList({u"corrupt*"_s});
        QVERIFY2(leftovers.isEmpty(), qPrintable(leftovers.join(u' ')));
    }

    void fullOrReadOnlyDestinationSaysSo_data()
    {
        QTest::addColumn<QString>("mountOptions");
        QTest::addColumn<QString>("reason");
        QTest::newRow("disk full") << u"size=128k"_s << u"full"_s;
        QTest::newRow("read-only") << u"size=1m,ro"_s << u"read-only"_s;
    }
    void fullOrReadOnlyDestinationSaysSo()
    {
        QFETCH(QString, mountOptions);
        QFETCH(QString, reason);
        const QString dir = path(u"small-"_s + QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-'));
        QVERIFY(QDir().mkpath(dir));
        const ProcessResult mounted = runProcess(u"mount"_s, {u"-t"_s, u"tmpfs"_s, u"-o"_s, mountOptions, u"tmpfs"_s, dir});
        if (mounted.exitCode != 0)
            QSKIP(qPrintable(u"cannot mount a small tmpfs here: "_s + QString::fromUtf8(mounted.err)));
        auto unmount = qScopeGuard([&] { runProcess(u"umount"_s, {dir}); });
        const QString out = dir + u"/out"_s;
        auto *job = new PullJob(client(m_src), ref(m_src, u"team/app:1.0"_s), out, PullJob::Format::Oci, {});
        job->start();
        const Error e = waitForJob(job);
        QCOMPARE(e.kind, ErrorKind::Io);
        QVERIFY2(e.message.contains(reason, Qt::CaseInsensitive), qPrintable(e.message));
        QVERIFY(!QFileInfo::exists(out));
    }
};

QTEST_GUILESS_MAIN(TestTransfers)
#include "tst_transfers.moc"
