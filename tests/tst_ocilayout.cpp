// BlobFile and OciLayout: streaming verified writes, resume, hostile digests, read-only disks,
// index.json tags; skopeo reads what Berth writes and Berth reads what skopeo writes.
#include "imagefixture.h"

#include "core/blobfile.h"
#include "core/ocilayout.h"

#include <QDir>
#include <QFileInfo>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>

#include <cerrno>

using namespace berth;
using namespace berth::test;

namespace {

const QString EmptyDigest = QStringLiteral("sha256:e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");

QStringList filesIn(const QString &dir)
{
    return QDir(dir).entryList(QDir::Files | QDir::Hidden);
}

} // namespace

class TestOciLayout : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_tmp;
    QString sub(const QString &name) const { return m_tmp.filePath(name); }

private slots:
    void initTestCase() { QVERIFY(m_tmp.isValid()); }

    void blobFileCommit()
    {
        const QString final = sub(QStringLiteral("blobs/one"));
        const QByteArray data = QByteArrayLiteral("hello blob").repeated(1000);
        BlobFile blob(final);
        Error error;
        QVERIFY2(blob.open(&error), qPrintable(error.message));
        QVERIFY(blob.partialPath().startsWith(final + QStringLiteral(".partial-")));
        QVERIFY(!QFileInfo::exists(final));
        for (qsizetype pos = 0; pos < data.size(); pos += 333)
            QVERIFY(blob.write(data.mid(pos, 333)));
        QCOMPARE(blob.size(), data.size());
        QVERIFY2(blob.commit(Sha256::digestOf(data), data.size(), &error), qPrintable(error.message));
        QFile f(final);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), data);
        QCOMPARE(filesIn(sub(QStringLiteral("blobs"))), QStringList{QStringLiteral("one")});
    }

    void blobFileMismatch_data()
    {
        QTest::addColumn<QString>("digest");
        QTest::addColumn<qint64>("size");
        const QByteArray data = QByteArrayLiteral("payload");
        QTest::newRow("wrong-digest") << EmptyDigest << qint64(data.size());
        QTest::newRow("wrong-size") << Sha256::digestOf(data) << qint64(data.size() + 1);
    }
    void blobFileMismatch()
    {
        QFETCH(QString, digest);
        QFETCH(qint64, size);
        const QString dir = sub(QStringLiteral("mismatch-") + QString::fromLatin1(QTest::currentDataTag()));
        BlobFile blob(dir + QStringLiteral("/blob"));
        Error error;
        QVERIFY(blob.open(&error));
        QVERIFY(blob.write(QByteArrayLiteral("payload")));
        QVERIFY(!blob.commit(digest, size, &error));
        QCOMPARE(error.kind, ErrorKind::Integrity);
        QVERIFY(filesIn(dir).isEmpty()); // nothing final, no partial left behind
    }

    void blobFileAbortAndDestructor()
    {
        const QString dir = sub(QStringLiteral("abort"));
        Error error;
        {
            BlobFile blob(dir + QStringLiteral("/a"));
            QVERIFY(blob.open(&error));
            QVERIFY(blob.write(QByteArrayLiteral("x")));
            QCOMPARE(filesIn(dir).size(), 1);
            blob.abort();
            QVERIFY(filesIn(dir).isEmpty());
            QVERIFY(blob.open(&error));
            QVERIFY(blob.write(QByteArrayLiteral("y")));
        }
        QVERIFY(filesIn(dir).isEmpty());
    }

    void blobFileResume()
    {
        const QString final = sub(QStringLiteral("resume/blob"));
        QVERIFY(QDir().mkpath(sub(QStringLiteral("resume"))));
        const QByteArray data = QByteArrayLiteral("0123456789").repeated(500);
        const QString partial = final + QStringLiteral(".partial-1234");
        {
            QFile f(partial); // left by an interrupted run
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(data.left(1234));
        }
        QCOMPARE(BlobFile::existingPartials(final), QStringList{partial});
        BlobFile blob(final);
        Error error;
        QVERIFY(!blob.resume(sub(QStringLiteral("resume/other")), &error)); // only its own partials
        QVERIFY2(blob.resume(partial, &error), qPrintable(error.message));
        QCOMPARE(blob.size(), 1234);
        QVERIFY(blob.write(data.mid(1234)));
        QVERIFY2(blob.commit(Sha256::digestOf(data), data.size(), &error), qPrintable(error.message));
        QVERIFY(BlobFile::existingPartials(final).isEmpty());
        QCOMPARE(QFileInfo(final).size(), data.size());
    }

    void blobFileReset()
    {
        BlobFile blob(sub(QStringLiteral("reset/blob")));
        Error error;
        QVERIFY(blob.open(&error));
        QVERIFY(blob.write(QByteArrayLiteral("garbage from a server that ignored Range")));
        QVERIFY(blob.reset(&error));
        QCOMPARE(blob.size(), 0);
        QVERIFY(blob.write(QByteArrayLiteral("abc")));
        QVERIFY2(blob.commit(Sha256::digestOf("abc"), 3, &error), qPrintable(error.message));
    }

    void readOnlyDestination()
    {
        const QString dir = sub(QStringLiteral("readonly"));
        QVERIFY(QDir().mkpath(dir));
        QVERIFY(QFile::setPermissions(m_tmp.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
                                                        | QFileDevice::ReadOther | QFileDevice::ExeOther));
        QVERIFY(QFile::setPermissions(dir, QFileDevice::ReadOwner | QFileDevice::ExeOwner | QFileDevice::ReadOther
                                               | QFileDevice::ExeOther));
        Error blobError, layoutError;
        bool blobOpened = true, layoutCreated = true;
        {
            AsUnprivileged guard;
            BlobFile blob(dir + QStringLiteral("/blob"));
            blobOpened = blob.open(&blobError);
            layoutCreated = OciLayout(dir).create(&layoutError);
        }
        QFile::setPermissions(dir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        QVERIFY(!blobOpened);
        QCOMPARE(blobError.kind, ErrorKind::Io);
        QVERIFY2(blobError.message.contains(dir), qPrintable(blobError.message));
        QVERIFY2(blobError.message.contains(QStringLiteral("Permission denied")), qPrintable(blobError.message));
        QVERIFY(!layoutCreated);
        QCOMPARE(layoutError.kind, ErrorKind::Io);
        QVERIFY2(layoutError.message.contains(dir), qPrintable(layoutError.message));
    }

    // A real full disk: a 64 KiB tmpfs, where the machine lets the test mount one (root).
    void diskFull()
    {
        const QString mountPoint = sub(QStringLiteral("tiny"));
        QVERIFY(QDir().mkpath(mountPoint));
        QProcess mount;
        mount.start(QStringLiteral("mount"), {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                                              QStringLiteral("size=64k"), QStringLiteral("tmpfs"), mountPoint});
        if (!mount.waitForFinished() || mount.exitStatus() != QProcess::NormalExit || mount.exitCode() != 0)
            QSKIP("Cannot mount a small tmpfs here (needs root)");
        const auto unmount = qScopeGuard([&] {
            QProcess::execute(QStringLiteral("umount"), {mountPoint});
        });
        const QString final = mountPoint + QStringLiteral("/blob");
        Error error;
        {
            BlobFile blob(final);
            QVERIFY2(blob.open(&error), qPrintable(error.message));
            const QByteArray chunk(16 * 1024, 'x');
            bool ok = true;
            for (int i = 0; i < 16 && ok; ++i)
                ok = blob.write(chunk);
            QVERIFY(!ok);
            error = blob.error();
        }
        QCOMPARE(error.kind, ErrorKind::Io);
        QVERIFY2(error.message.contains(final), qPrintable(error.message));
        QVERIFY2(error.message.contains(QStringLiteral("The disk is full")), qPrintable(error.message));
        QVERIFY(filesIn(mountPoint).isEmpty()); // the partial file went with the BlobFile
    }

    void errorReasons()
    {
        const Error full = fileError(QStringLiteral("/data/x"), ENOSPC);
        QCOMPARE(full.kind, ErrorKind::Io);
        QVERIFY(full.message.contains(QStringLiteral("/data/x")));
        QVERIFY(full.message.contains(QStringLiteral("The disk is full")));
        QVERIFY(fileError(QStringLiteral("/x"), EROFS).message.contains(QStringLiteral("read-only")));
    }

    void hostileDigests_data()
    {
        QTest::addColumn<QString>("digest");
        const QString hex = EmptyDigest.mid(7);
        QTest::newRow("dotdot") << QStringLiteral("sha256:../../../etc/passwd");
        QTest::newRow("dotdot-64") << (QStringLiteral("sha256:../") + hex.left(61));
        QTest::newRow("uppercase") << (QStringLiteral("sha256:") + hex.toUpper());
        QTest::newRow("short") << (QStringLiteral("sha256:") + hex.left(63));
        QTest::newRow("long") << (EmptyDigest + QLatin1Char('0'));
        QTest::newRow("slash") << (QStringLiteral("sha256:") + hex.left(32) + QLatin1Char('/') + hex.left(31));
        QTest::newRow("other-algorithm") << (QStringLiteral("sha512:") + hex);
        QTest::newRow("empty") << QString();
    }
    void hostileDigests()
    {
        QFETCH(QString, digest);
        const QString dir = sub(QStringLiteral("hostile"));
        OciLayout layout(dir);
        Error error;
        QVERIFY(layout.create(&error));
        QVERIFY(layout.blobPath(digest, &error).isEmpty());
        QCOMPARE(error.kind, ErrorKind::InvalidInput);
        QVERIFY(!layout.hasBlob(digest));
        QVERIFY(!layout.beginBlob(digest, &error));
        QVERIFY(!layout.writeBlob(digest, QByteArray(), &error));
        QVERIFY(!layout.readBlob(digest, &error));
        Descriptor d;
        d.digest = digest;
        QVERIFY(!layout.addToIndex(d, QStringLiteral("t"), &error));
        QVERIFY(QDir(dir + QStringLiteral("/blobs/sha256")).isEmpty());
        QCOMPARE(QDir(m_tmp.path()).entryList({QStringLiteral("etc")}), QStringList());
    }

    void smallBlobs()
    {
        OciLayout layout(sub(QStringLiteral("small")));
        Error error;
        QVERIFY(layout.create(&error));
        const QByteArray data = QByteArrayLiteral("{\"a\":1}");
        QVERIFY(!layout.writeBlob(EmptyDigest, data, &error)); // wrong digest: refused, nothing written
        QCOMPARE(error.kind, ErrorKind::Integrity);
        QVERIFY(!layout.hasBlob(EmptyDigest));
        const QString digest = Sha256::digestOf(data);
        QVERIFY(layout.writeBlob(digest, data, &error));
        QVERIFY(layout.hasBlob(digest, data.size()));
        QVERIFY(!layout.hasBlob(digest, data.size() + 1));
        QCOMPARE(layout.readBlob(digest, &error).value_or(QByteArray()), data);
        QFile f(layout.blobPath(digest));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("tampered");
        f.close();
        QVERIFY(!layout.readBlob(digest, &error));
        QCOMPARE(error.kind, ErrorKind::Integrity);
    }

    void pathSpec_data()
    {
        QTest::addColumn<QString>("spec");
        QTest::addColumn<QString>("dir");
        QTest::addColumn<QString>("tag");
        QTest::newRow("plain") << QStringLiteral("/tmp/img") << QStringLiteral("/tmp/img") << QString();
        QTest::newRow("tag") << QStringLiteral("/tmp/img:1.0") << QStringLiteral("/tmp/img") << QStringLiteral("1.0");
        QTest::newRow("colon-in-dir") << QStringLiteral("/tmp/a:b/img:latest") << QStringLiteral("/tmp/a:b/img") << QStringLiteral("latest");
        QTest::newRow("colon-in-dir-no-tag") << QStringLiteral("/tmp/a:b/img") << QStringLiteral("/tmp/a:b/img") << QString();
        QTest::newRow("invalid-tag") << QStringLiteral("img:-bad") << QStringLiteral("img:-bad") << QString();
        QTest::newRow("relative") << QStringLiteral("img:v2") << QStringLiteral("img") << QStringLiteral("v2");
    }
    void pathSpec()
    {
        QFETCH(QString, spec);
        QFETCH(QString, dir);
        QFETCH(QString, tag);
        const auto parsed = OciLayout::parsePathSpec(spec);
        QCOMPARE(parsed.dir, dir);
        QCOMPARE(parsed.tag, tag);
    }

    void existingDirWithColon()
    {
        const QString dir = sub(QStringLiteral("layout:v1"));
        QVERIFY(QDir().mkpath(dir));
        QCOMPARE(OciLayout::parsePathSpec(dir).dir, dir);
        QCOMPARE(OciLayout::parsePathSpec(dir + QStringLiteral(":v2")).tag, QStringLiteral("v2"));
    }

    void indexTags()
    {
        OciLayout layout(sub(QStringLiteral("index")));
        Error error;
        QVERIFY(layout.create(&error));
        QVERIFY(layout.open(&error));
        QVERIFY(!layout.resolve(QString(), &error)); // empty
        Descriptor a = descriptorOf(MediaType::OciManifest, "a");
        Descriptor b = descriptorOf(MediaType::OciManifest, "b");
        a.annotations.insert(QStringLiteral("org.example.kept"), QStringLiteral("yes"));
        QVERIFY(layout.addToIndex(a, QStringLiteral("one"), &error));
        QCOMPARE(layout.resolve(QString(), &error)->digest, a.digest); // the only one
        QVERIFY(layout.addToIndex(a, QStringLiteral("two"), &error));
        QVERIFY(!layout.resolve(QString(), &error));
        QVERIFY(error.message.contains(QStringLiteral("2 images")));
        QVERIFY(layout.addToIndex(b, QStringLiteral("one"), &error)); // retag: replaces
        QCOMPARE(layout.readIndex(&error)->size(), 2);
        QCOMPARE(layout.resolve(QStringLiteral("one"), &error)->digest, b.digest);
        const auto two = layout.resolve(QStringLiteral("two"), &error);
        QCOMPARE(two->digest, a.digest);
        QCOMPARE(two->annotations.value(QStringLiteral("org.example.kept")), QStringLiteral("yes"));
        QVERIFY(!layout.resolve(QStringLiteral("three"), &error));
        QCOMPARE(error.kind, ErrorKind::NotFound);
        QCOMPARE(filesIn(layout.path()), (QStringList{QStringLiteral("index.json"), QStringLiteral("oci-layout")}));
    }

    void notALayout()
    {
        Error error;
        QVERIFY(!OciLayout(m_tmp.path()).open(&error));
        QCOMPARE(error.kind, ErrorKind::InvalidInput);
    }

    // Berth writes a layout; skopeo inspects it and copies it to a layout Berth then reads.
    void skopeoJudges()
    {
        const TestImage image = makeTestImage(QStringLiteral("oci"));
        const QString src = sub(QStringLiteral("skopeo-src"));
        const QString dst = sub(QStringLiteral("skopeo-dst"));
        Error error;
        QVERIFY2(writeLayout(src, QStringLiteral("v1"), image, &error), qPrintable(error.message));

        BERTH_SKOPEO(raw, {QStringLiteral("inspect"), QStringLiteral("--raw"), QStringLiteral("oci:") + src + QStringLiteral(":v1")});
        QCOMPARE(raw.out, image.manifest.bytes);
        BERTH_SKOPEO(config, {QStringLiteral("inspect"), QStringLiteral("--config"), QStringLiteral("--raw"),
                              QStringLiteral("oci:") + src + QStringLiteral(":v1")});
        QCOMPARE(Sha256::digestOf(config.out), image.manifest.config.digest);
        BERTH_SKOPEO(inspect, {QStringLiteral("inspect"), QStringLiteral("oci:") + src + QStringLiteral(":v1")});
        QCOMPARE(jsonObject(inspect.out).value(QStringLiteral("Layers")).toArray().size(), 2);

        BERTH_SKOPEO(copy, {QStringLiteral("copy"), QStringLiteral("oci:") + src + QStringLiteral(":v1"),
                            QStringLiteral("oci:") + dst + QStringLiteral(":copied")});
        OciLayout copied(dst);
        QVERIFY2(copied.open(&error), qPrintable(error.message));
        const auto entry = copied.resolve(QStringLiteral("copied"), &error);
        QVERIFY2(entry, qPrintable(error.message));
        QCOMPARE(entry->digest, image.manifest.digest);
        QCOMPARE(copied.readBlob(entry->digest, &error).value_or(QByteArray()), image.manifest.bytes);
        QCOMPARE(copied.readBlob(image.manifest.config.digest, &error).value_or(QByteArray()), image.config);
        for (const Descriptor &layer : image.manifest.layers)
            QVERIFY(copied.hasBlob(layer.digest, layer.size));

        // A second tag added by skopeo lands beside ours and both resolve.
        BERTH_SKOPEO(copy2, {QStringLiteral("copy"), QStringLiteral("oci:") + src + QStringLiteral(":v1"),
                             QStringLiteral("oci:") + src + QStringLiteral(":v2")});
        OciLayout source(src);
        QCOMPARE(source.resolve(QStringLiteral("v1"), &error)->digest, image.manifest.digest);
        QCOMPARE(source.resolve(QStringLiteral("v2"), &error)->digest, image.manifest.digest);
    }
};

QTEST_GUILESS_MAIN(TestOciLayout)
#include "tst_ocilayout.moc"
