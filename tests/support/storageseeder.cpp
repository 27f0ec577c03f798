#include "storageseeder.h"

#include "core/digest.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <array>
#include <cstring>

using namespace Qt::StringLiterals;

namespace berth::test {
namespace {

quint64 splitmix(quint64 x)
{
    x += 0x9e3779b97f4a7c15ULL;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
    return x ^ (x >> 31);
}

const std::array<quint32, 256> &crcTable()
{
    static const std::array<quint32, 256> table = [] {
        std::array<quint32, 256> t{};
        for (quint32 i = 0; i < 256; ++i) {
            quint32 c = i;
            for (int k = 0; k < 8; ++k)
                c = (c & 1) ? 0xedb88320U ^ (c >> 1) : c >> 1;
            t[i] = c;
        }
        return t;
    }();
    return table;
}

void appendLe32(QByteArray &out, quint32 v)
{
    for (int i = 0; i < 4; ++i)
        out.append(char((v >> (8 * i)) & 0xff));
}

// gzip made of stored deflate blocks: the content is random, so compressing would only cost time.
// Hashes both the tar (the diff_id) and the gzip stream (the blob digest) while writing.
class GzipTarWriter
{
public:
    explicit GzipTarWriter(QIODevice *out) : m_out(out)
    {
        writeOut(QByteArray::fromHex("1f8b08000000000000ff"));
    }

    void write(const char *data, qint64 size)
    {
        m_tarHash.addData(data, size);
        const auto &table = crcTable();
        for (qint64 i = 0; i < size; ++i)
            m_crc = table[(m_crc ^ quint8(data[i])) & 0xff] ^ (m_crc >> 8);
        m_isize += quint64(size);
        while (size > 0) {
            if (m_pending.size() == kBlock)
                flushBlock(false);
            const qint64 n = std::min<qint64>(size, kBlock - m_pending.size());
            m_pending.append(data, n);
            data += n;
            size -= n;
        }
    }
    void write(const QByteArray &data) { write(data.constData(), data.size()); }

    void finish()
    {
        flushBlock(true);
        QByteArray trailer;
        appendLe32(trailer, ~m_crc);
        appendLe32(trailer, quint32(m_isize & 0xffffffffU));
        writeOut(trailer);
    }

    QString diffId() { return m_tarHash.digest(); }
    QString digest() { return m_gzHash.digest(); }
    qint64 size() const { return m_written; }
    bool ok() const { return m_ok; }

private:
    static constexpr qsizetype kBlock = 65535;

    void flushBlock(bool final)
    {
        QByteArray head(1, final ? char(1) : char(0));
        const quint16 len = quint16(m_pending.size());
        head.append(char(len & 0xff)).append(char(len >> 8));
        head.append(char(~len & 0xff)).append(char((~len >> 8) & 0xff));
        writeOut(head + m_pending);
        m_pending.clear();
    }

    void writeOut(const QByteArray &bytes)
    {
        m_gzHash.addData(bytes);
        m_ok = m_ok && m_out->write(bytes) == bytes.size();
        m_written += bytes.size();
    }

