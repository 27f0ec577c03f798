// docker-archive: Berth's archives accepted by skopeo (both as docker-archive and, unpacked, as an
// OCI layout); skopeo's and legacy archives read by Berth; hostile archives refused.
#include "imagefixture.h"

#include "core/dockerarchive.h"
#include "core/tarwriter.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace berth;
using namespace berth::test;

namespace {

const QString Reference = QStringLiteral("registry.example.com:5000/team/web:1.4");

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(data) == data.size();
}

QStringList layerFiles(const QString &dir, const TestImage &image)
{
    QDir().mkpath(dir);
    QStringList files;
    for (qsizetype i = 0; i < image.layers.size(); ++i) {
        files << dir + QStringLiteral("/layer") + QString::number(i);
        writeFile(files.last(), image.layers.at(i));
    }
    return files;
}

// A tar made entry by entry, for legacy and hostile archives.
bool writeTar(const QString &path, const QList<QPair<QString, QByteArray>> &files,
              const QList<QPair<QString, QString>> &symlinks = {})
{
    QFile out(path);
    if (!out.open(QIODevice::WriteOnly))
        return false;
    TarWriter tar(&out);
    Error error;
    for (const auto &[name, data] : files) {
        if (!tar.addFile(name, data, &error))
            return false;
    }
    for (const auto &[name, target] : symlinks) {
        if (!tar.addSymlink(name, target, &error))
            return false;
    }
    return tar.finish(&error);
}

QByteArray json(const QJsonValue &value)
{
    return value.isArray() ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact)
                           : QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
}

} // namespace

class TestDockerArchive : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_tmp;
    QString sub(const QString &name) const { return m_tmp.filePath(name); }

    QString writeArchive(const QString &name, const TestImage &image)
    {
        const QString path = sub(name);
        DockerArchiveSource source{image.manifest, image.config, layerFiles(sub(name + QStringLiteral("-layers")), image), Reference};
        Error error;
        if (!DockerArchiveWriter::write(path, source, &error)) {
            qWarning() << error.message;
            return {};
        }
        return path;
    }

