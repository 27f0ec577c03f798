#include "tarreader.h"

#include <QDir>
#include <QFile>

#include <cstring>

namespace berth {

namespace {

constexpr qint64 Block = 512;
constexpr qint64 MaxMetaSize = 1 << 20; // PAX records and GNU long names

QByteArray field(const char *header, int offset, int width)
{
    const char *start = header + offset;
    const void *nul = std::memchr(start, 0, size_t(width));
    return QByteArray(start, nul ? static_cast<const char *>(nul) - start : width);
}

std::optional<qint64> parseNumber(const char *header, int offset, int width)
{
    const auto *p = reinterpret_cast<const unsigned char *>(header + offset);
    if (p[0] & 0x80) { // GNU base-256
        if (p[0] != 0x80)
            return std::nullopt; // negative or too large
        qint64 value = 0;
        for (int i = 1; i < width; ++i) {
            if (value > (std::numeric_limits<qint64>::max() >> 8))
                return std::nullopt;
            value = (value << 8) | p[i];
        }
        return value;
    }
    const QByteArray text = field(header, offset, width).trimmed();
    if (text.isEmpty())
        return 0;
    bool ok = false;
    const qint64 value = text.toLongLong(&ok, 8);
    return ok && value >= 0 ? std::optional<qint64>(value) : std::nullopt;
}

bool checksumOk(const char *header)
{
    const auto stored = parseNumber(header, 148, 8);
    if (!stored)
        return false;
    qint64 unsignedSum = 0;
    qint64 signedSum = 0;
    for (int i = 0; i < Block; ++i) {
        const bool inField = i >= 148 && i < 156;
        unsignedSum += inField ? ' ' : static_cast<unsigned char>(header[i]);
        signedSum += inField ? ' ' : static_cast<signed char>(header[i]);
    }
    return *stored == unsignedSum || *stored == signedSum; // old writers summed signed chars
}

// PAX extended header: "LEN key=value\n" records.
QHash<QByteArray, QByteArray> parsePax(const QByteArray &data)
{
    QHash<QByteArray, QByteArray> records;
    qsizetype pos = 0;
    while (pos < data.size()) {
        const qsizetype space = data.indexOf(' ', pos);
        if (space < 0)
            break;
        bool ok = false;
        const qsizetype length = data.mid(pos, space - pos).toLongLong(&ok);
        if (!ok || length <= space - pos || length > data.size() - pos) // no pos + length: it may overflow
            break;
        const QByteArray record = data.mid(space + 1, length - (space - pos) - 2); // without '\n'
        const qsizetype eq = record.indexOf('=');
        if (eq > 0)
            records.insert(record.left(eq), record.mid(eq + 1));
        pos += length;
    }
    return records;
}

class TarEntryDevice final : public QIODevice
{
public:
    TarEntryDevice(const QString &path, qint64 offset, qint64 size)
        : m_file(path), m_offset(offset), m_size(size) {}

