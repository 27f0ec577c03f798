#include "core/digest.h"
#include "core/manifest.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSysInfo>
#include <QTest>

using namespace berth;
using namespace Qt::StringLiterals;

namespace {

QString digestOf(char c)
{
    return u"sha256:"_s + QString(64, QLatin1Char(c));
}

QJsonObject descriptor(const char *mediaType, char digestChar, qint64 size)
{
    return QJsonObject{{u"mediaType"_s, QString::fromLatin1(mediaType)}, {u"digest"_s, digestOf(digestChar)},
                       {u"size"_s, size}};
}

QJsonObject platformDescriptor(char digestChar, const QString &os, const QString &arch, const QString &variant = {})
{
    QJsonObject d = descriptor(MediaType::OciManifest, digestChar, 500);
    QJsonObject p{{u"os"_s, os}, {u"architecture"_s, arch}};
    if (!variant.isEmpty())
        p.insert(u"variant", variant);
    d.insert(u"platform", p);
    return d;
}

QJsonObject image(const char *mediaType)
{
    QJsonObject o{{u"schemaVersion"_s, 2},
                  {u"config"_s, descriptor(MediaType::OciConfig, 'c', 1000)},
                  {u"layers"_s, QJsonArray{descriptor(MediaType::OciLayerGzip, 'a', 30000),
                                           descriptor(MediaType::OciLayerGzip, 'b', 2000)}}};
    if (mediaType)
        o.insert(u"mediaType", QString::fromLatin1(mediaType));
    return o;
}

QJsonObject index(const char *mediaType)
{
    QJsonObject o{{u"schemaVersion"_s, 2},
                  {u"manifests"_s, QJsonArray{platformDescriptor('1', u"linux"_s, u"amd64"_s),
                                              platformDescriptor('2', u"linux"_s, u"arm64"_s, u"v8"_s)}}};
    if (mediaType)
        o.insert(u"mediaType", QString::fromLatin1(mediaType));
    return o;
}

QJsonObject schema1(bool signed_)
{
    QJsonObject o{{u"schemaVersion"_s, 1}, {u"name"_s, u"team/web"_s}, {u"tag"_s, u"1.0"_s},
                  {u"architecture"_s, u"amd64"_s},
                  {u"fsLayers"_s, QJsonArray{QJsonObject{{u"blobSum"_s, digestOf('a')}},
                                             QJsonObject{{u"blobSum"_s, digestOf('b')}}}},
                  {u"history"_s, QJsonArray{QJsonObject{{u"v1Compatibility"_s, u"{}"_s}}}}};
    if (signed_)
        o.insert(u"signatures", QJsonArray{QJsonObject{{u"signature"_s, u"abc"_s}}});
    return o;
}

QByteArray json(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

QString ct(const char *mediaType)
{
    return QString::fromLatin1(mediaType);
}

} // namespace

class TestManifest : public QObject
{
    Q_OBJECT
private slots:
    void valid_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("contentType");
        QTest::addColumn<QString>("mediaType");
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("children"); // layers or manifests
        QTest::addColumn<qint64>("totalSize");