private slots:
    void initTestCase() { QVERIFY(m_tmp.isValid()); }

    // Berth writes; skopeo reads the archive, and the same tar unpacked is a valid OCI layout.
    void writtenArchiveAcceptedBySkopeo()
    {
        const TestImage image = makeTestImage(QStringLiteral("written"));
        const QString archive = writeArchive(QStringLiteral("written.tar"), image);
        QVERIFY(!archive.isEmpty());
        QVERIFY(QDir(m_tmp.path()).entryList({QStringLiteral("written.tar.partial-*")}).isEmpty());

        BERTH_SKOPEO(inspect, {QStringLiteral("inspect"), QStringLiteral("docker-archive:") + archive});
        QCOMPARE(jsonObject(inspect.out).value(QStringLiteral("Layers")).toArray().size(), 2);
        BERTH_SKOPEO(config, {QStringLiteral("inspect"), QStringLiteral("--config"), QStringLiteral("--raw"),
                              QStringLiteral("docker-archive:") + archive + QLatin1Char(':') + Reference});
        QCOMPARE(Sha256::digestOf(config.out), image.manifest.config.digest);

        // skopeo re-creates the manifest from manifest.json: compare config and layers instead.
        const QString copied = sub(QStringLiteral("written-copy"));
        BERTH_SKOPEO(copy, {QStringLiteral("copy"), QStringLiteral("docker-archive:") + archive,
                            QStringLiteral("oci:") + copied + QStringLiteral(":v1")});
        OciLayout layout(copied);
        Error error;
        const auto entry = layout.resolve(QStringLiteral("v1"), &error);
        QVERIFY2(entry, qPrintable(error.message));
        const auto manifest = ManifestParser::parse(layout.readBlob(entry->digest, &error).value_or(QByteArray()), entry->mediaType, &error);
        QVERIFY2(manifest, qPrintable(error.message));
        // Converting to an OCI manifest re-encodes the config, so compare what it says.
        const QJsonObject ociConfig = jsonObject(layout.readBlob(manifest->config.digest, &error).value_or(QByteArray()));
        QCOMPARE(ociConfig.value(QStringLiteral("rootfs")), jsonObject(image.config).value(QStringLiteral("rootfs")));
        QCOMPARE(manifest->layers.size(), image.layers.size());
        for (qsizetype i = 0; i < image.layers.size(); ++i)
            QVERIFY(layout.hasBlob(manifest->layers.at(i).digest, manifest->layers.at(i).size));

        // The dir: transport keeps skopeo's Docker manifest and the config bytes as they are.
        const QString dirCopy = sub(QStringLiteral("written-dir"));
        BERTH_SKOPEO(copyDir, {QStringLiteral("copy"), QStringLiteral("docker-archive:") + archive, QStringLiteral("dir:") + dirCopy});
        QFile dirManifestFile(dirCopy + QStringLiteral("/manifest.json"));
        QVERIFY(dirManifestFile.open(QIODevice::ReadOnly));
        const auto dirManifest = ManifestParser::parse(dirManifestFile.readAll(), QString(), &error);
        QVERIFY2(dirManifest, qPrintable(error.message));
        QCOMPARE(dirManifest->config.digest, image.manifest.config.digest);
        for (qsizetype i = 0; i < image.layers.size(); ++i) {
            // skopeo serves docker-archive layers as what the config's diff_ids name
            const QString digest = dirManifest->layers.at(i).digest;
            QVERIFY2(digest == image.diffIds.at(i) || digest == image.manifest.layers.at(i).digest, qPrintable(digest));
            QVERIFY(QFileInfo::exists(dirCopy + QLatin1Char('/') + digestHex(digest)));
        }

        // The OCI half of the archive: unpacked, skopeo reads the exact manifest Berth wrote.
        const QString unpacked = sub(QStringLiteral("written-unpacked"));
        QVERIFY(QDir().mkpath(unpacked));
        QProcess tar;
        tar.start(QStringLiteral("tar"), {QStringLiteral("-C"), unpacked, QStringLiteral("-xf"), archive});
        QVERIFY(tar.waitForFinished());
        QCOMPARE(tar.exitCode(), 0);
        BERTH_SKOPEO(raw, {QStringLiteral("inspect"), QStringLiteral("--raw"), QStringLiteral("oci:") + unpacked + QStringLiteral(":1.4")});
        QCOMPARE(raw.out, image.manifest.bytes);
        const auto tagged = OciLayout(unpacked).resolve(QStringLiteral("1.4"), &error);
        QVERIFY(tagged);
        QCOMPARE(tagged->annotations.value(QStringLiteral("io.containerd.image.name")), Reference);
    }

    // skopeo writes (from a layout Berth made); Berth reads the archive.
    void skopeoArchiveRead()
    {
        const TestImage image = makeTestImage(QStringLiteral("skopeo"));
        const QString layout = sub(QStringLiteral("skopeo-layout"));
        Error error;
        QVERIFY2(writeLayout(layout, QStringLiteral("v1"), image, &error), qPrintable(error.message));
        const QString archive = sub(QStringLiteral("skopeo.tar"));
        BERTH_SKOPEO(copy, {QStringLiteral("copy"), QStringLiteral("oci:") + layout + QStringLiteral(":v1"),
                            QStringLiteral("docker-archive:") + archive + QLatin1Char(':') + Reference});

        DockerArchiveReader reader;
        QVERIFY2(reader.open(archive, &error), qPrintable(error.message));
        QCOMPARE(reader.images().size(), 1);
        const int index = reader.findImage(Reference, &error);
        QCOMPARE(index, 0);
        QCOMPARE(reader.findImage(QString(), &error), 0);
        QCOMPARE(reader.findImage(QStringLiteral("other:tag"), &error), -1);
        QCOMPARE(error.kind, ErrorKind::NotFound);
        QCOMPARE(reader.config(index, &error).value_or(QByteArray()), image.config);
        QCOMPARE(reader.images().at(index).configDigest, image.manifest.config.digest);
        QCOMPARE(reader.images().at(index).layers.size(), 2);
        for (int i = 0; i < 2; ++i) {
            const auto digest = reader.layerDigest(index, i, &error);
            QVERIFY2(digest, qPrintable(error.message));
            // skopeo stores docker-archive layers uncompressed: their digests are the diff_ids
            QCOMPARE(*digest, image.diffIds.at(i));
            QVERIFY(reader.layerCompression(index, i, &error) == DockerArchiveReader::Compression::None);
        }
    }

    // Berth writes, Berth reads: the OCI index inside gives the manifest to push as it is.
    void roundTrip()
    {
        const TestImage image = makeTestImage(QStringLiteral("round"));
        const QString archive = writeArchive(QStringLiteral("round.tar"), image);
        QVERIFY(!archive.isEmpty());
        DockerArchiveReader reader;
        Error error;
        QVERIFY2(reader.open(archive, &error), qPrintable(error.message));
        QVERIFY(reader.hasOciIndex());
        QCOMPARE(reader.images().size(), 1);
        const DockerArchiveImage &img = reader.images().first();
        QCOMPARE(img.repoTags, QStringList{Reference});
        QVERIFY(img.manifest);
        QCOMPARE(img.manifest->digest, image.manifest.digest);
        QCOMPARE(reader.manifestBytes(0, &error).value_or(QByteArray()), image.manifest.bytes);
        for (int i = 0; i < 2; ++i) {
            QCOMPARE(img.layers.at(i).digest, image.manifest.layers.at(i).digest); // known, not computed
            QCOMPARE(img.layers.at(i).mediaType, QLatin1String(MediaType::OciLayerGzip));
            QVERIFY(reader.layerCompression(0, i, &error) == DockerArchiveReader::Compression::Gzip);
            auto device = reader.openLayer(0, i, &error);
            QVERIFY(device);
            QCOMPARE(device->readAll(), image.layers.at(i));
        }
    }

    void legacyArchive()
    {
        const TestImage image = makeTestImage(QStringLiteral("legacy"));
        const QString configName = digestHex(image.manifest.config.digest) + QStringLiteral(".json");
        const QByteArray layer0 = QByteArrayLiteral("first layer tar");
        const QJsonArray manifest{QJsonObject{
            {QStringLiteral("Config"), configName},
            {QStringLiteral("RepoTags"), QJsonArray{QStringLiteral("legacy:1"), QStringLiteral("legacy:latest")}},
            {QStringLiteral("Layers"), QJsonArray{QStringLiteral("id1/layer.tar"), QStringLiteral("./id2/layer.tar")}}}};
        const QString archive = sub(QStringLiteral("legacy.tar"));
        // old docker save wrote a repeated layer as a symlink to the first copy
        QVERIFY(writeTar(archive, {{configName, image.config}, {QStringLiteral("id1/layer.tar"), layer0},
                                   {QStringLiteral("manifest.json"), json(manifest)}},
                         {{QStringLiteral("id2/layer.tar"), QStringLiteral("../id1/layer.tar")}}));
        DockerArchiveReader reader;
        Error error;
        QVERIFY2(reader.open(archive, &error), qPrintable(error.message));
        QVERIFY(!reader.hasOciIndex());
        QCOMPARE(reader.findImage(QStringLiteral("legacy:latest"), &error), 0);
        QVERIFY(!reader.images().first().manifest);
        QVERIFY(reader.images().first().layers.at(0).digest.isEmpty());
        QCOMPARE(reader.layerDigest(0, 0, &error).value_or(QString()), Sha256::digestOf(layer0));
        QCOMPARE(reader.layerDigest(0, 1, &error).value_or(QString()), Sha256::digestOf(layer0));
        QVERIFY(!reader.manifestBytes(0, &error));
    }

    void hostileArchives_data()
    {
        QTest::addColumn<QString>("config");
        QTest::addColumn<QString>("layer");
        QTest::addColumn<QString>("named");
        QTest::newRow("config-dotdot") << QStringLiteral("../../etc/passwd") << QStringLiteral("l.tar") << QStringLiteral("../../etc/passwd");
        QTest::newRow("config-absolute") << QStringLiteral("/etc/passwd") << QStringLiteral("l.tar") << QStringLiteral("/etc/passwd");
        QTest::newRow("layer-missing") << QStringLiteral("c.json") << QStringLiteral("nothere.tar") << QStringLiteral("nothere.tar");
        QTest::newRow("layer-dotdot") << QStringLiteral("c.json") << QStringLiteral("x/../../l.tar") << QStringLiteral("x/../../l.tar");
        QTest::newRow("layer-directory") << QStringLiteral("c.json") << QStringLiteral("dir") << QStringLiteral("dir");
    }
    void hostileArchives()
    {
        QFETCH(QString, config);
        QFETCH(QString, layer);
        QFETCH(QString, named);
        const QJsonArray manifest{QJsonObject{{QStringLiteral("Config"), config},
                                              {QStringLiteral("RepoTags"), QJsonArray{QStringLiteral("x:1")}},
                                              {QStringLiteral("Layers"), QJsonArray{layer}}}};
        const QString archive = sub(QStringLiteral("hostile.tar"));
        QVERIFY(writeTar(archive, {{QStringLiteral("c.json"), "{}"}, {QStringLiteral("l.tar"), "layer"},
                                   {QStringLiteral("dir/f"), "f"}, {QStringLiteral("manifest.json"), json(manifest)}}));
        DockerArchiveReader reader;
        Error error;
        QVERIFY(!reader.open(archive, &error));
        QCOMPARE(error.kind, ErrorKind::InvalidInput);
        QVERIFY2(error.message.contains(named), qPrintable(error.message));
        QVERIFY(reader.images().isEmpty());
    }

    void escapingSymlinkRefused()
    {
        const QString archive = sub(QStringLiteral("escape.tar"));
        QVERIFY(writeTar(archive, {{QStringLiteral("manifest.json"), "[]"}},
                         {{QStringLiteral("layer.tar"), QStringLiteral("../../etc/shadow")}}));
        DockerArchiveReader reader;
        Error error;
        QVERIFY(!reader.open(archive, &error));
        QVERIFY2(error.message.contains(QStringLiteral("layer.tar")), qPrintable(error.message));
    }

    void writerVerifies()
    {
        TestImage image = makeTestImage(QStringLiteral("bad"));
        const QString path = sub(QStringLiteral("bad.tar"));
        const QStringList layers = layerFiles(sub(QStringLiteral("bad-layers")), image);
        Error error;
        QVERIFY(!DockerArchiveWriter::write(path, {image.manifest, QByteArrayLiteral("{}"), layers, Reference}, &error));
        QCOMPARE(error.kind, ErrorKind::Integrity);
        QVERIFY(!DockerArchiveWriter::write(path, {image.manifest, image.config, layers.mid(1), Reference}, &error));
        QVERIFY(writeFile(layers.at(1), "short"));
        QVERIFY(!DockerArchiveWriter::write(path, {image.manifest, image.config, layers, Reference}, &error));
        QCOMPARE(error.kind, ErrorKind::Integrity);
        QVERIFY(QDir(m_tmp.path()).entryList({QStringLiteral("bad.tar*")}).isEmpty());
    }

    void readOnlyDestination()
    {
        const TestImage image = makeTestImage(QStringLiteral("ro"));
        const QStringList layers = layerFiles(sub(QStringLiteral("ro-layers")), image);
        const auto readable = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadOther;
        QVERIFY(QFile::setPermissions(sub(QStringLiteral("ro-layers")), readable | QFileDevice::ExeOwner | QFileDevice::ExeOther));
        for (const QString &layer : layers)
            QVERIFY(QFile::setPermissions(layer, readable));
        const QString dir = sub(QStringLiteral("ro"));
        QVERIFY(QDir().mkpath(dir));
        QVERIFY(QFile::setPermissions(m_tmp.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
                                                        | QFileDevice::ReadOther | QFileDevice::ExeOther));
        QVERIFY(QFile::setPermissions(dir, QFileDevice::ReadOwner | QFileDevice::ExeOwner | QFileDevice::ReadOther
                                               | QFileDevice::ExeOther));
        Error error;
        bool written = true;
        {
            AsUnprivileged guard;
            written = DockerArchiveWriter::write(dir + QStringLiteral("/image.tar"), {image.manifest, image.config, layers, Reference}, &error);
        }
        QFile::setPermissions(dir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        QVERIFY(!written);
        QVERIFY2(error.kind == ErrorKind::Io, qPrintable(error.message));
        QVERIFY2(error.message.contains(dir), qPrintable(error.message));
    }
};

QTEST_GUILESS_MAIN(TestDockerArchive)
#include "tst_dockerarchive.moc"