    bool openDevice()
    {
        if (!m_file.open(QIODevice::ReadOnly) || !m_file.seek(m_offset)) {
            setErrorString(m_file.errorString());
            return false;
        }
        return QIODevice::open(QIODevice::ReadOnly | QIODevice::Unbuffered);
    }
    bool isSequential() const override { return false; }
    qint64 size() const override { return m_size; }
    bool seek(qint64 pos) override
    {
        if (pos < 0 || pos > m_size || !m_file.seek(m_offset + pos))
            return false;
        return QIODevice::seek(pos);
    }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        const qint64 left = m_size - (m_file.pos() - m_offset);
        if (left <= 0)
            return 0;
        const qint64 n = m_file.read(data, std::min(maxSize, left));
        if (n < 0)
            setErrorString(m_file.errorString());
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QFile m_file;
    qint64 m_offset;
    qint64 m_size;
};

} // namespace

std::optional<QString> TarReader::normaliseName(const QString &name)
{
    if (name.isEmpty() || name.startsWith(QLatin1Char('/')))
        return std::nullopt;
    QStringList parts;
    for (const QString &part : name.split(QLatin1Char('/'), Qt::SkipEmptyParts)) {
        if (part == QLatin1String(".."))
            return std::nullopt;
        if (part != QLatin1String("."))
            parts << part;
    }
    return parts.join(QLatin1Char('/'));
}

std::optional<QString> TarReader::resolveSymlink(const QString &entryName, const QString &target)
{
    if (target.isEmpty() || target.startsWith(QLatin1Char('/')))
        return std::nullopt;
    QStringList parts = entryName.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    if (!parts.isEmpty())
        parts.removeLast();
    for (const QString &part : target.split(QLatin1Char('/'), Qt::SkipEmptyParts)) {
        if (part == QLatin1String("..")) {
            if (parts.isEmpty())
                return std::nullopt;
            parts.removeLast();
        } else if (part != QLatin1String(".")) {
            parts << part;
        }
    }
    return parts.join(QLatin1Char('/'));
}

Error TarReader::corrupt(const QString &why) const
{
    return Error::make(ErrorKind::InvalidInput,
                       tr("%1 is not a valid tar archive: %2").arg(QDir::toNativeSeparators(m_path), why));
}

Error TarReader::unsafe(const QString &entryName) const
{
    return Error::make(ErrorKind::InvalidInput,
                       tr("%1 was refused: its entry \"%2\" points outside the archive.")
                           .arg(QDir::toNativeSeparators(m_path), entryName));
}

bool TarReader::open(const QString &path, Error *error)
{
    m_path = path;
    m_entries.clear();
    m_byName.clear();
    auto fail = [&](const Error &e) {
        if (error)
            *error = e;
        m_entries.clear();
        m_byName.clear();
        return false;
    };
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(Error::make(ErrorKind::Io, tr("Cannot read %1: %2")
                                                   .arg(QDir::toNativeSeparators(path), file.errorString())));
    const qint64 fileSize = file.size();
    QByteArray pendingName, pendingLink;
    qint64 pendingSize = -1; // from a PAX header; -1: none
    char header[Block];
    for (;;) {
        const qint64 n = file.read(header, Block);
        if (n == 0)
            break; // some writers omit the end-of-archive blocks
        if (n != Block)
            return fail(corrupt(tr("it is truncated.")));
        if (std::all_of(header, header + Block, [](char c) { return c == 0; }))
            break;
        if (!checksumOk(header)) {
            const bool gzip = m_entries.isEmpty() && header[0] == '\x1f' && header[1] == '\x8b';
            return fail(corrupt(gzip ? tr("it is compressed; decompress it first.") : tr("a header is damaged.")));
        }
        const auto headerSize = parseNumber(header, 124, 12);
        if (!headerSize)
            return fail(corrupt(tr("a header is damaged.")));
        const char type = header[156];
        const qint64 dataOffset = file.pos();
        const qint64 size = (type == 'x' || type == 'L' || type == 'K' || type == 'g') ? *headerSize
                                                                                      : (pendingSize >= 0 ? pendingSize : *headerSize);
        if (size > fileSize - dataOffset)
            return fail(corrupt(tr("it is truncated.")));
        const qint64 next = dataOffset + (size + Block - 1) / Block * Block;

        if (type == 'x' || type == 'L' || type == 'K') {
            if (size > MaxMetaSize)
                return fail(corrupt(tr("an extended header is too large.")));
            const QByteArray data = file.read(size);
            if (type == 'x') {
                const auto records = parsePax(data);
                if (records.contains("path"))
                    pendingName = records.value("path");
                if (records.contains("linkpath"))
                    pendingLink = records.value("linkpath");
                if (records.contains("size")) {
                    bool ok = false;
                    const qint64 paxSize = records.value("size").toLongLong(&ok);
                    if (!ok || paxSize < 0)
                        return fail(corrupt(tr("an extended header is damaged.")));
                    pendingSize = paxSize;
                }
            } else {
                const qsizetype nul = data.indexOf('\0');
                (type == 'L' ? pendingName : pendingLink) = nul >= 0 ? data.left(nul) : data;
            }
            if (!file.seek(next))
                return fail(corrupt(tr("it is truncated.")));
            continue;
        }
        if (type == 'g') { // global PAX defaults: nothing Berth needs
            file.seek(next);
            continue;
        }

        QByteArray rawName = pendingName;
        if (rawName.isEmpty()) {
            rawName = field(header, 0, 100);
            const QByteArray prefix = field(header, 345, 155);
            if (std::memcmp(header + 257, "ustar", 5) == 0 && !prefix.isEmpty())
                rawName = prefix + '/' + rawName;
        }
        const QByteArray rawLink = pendingLink.isEmpty() ? field(header, 157, 100) : pendingLink;
        pendingName.clear();
        pendingLink.clear();
        pendingSize = -1;

        const QString name = QString::fromUtf8(rawName);
        const auto normalised = normaliseName(name);
        if (!normalised || normalised->isEmpty())
            return fail(unsafe(name));
        TarEntry entry;
        entry.name = *normalised;
        entry.size = size;
        entry.dataOffset = dataOffset;
        switch (type) {
        case '0': case '\0': case '7': entry.type = TarEntry::Type::File; break;
        case '5': entry.type = TarEntry::Type::Directory; entry.size = 0; break;
        case '1': entry.type = TarEntry::Type::Hardlink; entry.size = 0; break;
        case '2': entry.type = TarEntry::Type::Symlink; entry.size = 0; break;
        default: entry.type = TarEntry::Type::Other; break;
        }
        if (entry.type == TarEntry::Type::Symlink || entry.type == TarEntry::Type::Hardlink) {
            const QString link = QString::fromUtf8(rawLink);
            const auto target = entry.type == TarEntry::Type::Symlink ? resolveSymlink(entry.name, link)
                                                                      : normaliseName(link);
            if (!target || target->isEmpty())
                return fail(unsafe(name));
            entry.linkTarget = *target;
        }
        m_byName.insert(entry.name, m_entries.size());
        m_entries.append(entry);
        if (!file.seek(next))
            return fail(corrupt(tr("it is truncated.")));
    }
    return true;
}

const TarEntry *TarReader::find(const QString &name, bool followLinks) const
{
    const auto normalised = normaliseName(name);
    if (!normalised)
        return nullptr;
    QString current = *normalised;
    for (int hop = 0; hop <= MaxLinkHops; ++hop) {
        const auto it = m_byName.constFind(current);
        if (it == m_byName.constEnd())
            return nullptr;
        const TarEntry &entry = m_entries.at(*it);
        const bool isLink = entry.type == TarEntry::Type::Symlink || entry.type == TarEntry::Type::Hardlink;
        if (!followLinks || !isLink)
            return &entry;
        current = entry.linkTarget;
    }
    return nullptr; // a link loop
}

std::unique_ptr<QIODevice> TarReader::openEntry(const TarEntry &entry, Error *error) const
{
    if (entry.type != TarEntry::Type::File) {
        if (error)
            *error = Error::make(ErrorKind::InvalidInput,
                                 tr("%1 in %2 is not a regular file.").arg(entry.name, QDir::toNativeSeparators(m_path)));
        return nullptr;
    }
    auto device = std::make_unique<TarEntryDevice>(m_path, entry.dataOffset, entry.size);
    if (!device->openDevice()) {
        if (error)
            *error = Error::make(ErrorKind::Io, tr("Cannot read %1: %2")
                                                    .arg(QDir::toNativeSeparators(m_path), device->errorString()));
        return nullptr;
    }
    return device;
}

std::optional<QByteArray> TarReader::readEntry(const TarEntry &entry, qint64 maxSize, Error *error) const
{
    if (entry.size > maxSize) {
        if (error)
            *error = Error::make(ErrorKind::InvalidInput, tr("%1 in %2 is too large (%3 bytes).")
                                                              .arg(entry.name, QDir::toNativeSeparators(m_path))
                                                              .arg(entry.size));
        return std::nullopt;
    }
    auto device = openEntry(entry, error);
    if (!device)
        return std::nullopt;
    QByteArray data = device->readAll();
    if (data.size() != entry.size) {
        if (error)
            *error = corrupt(tr("%1 cannot be read whole.").arg(entry.name));
        return std::nullopt;
    }
    return data;
}

} // namespace berth