        const int img = int(Manifest::Kind::Image);
        const int idx = int(Manifest::Kind::Index);
        const int s1 = int(Manifest::Kind::Schema1);
        QTest::newRow("oci manifest") << json(image(MediaType::OciManifest)) << ct(MediaType::OciManifest)
                                      << ct(MediaType::OciManifest) << img << 2 << qint64(33000);
        QTest::newRow("oci manifest without mediaType") << json(image(nullptr)) << ct(MediaType::OciManifest)
                                                        << ct(MediaType::OciManifest) << img << 2 << qint64(33000);
        QTest::newRow("oci index") << json(index(MediaType::OciIndex)) << ct(MediaType::OciIndex)
                                   << ct(MediaType::OciIndex) << idx << 2 << qint64(1000);
        QTest::newRow("docker v2") << json(image(MediaType::DockerManifest)) << ct(MediaType::DockerManifest)
                                   << ct(MediaType::DockerManifest) << img << 2 << qint64(33000);
        QTest::newRow("docker list") << json(index(MediaType::DockerManifestList)) << ct(MediaType::DockerManifestList)
                                     << ct(MediaType::DockerManifestList) << idx << 2 << qint64(1000);
        QTest::newRow("schema1 signed") << json(schema1(true)) << ct(MediaType::DockerSchema1Signed)
                                        << ct(MediaType::DockerSchema1Signed) << s1 << 2 << qint64(0);
        QTest::newRow("schema1 unsigned") << json(schema1(false)) << ct(MediaType::DockerSchema1)
                                          << ct(MediaType::DockerSchema1) << s1 << 2 << qint64(0);
        QTest::newRow("content type parameters") << json(image(MediaType::OciManifest))
                                                 << (ct(MediaType::OciManifest) + u"; charset=utf-8"_s)
                                                 << ct(MediaType::OciManifest) << img << 2 << qint64(33000);
        QTest::newRow("content type case") << json(image(MediaType::DockerManifest))
                                           << ct(MediaType::DockerManifest).toUpper() << ct(MediaType::DockerManifest)
                                           << img << 2 << qint64(33000);
        QTest::newRow("no content type, body decides") << json(image(MediaType::DockerManifest)) << QString()
                                                       << ct(MediaType::DockerManifest) << img << 2 << qint64(33000);
        QTest::newRow("no type at all: image structure") << json(image(nullptr)) << QString()
                                                         << ct(MediaType::OciManifest) << img << 2 << qint64(33000);
        QTest::newRow("no type at all: index structure") << json(index(nullptr)) << QString()
                                                         << ct(MediaType::OciIndex) << idx << 2 << qint64(1000);
        QTest::newRow("no type at all: schema1 signed") << json(schema1(true)) << QString()
                                                        << ct(MediaType::DockerSchema1Signed) << s1 << 2 << qint64(0);
        QTest::newRow("generic application/json") << json(index(MediaType::DockerManifestList))
                                                  << u"application/json; charset=utf-8"_s
                                                  << ct(MediaType::DockerManifestList) << idx << 2 << qint64(1000);
        QTest::newRow("compact bytes") << QJsonDocument(image(MediaType::OciManifest)).toJson(QJsonDocument::Compact)
                                       << ct(MediaType::OciManifest) << ct(MediaType::OciManifest) << img << 2
                                       << qint64(33000);
        QJsonObject empty = image(MediaType::OciManifest);
        empty.insert(u"layers", QJsonArray());
        QTest::newRow("no layers") << json(empty) << ct(MediaType::OciManifest) << ct(MediaType::OciManifest) << img
                                   << 0 << qint64(1000);
    }
    void valid()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, contentType);
        QFETCH(QString, mediaType);
        QFETCH(int, kind);
        QFETCH(int, children);
        QFETCH(qint64, totalSize);
        Error error;
        const auto m = ManifestParser::parse(bytes, contentType, &error);
        QVERIFY2(m.has_value(), qPrintable(error.message));
        QCOMPARE(m->mediaType, mediaType);
        QCOMPARE(int(m->kind), kind);
        QCOMPARE(m->isIndex(), kind == int(Manifest::Kind::Index));
        QCOMPARE(m->isIndex() ? m->manifests.size() : m->layers.size(), children);
        QCOMPARE(m->totalSize(), totalSize);
        QCOMPARE(m->bytes, bytes);
        QCOMPARE(m->digest, Sha256::digestOf(bytes));
        QCOMPARE(m->schemaVersion, kind == int(Manifest::Kind::Schema1) ? 1 : 2);
    }

    void invalid_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("contentType");
        QTest::addColumn<QString>("mention");

        QTest::newRow("mediaType mismatch") << json(image(MediaType::DockerManifest)) << ct(MediaType::OciManifest)
                                            << u"mismatched"_s;
        QTest::newRow("index served as manifest") << json(index(MediaType::OciIndex)) << ct(MediaType::OciManifest)
                                                  << u"mismatched"_s;
        QJsonObject indexWithLayers = index(MediaType::OciIndex);
        indexWithLayers.insert(u"layers", QJsonArray{descriptor(MediaType::OciLayerGzip, 'a', 1)});
        QTest::newRow("index with layers") << json(indexWithLayers) << ct(MediaType::OciIndex) << u"CVE-2021-41190"_s;
        QJsonObject indexWithConfig = index(nullptr);
        indexWithConfig.insert(u"config", descriptor(MediaType::OciConfig, 'c', 1));
        QTest::newRow("untyped index with config") << json(indexWithConfig) << QString() << u"CVE-2021-41190"_s;
        QJsonObject manifestWithManifests = image(MediaType::OciManifest);
        manifestWithManifests.insert(u"manifests", QJsonArray());
        QTest::newRow("manifest with manifests") << json(manifestWithManifests) << ct(MediaType::OciManifest)
                                                 << u"CVE-2021-41190"_s;
        QJsonObject badDigest = image(MediaType::OciManifest);
        QJsonArray layers = badDigest.value(u"layers").toArray();
        QJsonObject layer = layers.at(0).toObject();
        layer.insert(u"digest", u"sha256:../../../../etc/passwd"_s);
        layers.replace(0, layer);
        badDigest.insert(u"layers", layers);
        QTest::newRow("layer digest with ..") << json(badDigest) << ct(MediaType::OciManifest) << u"digest"_s;
        QJsonObject upperDigest = image(MediaType::OciManifest);
        QJsonObject config = upperDigest.value(u"config").toObject();
        config.insert(u"digest", digestOf('A'));
        upperDigest.insert(u"config", config);
        QTest::newRow("config digest uppercase") << json(upperDigest) << ct(MediaType::OciManifest) << u"digest"_s;
        QJsonObject sha512 = index(MediaType::OciIndex);
        QJsonArray children = sha512.value(u"manifests").toArray();
        QJsonObject child = children.at(1).toObject();
        child.insert(u"digest", QString(u"sha512:"_s + QString(128, u'a')));
        children.replace(1, child);
        sha512.insert(u"manifests", children);
        QTest::newRow("child digest sha512") << json(sha512) << ct(MediaType::OciIndex) << u"digest"_s;
        QJsonObject negative = image(MediaType::OciManifest);
        QJsonObject cfg = negative.value(u"config").toObject();
        cfg.insert(u"size", -1);
        negative.insert(u"config", cfg);
        QTest::newRow("negative size") << json(negative) << ct(MediaType::OciManifest) << u"size"_s;
        QJsonObject stringSize = image(MediaType::OciManifest);
        cfg = stringSize.value(u"config").toObject();
        cfg.insert(u"size", u"12"_s);
        stringSize.insert(u"config", cfg);
        QTest::newRow("string size") << json(stringSize) << ct(MediaType::OciManifest) << u"size"_s;
        QJsonObject noConfig = image(MediaType::OciManifest);
        noConfig.remove(u"config");
        QTest::newRow("no config") << json(noConfig) << ct(MediaType::OciManifest) << u"config"_s;
        QJsonObject noManifests = index(MediaType::OciIndex);
        noManifests.remove(u"manifests");
        QTest::newRow("index without manifests") << json(noManifests) << ct(MediaType::OciIndex) << u"manifests"_s;
        QJsonObject v1 = image(MediaType::OciManifest);
        v1.insert(u"schemaVersion", 1);
        QTest::newRow("wrong schemaVersion") << json(v1) << ct(MediaType::OciManifest) << u"schemaVersion"_s;
        QJsonObject badSum = schema1(false);
        badSum.insert(u"fsLayers", QJsonArray{QJsonObject{{u"blobSum"_s, u"sha256:xyz"_s}}});
        QTest::newRow("schema1 bad blobSum") << json(badSum) << ct(MediaType::DockerSchema1) << u"blobSum"_s;
        QByteArray huge = json(image(MediaType::OciManifest));
        huge.insert(1, QByteArray(ManifestParser::MaxManifestSize, ' '));
        QTest::newRow("over 4 MiB") << huge << ct(MediaType::OciManifest) << u"4 MiB"_s;
        QTest::newRow("not json") << QByteArray("<html>nope</html>") << ct(MediaType::OciManifest) << u"JSON"_s;
        QTest::newRow("empty") << QByteArray() << ct(MediaType::OciManifest) << u"JSON"_s;
        QTest::newRow("truncated") << json(image(MediaType::OciManifest)).left(100) << ct(MediaType::OciManifest)
                                   << u"JSON"_s;
        QTest::newRow("array") << QByteArray("[]") << QString() << u"object"_s;
        QTest::newRow("unknown content type") << json(image(nullptr)) << u"application/vnd.example+json"_s
                                              << u"unsupported"_s;
        QTest::newRow("unknown body type") << json(image("application/vnd.example+json")) << QString()
                                           << u"unsupported"_s;
        QTest::newRow("mediaType not string") << QByteArray("{\"schemaVersion\":2,\"mediaType\":5}") << QString()
                                              << u"mediaType"_s;
        QTest::newRow("empty object") << QByteArray("{}") << QString() << u"not a manifest"_s;
    }
    void invalid()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, contentType);
        QFETCH(QString, mention);
        Error error;
        QVERIFY(!ManifestParser::parse(bytes, contentType, &error).has_value());
        QCOMPARE(error.kind, ErrorKind::Protocol);
        QVERIFY2(error.message.contains(mention, Qt::CaseInsensitive), qPrintable(error.message));
        QVERIFY(!error.message.contains(u'\n'));
        QVERIFY(!ManifestParser::parse(bytes, contentType).has_value());
    }

    void sizeLimitIsInclusive()
    {
        QByteArray body = json(image(MediaType::OciManifest));
        body.append(QByteArray(ManifestParser::MaxManifestSize - body.size(), ' '));
        QCOMPARE(body.size(), ManifestParser::MaxManifestSize);
        QVERIFY(ManifestParser::parse(body, ct(MediaType::OciManifest)).has_value());
    }

    void oci11Fields()
    {
        QJsonObject o = image(MediaType::OciManifest);
        o.insert(u"artifactType", u"application/vnd.example.sbom.v1+json"_s);
        QJsonObject subject = descriptor(MediaType::OciManifest, 'f', 1234);
        o.insert(u"subject", subject);
        o.insert(u"annotations", QJsonObject{{u"org.opencontainers.image.created"_s, u"2026-11-02T10:41:00Z"_s},
                                             {u"not.a.string"_s, 5}});
        const auto m = ManifestParser::parse(json(o), ct(MediaType::OciManifest));
        QVERIFY(m.has_value());
        QCOMPARE(m->artifactType, u"application/vnd.example.sbom.v1+json"_s);
        QVERIFY(m->subject.has_value());
        QCOMPARE(m->subject->digest, digestOf('f'));
        QCOMPARE(m->subject->size, 1234);
        QCOMPARE(m->annotations.value(u"org.opencontainers.image.created"_s), u"2026-11-02T10:41:00Z"_s);
        QVERIFY(!m->annotations.contains(u"not.a.string"_s));

        QJsonObject badSubject = o;
        badSubject.insert(u"subject", QJsonObject{{u"digest"_s, u"nope"_s}, {u"size"_s, 1}});
        Error error;
        QVERIFY(!ManifestParser::parse(json(badSubject), ct(MediaType::OciManifest), &error));
        QVERIFY(error.message.contains(u"digest"_s));
    }

    void indexPlatforms()
    {
        QJsonObject o = index(MediaType::OciIndex);
        QJsonArray children = o.value(u"manifests").toArray();
        QJsonObject win = platformDescriptor('3', u"windows"_s, u"amd64"_s);
        QJsonObject p = win.value(u"platform").toObject();
        p.insert(u"os.version", u"10.0.17763.1234"_s);
        p.insert(u"os.features", QJsonArray{u"win32k"_s});
        win.insert(u"platform", p);
        win.insert(u"urls", QJsonArray{u"https://example.com/blob"_s});
        win.insert(u"artifactType", u"application/x"_s);
        children.append(win);
        children.append(descriptor(MediaType::OciManifest, '4', 10)); // no platform: attestation etc.
        o.insert(u"manifests", children);
        const auto m = ManifestParser::parse(json(o), ct(MediaType::OciIndex));
        QVERIFY(m.has_value());
        QCOMPARE(m->manifests.size(), 4);
        QCOMPARE(m->manifests.at(0).platform->toString(), u"linux/amd64"_s);
        QCOMPARE(m->manifests.at(1).platform->toString(), u"linux/arm64/v8"_s);
        const Platform w = *m->manifests.at(2).platform;
        QCOMPARE(w.osVersion, u"10.0.17763.1234"_s);
        QCOMPARE(w.osFeatures, QStringList{u"win32k"_s});
        QCOMPARE(m->manifests.at(2).urls, QStringList{u"https://example.com/blob"_s});
        QCOMPARE(m->manifests.at(2).artifactType, u"application/x"_s);
        QVERIFY(!m->manifests.at(3).platform.has_value());
        QCOMPARE(m->totalSize(), 1510);

        // A descriptor round-trips through toJson.
        const Descriptor d = m->manifests.at(2);
        QCOMPARE(Descriptor::fromJson(d.toJson()).value().platform, d.platform);
        QCOMPARE(Descriptor::fromJson(d.toJson())->urls, d.urls);
    }

    void schema1Layers()
    {
        const auto m = ManifestParser::parse(json(schema1(true)), ct(MediaType::DockerSchema1Signed));
        QVERIFY(m.has_value());
        QCOMPARE(m->layers.at(0).digest, digestOf('a'));
        QCOMPARE(m->layers.at(0).size, -1);
        QVERIFY(m->manifests.isEmpty());
    }

    void mediaTypeHelpers()
    {
        const QByteArray accept = manifestAcceptHeader();
        for (const char *t : {MediaType::OciIndex, MediaType::OciManifest, MediaType::DockerManifestList,
                              MediaType::DockerManifest, MediaType::DockerSchema1Signed})
            QVERIFY(accept.contains(t));
        QVERIFY(accept.indexOf(MediaType::DockerSchema1Signed) > accept.indexOf(MediaType::DockerManifest));
        QVERIFY(!accept.contains('\n'));
        QVERIFY(isIndexMediaType(ct(MediaType::OciIndex)));
        QVERIFY(isIndexMediaType(ct(MediaType::DockerManifestList)));
        QVERIFY(!isIndexMediaType(ct(MediaType::OciManifest)));
        QVERIFY(isImageManifestMediaType(ct(MediaType::DockerManifest)));
        QVERIFY(!isImageManifestMediaType(ct(MediaType::DockerSchema1)));
    }

    void platformParse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected"); // empty: invalid
        QTest::newRow("os/arch") << u"linux/amd64"_s << u"linux/amd64"_s;
        QTest::newRow("variant") << u"linux/arm64/v8"_s << u"linux/arm64/v8"_s;
        QTest::newRow("arm v7") << u"linux/arm/v7"_s << u"linux/arm/v7"_s;
        QTest::newRow("case") << u"Linux/AMD64"_s << u"linux/amd64"_s;
        QTest::newRow("alias x86_64") << u"linux/x86_64"_s << u"linux/amd64"_s;
        QTest::newRow("alias aarch64") << u"linux/aarch64"_s << u"linux/arm64"_s;
        QTest::newRow("alias armhf") << u"linux/armhf"_s << u"linux/arm/v7"_s;
        QTest::newRow("one part") << u"linux"_s << QString();
        QTest::newRow("four parts") << u"linux/arm/v7/x"_s << QString();
        QTest::newRow("empty arch") << u"linux//v7"_s << QString();
        QTest::newRow("trailing slash") << u"linux/amd64/"_s << QString();
        QTest::newRow("empty") << QString() << QString();
    }
    void platformParse()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        const auto p = Platform::parse(text);
        QCOMPARE(p.has_value(), !expected.isEmpty());
        if (p)
            QCOMPARE(p->toString(), expected);
    }

    void platformMatches_data()
    {
        QTest::addColumn<QString>("have");
        QTest::addColumn<QString>("wanted");
        QTest::addColumn<bool>("matches");
        QTest::newRow("same") << u"linux/amd64"_s << u"linux/amd64"_s << true;
        QTest::newRow("other arch") << u"linux/amd64"_s << u"linux/arm64"_s << false;
        QTest::newRow("other os") << u"windows/amd64"_s << u"linux/amd64"_s << false;
        QTest::newRow("arm64 default v8") << u"linux/arm64"_s << u"linux/arm64/v8"_s << true;
        QTest::newRow("arm64 v8 vs bare") << u"linux/arm64/v8"_s << u"linux/arm64"_s << true;
        QTest::newRow("arm64 bare is not v9") << u"linux/arm64"_s << u"linux/arm64/v9"_s << false;
        QTest::newRow("arm v6 vs v7") << u"linux/arm/v6"_s << u"linux/arm/v7"_s << false;
        QTest::newRow("arm no variant wanted") << u"linux/arm/v7"_s << u"linux/arm"_s << true;
    }
    void platformMatches()
    {
        QFETCH(QString, have);
        QFETCH(QString, wanted);
        QFETCH(bool, matches);
        QCOMPARE(Platform::parse(have)->matches(*Platform::parse(wanted)), matches);
    }

    void platformHost_data()
    {
        QTest::addColumn<QString>("kernel");
        QTest::addColumn<QString>("cpu");
        QTest::addColumn<bool>("littleEndian");
        QTest::addColumn<QString>("expected");
        QTest::newRow("x86_64") << u"linux"_s << u"x86_64"_s << true << u"linux/amd64"_s;
        QTest::newRow("arm64") << u"linux"_s << u"arm64"_s << true << u"linux/arm64/v8"_s;
        QTest::newRow("arm") << u"linux"_s << u"arm"_s << true << u"linux/arm/v7"_s;
        QTest::newRow("i386") << u"linux"_s << u"i386"_s << true << u"linux/386"_s;
        QTest::newRow("power64 le") << u"linux"_s << u"power64"_s << true << u"linux/ppc64le"_s;
        QTest::newRow("power64 be") << u"linux"_s << u"power64"_s << false << u"linux/ppc64"_s;
        QTest::newRow("s390x") << u"linux"_s << u"s390x"_s << false << u"linux/s390x"_s;
        QTest::newRow("riscv64") << u"linux"_s << u"riscv64"_s << true << u"linux/riscv64"_s;
        QTest::newRow("mips64 le") << u"linux"_s << u"mips64"_s << true << u"linux/mips64le"_s;
        QTest::newRow("windows") << u"winnt"_s << u"x86_64"_s << true << u"windows/amd64"_s;
        QTest::newRow("mac") << u"darwin"_s << u"arm64"_s << true << u"darwin/arm64/v8"_s;
    }
    void platformHost()
    {
        QFETCH(QString, kernel);
        QFETCH(QString, cpu);
        QFETCH(bool, littleEndian);
        QFETCH(QString, expected);
        QCOMPARE(Platform::fromSystem(kernel, cpu, littleEndian).toString(), expected);
    }

    void platformHostIsThisMachine()
    {
        const Platform host = Platform::host();
        QCOMPARE(host, Platform::fromSystem(QSysInfo::kernelType(), QSysInfo::currentCpuArchitecture(),
                                            QSysInfo::ByteOrder == QSysInfo::LittleEndian));
        QVERIFY(!host.isEmpty());
        if (QSysInfo::currentCpuArchitecture() == u"x86_64" && QSysInfo::kernelType() == u"linux")
            QCOMPARE(host.toString(), u"linux/amd64"_s);
    }
};

QTEST_GUILESS_MAIN(TestManifest)
#include "tst_manifest.moc"