    QIODevice *m_out;
    Sha256 m_tarHash, m_gzHash;
    quint32 m_crc = 0xffffffffU;
    quint64 m_isize = 0;
    QByteArray m_pending;
    qint64 m_written = 0;
    bool m_ok = true;
};

QByteArray tarHeader(const QByteArray &name, qint64 size, char type)
{
    QByteArray h(512, '\0');
    auto put = [&h](int offset, const QByteArray &value) { std::memcpy(h.data() + offset, value.constData(), size_t(value.size())); };
    auto octal = [](qint64 v, int width) { return QByteArray::number(v, 8).rightJustified(width - 1, '0'); };
    put(0, name.left(99));
    put(100, octal(type == '5' ? 0755 : 0644, 8));
    put(108, octal(0, 8));
    put(116, octal(0, 8));
    put(124, octal(size, 12));
    put(136, octal(1700000000, 12));
    h[156] = type;
    put(257, QByteArrayLiteral("ustar\0") + "00");
    put(265, "root");
    put(297, "root");
    std::memset(h.data() + 148, ' ', 8);
    int sum = 0;
    for (char c : h)
        sum += quint8(c);
    put(148, octal(sum, 7) + '\0');
    return h;
}

QByteArray manifestBytes(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

} // namespace

void fillPseudoRandom(char *out, qint64 size, quint64 seed, qint64 offset)
{
    quint64 counter = quint64(offset) / 8;
    while (size > 0) {
        const quint64 v = splitmix(seed ^ (counter++ * 0xd1342543de82ef95ULL));
        const qint64 n = std::min<qint64>(size, 8);
        std::memcpy(out, &v, size_t(n));
        out += n;
        size -= n;
    }
}

StorageSeeder::StorageSeeder(const QString &rootDir) : m_v2(rootDir + u"/docker/registry/v2"_s) {}

QString StorageSeeder::blobPath(const QString &digest) const
{
    const QString hex = digestHex(digest);
    return m_v2 + u"/blobs/sha256/"_s + hex.left(2) + u'/' + hex + u"/data"_s;
}

QString StorageSeeder::putBlob(const QByteArray &data)
{
    const QString digest = Sha256::digestOf(data);
    const QString path = blobPath(digest);
    if (QFile::exists(path))
        return digest;
    QDir().mkpath(QFileInfo(path).path());
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(data) != data.size() || !f.commit())
        return {};
    return digest;
}

StorageSeeder::Layer StorageSeeder::putLayer(quint32 seed, int index, qint64 contentSize)
{
    const QString key = QString::number(seed) + u'/' + QString::number(index) + u'/' + QString::number(contentSize);
    if (const auto it = m_layers.constFind(key); it != m_layers.constEnd())
        return *it;
    const QString tmpPath = m_v2 + u"/seeding-"_s + key.split(u'/').join(u'-');
    QDir().mkpath(m_v2);
    QFile tmp(tmpPath);
    if (!tmp.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return {};
    GzipTarWriter gz(&tmp);
    const QByteArray dir = "berth/";
    const QByteArray file = "berth/layer-" + QByteArray::number(index) + ".bin";
    gz.write(tarHeader(dir, 0, '5'));
    gz.write(tarHeader(file, contentSize, '0'));
    const quint64 stream = splitmix(quint64(seed) << 20 | quint64(index));
    QByteArray chunk(1 << 20, Qt::Uninitialized);
    for (qint64 off = 0; off < contentSize; off += chunk.size()) {
        const qint64 n = std::min<qint64>(chunk.size(), contentSize - off);
        fillPseudoRandom(chunk.data(), n, stream, off);
        gz.write(chunk.constData(), n);
    }
    gz.write(QByteArray(int((512 - contentSize % 512) % 512) + 1024, '\0'));
    gz.finish();
    tmp.close();
    Layer layer{gz.digest(), gz.diffId(), gz.size()};
    const QString path = blobPath(layer.digest);
    QDir().mkpath(QFileInfo(path).path());
    QFile::remove(path);
    if (!gz.ok() || !QFile::rename(tmpPath, path)) {
        QFile::remove(tmpPath);
        return {};
    }
    m_layers.insert(key, layer);
    return layer;
}

bool StorageSeeder::writeLink(const QString &dir, const QString &digest)
{
    QDir().mkpath(dir);
    QFile f(dir + u"/link"_s);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(digest.toLatin1()) == digest.size();
}

bool StorageSeeder::linkLayer(const QString &repository, const QString &digest)
{
    return writeLink(m_v2 + u"/repositories/"_s + repository + u"/_layers/sha256/"_s + digestHex(digest), digest);
}

bool StorageSeeder::linkManifest(const QString &repository, const QString &digest)
{
    return writeLink(m_v2 + u"/repositories/"_s + repository + u"/_manifests/revisions/sha256/"_s + digestHex(digest),
                     digest);
}

bool StorageSeeder::addTag(const QString &repository, const QString &tag, const QString &digest)
{
    const QString dir = m_v2 + u"/repositories/"_s + repository + u"/_manifests/tags/"_s + tag;
    return writeLink(dir + u"/index/sha256/"_s + digestHex(digest), digest) && writeLink(dir + u"/current"_s, digest);
}

Seeded StorageSeeder::putImage(const QString &repository, const SeedOptions &o)
{
    Seeded s;
    // Fixed dates keep digests stable from run to run.
    const QDateTime created = QDateTime(QDate(2024, 1, 1), QTime(10, 0), Qt::UTC).addSecs(qint64(o.seed) * 3600);
    QJsonArray diffIds, history, layers;
    for (int i = 0; i < o.layers; ++i) {
        const Layer layer = putLayer(o.seed, i, o.layerSize);
        if (layer.digest.isEmpty() || !linkLayer(repository, layer.digest))
            return {};
        diffIds.append(layer.diffId);
        history.append(QJsonObject{{u"created"_s, created.addSecs(i).toString(Qt::ISODate)},
                                   {u"created_by"_s, u"/bin/sh -c #(nop) ADD file:layer-%1 in /berth/"_s.arg(i)}});
        layers.append(QJsonObject{{u"mediaType"_s, o.oci ? u"application/vnd.oci.image.layer.v1.tar+gzip"_s
                                                          : u"application/vnd.docker.image.rootfs.diff.tar.gzip"_s},
                                  {u"size"_s, layer.size}, {u"digest"_s, layer.digest}});
        s.layerDigests.append(layer.digest);
        s.totalSize += layer.size;
    }
    history.append(QJsonObject{{u"created"_s, created.addSecs(o.layers).toString(Qt::ISODate)},
                               {u"created_by"_s, u"/bin/sh -c #(nop)  CMD [\"/bin/sh\"]"_s},
                               {u"empty_layer"_s, true}});
    QJsonObject config{
        {u"architecture"_s, o.architecture}, {u"os"_s, o.os},
        {u"created"_s, created.addSecs(o.layers).toString(Qt::ISODate)},
        {u"config"_s, QJsonObject{{u"Env"_s, QJsonArray{u"PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"_s}},
                                  {u"Cmd"_s, QJsonArray{u"/bin/sh"_s}},
                                  {u"Labels"_s, QJsonObject{{u"org.opencontainers.image.title"_s, repository}}}}},
        {u"rootfs"_s, QJsonObject{{u"type"_s, u"layers"_s}, {u"diff_ids"_s, diffIds}}},
        {u"history"_s, history}};
    if (!o.variant.isEmpty())
        config.insert(u"variant"_s, o.variant);
    const QByteArray configBytes = QJsonDocument(config).toJson(QJsonDocument::Compact);
    s.configDigest = putBlob(configBytes);
    if (s.configDigest.isEmpty() || !linkLayer(repository, s.configDigest))
        return {};
    s.totalSize += configBytes.size();
    s.mediaType = o.oci ? u"application/vnd.oci.image.manifest.v1+json"_s
                        : u"application/vnd.docker.distribution.manifest.v2+json"_s;
    const QJsonObject manifest{
        {u"schemaVersion"_s, 2}, {u"mediaType"_s, s.mediaType},
        {u"config"_s, QJsonObject{{u"mediaType"_s, o.oci ? u"application/vnd.oci.image.config.v1+json"_s
                                                          : u"application/vnd.docker.container.image.v1+json"_s},
                                  {u"size"_s, configBytes.size()}, {u"digest"_s, s.configDigest}}},
        {u"layers"_s, layers}};
    s.manifest = manifestBytes(manifest);
    s.digest = putBlob(s.manifest);
    if (s.digest.isEmpty() || !linkManifest(repository, s.digest))
        return {};
    return s;
}

Seeded StorageSeeder::seedImage(const QString &repository, const QString &tag, const SeedOptions &o)
{
    Seeded s = putImage(repository, o);
    if (s.digest.isEmpty() || (!tag.isEmpty() && !addTag(repository, tag, s.digest)))
        return {};
    return s;
}

Seeded StorageSeeder::seedIndex(const QString &repository, const QString &tag, const QStringList &platforms,
                                bool oci, quint32 seed)
{
    Seeded s;
    QJsonArray manifests;
    for (qsizetype i = 0; i < platforms.size(); ++i) {
        const QStringList parts = platforms[i].split(u'/');
        SeedOptions o;
        o.os = parts.value(0);
        o.architecture = parts.value(1);
        o.variant = parts.value(2);
        o.seed = seed * 64 + quint32(i) + 1;
        o.oci = oci;
        const Seeded child = putImage(repository, o);
        if (child.digest.isEmpty())
            return {};
        QJsonObject platform{{u"os"_s, o.os}, {u"architecture"_s, o.architecture}};
        if (!o.variant.isEmpty())
            platform.insert(u"variant"_s, o.variant);
        manifests.append(QJsonObject{{u"mediaType"_s, child.mediaType}, {u"size"_s, child.manifest.size()},
                                     {u"digest"_s, child.digest}, {u"platform"_s, platform}});
        s.layerDigests += child.layerDigests;
        s.totalSize += child.totalSize;
    }
    s.mediaType = oci ? u"application/vnd.oci.image.index.v1+json"_s
                      : u"application/vnd.docker.distribution.manifest.list.v2+json"_s;
    s.manifest = manifestBytes(QJsonObject{{u"schemaVersion"_s, 2}, {u"mediaType"_s, s.mediaType}, {u"manifests"_s, manifests}});
    s.digest = putBlob(s.manifest);
    if (s.digest.isEmpty() || !linkManifest(repository, s.digest) || (!tag.isEmpty() && !addTag(repository, tag, s.digest)))
        return {};
    return s;
}

} // namespace berth::test
