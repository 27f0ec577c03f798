#include "tarwriter.h"

#include "blobfile.h"

#include <cerrno>
#include <cstring>

namespace berth {

namespace {

constexpr qint64 Block = 512;
constexpr qint64 MaxOctalSize = 077777777777LL; // 11 octal digits

void putOctal(char *field, int width, qint64 value)
{
    // width includes the terminating NUL
    const QByteArray digits = QByteArray::number(value, 8).rightJustified(width - 1, '0');
    std::memcpy(field, digits.constData(), size_t(width - 1));
    field[width - 1] = '\0';
}

// GNU base-256 form for sizes too large for octal; readers that know PAX use the PAX size anyway.
void putBase256(char *field, int width, qint64 value)
{
    for (int i = width - 1; i > 0; --i) {
        field[i] = char(value & 0xff);
        value >>= 8;
    }
    field[0] = char(0x80);
}

QByteArray paxRecord(const QByteArray &key, const QByteArray &value)
{
    const qsizetype base = key.size() + value.size() + 3;
    qsizetype length = base + 1;
    while (base + QByteArray::number(length).size() != length)
        length = base + QByteArray::number(length).size();
    return QByteArray::number(length) + ' ' + key + '=' + value + '\n';
}

bool isPlainAscii(const QByteArray &bytes)
{
    for (char c : bytes) {
        if (static_cast<unsigned char>(c) >= 0x80)
            return false;
    }
    return true;
}

} // namespace

TarWriter::TarWriter(QIODevice *device) : m_device(device) {}

bool TarWriter::writeRaw(const char *data, qint64 size, Error *error)
{
    errno = 0;
    if (m_device->write(data, size) != size) {
        if (!error)
            return false;
        if (errno != 0) // a file: say why the way the rest of Berth does ("The disk is full.")
            *error = fileError(m_name.isEmpty() ? tr("the archive") : m_name, errno);
        else
            *error = Error::make(ErrorKind::Io, tr("Cannot write the archive: %1").arg(m_device->errorString()));
        return false;
    }
    m_written += size;
    return true;
}

bool TarWriter::padToBlock(Error *error)
{
    static const char zeros[Block] = {};
    const qint64 rest = m_written % Block;
    return rest == 0 || writeRaw(zeros, Block - rest, error);
}

bool TarWriter::writeHeader(const QString &name, char type, qint64 size, int mode, const QString &link,
                            Error *error)
{
    const QByteArray nameBytes = name.toUtf8();
    const QByteArray linkBytes = link.toUtf8();
    QByteArray pax;
    if (nameBytes.size() > 100 || !isPlainAscii(nameBytes))
        pax += paxRecord("path", nameBytes);
    if (linkBytes.size() > 100 || !isPlainAscii(linkBytes))
        pax += paxRecord("linkpath", linkBytes);
    if (size > MaxOctalSize)
        pax += paxRecord("size", QByteArray::number(size));
    if (!pax.isEmpty()) {
        if (!writeHeader(QStringLiteral("././@PaxHeader"), 'x', pax.size(), 0644, {}, error) || !writeRaw(pax.constData(), pax.size(), error)
            || !padToBlock(error))
            return false;
    }

    char header[Block] = {};
    std::memcpy(header, nameBytes.constData(), size_t(std::min<qsizetype>(nameBytes.size(), 100)));
    putOctal(header + 100, 8, mode);
    putOctal(header + 108, 8, 0);
    putOctal(header + 116, 8, 0);
    if (size > MaxOctalSize)
        putBase256(header + 124, 12, size);
    else
        putOctal(header + 124, 12, size);
    putOctal(header + 136, 12, m_mtime);
    header[156] = type;
    std::memcpy(header + 157, linkBytes.constData(), size_t(std::min<qsizetype>(linkBytes.size(), 100)));
    std::memcpy(header + 257, "ustar", 6);
    std::memcpy(header + 263, "00", 2);
    std::memset(header + 148, ' ', 8);
    unsigned sum = 0;
    for (char c : header)
        sum += static_cast<unsigned char>(c);
    putOctal(header + 148, 7, sum);
    header[155] = ' ';
    return writeRaw(header, Block, error);
}

bool TarWriter::checkNoOpenFile(const QString &name, Error *error) const
{
    if (m_remaining < 0)
        return true;
    if (error)
        *error = Error::make(ErrorKind::InvalidInput, tr("Cannot add %1 to the archive now.").arg(name));
    return false;
}

bool TarWriter::beginFile(const QString &name, qint64 size, Error *error, int mode)
{
    if (!checkNoOpenFile(name, error))
        return false;
    if (size < 0) {
        if (error)
            *error = Error::make(ErrorKind::InvalidInput, tr("Cannot add %1 to the archive now.").arg(name));
        return false;
    }
    if (!writeHeader(name, '0', size, mode, {}, error))
        return false;
    m_remaining = size;
    return true;
}

bool TarWriter::write(const char *data, qsizetype size, Error *error)
{
    if (m_remaining < size) {
        if (error)
            *error = Error::make(ErrorKind::InvalidInput, tr("More data than announced for an archive entry."));
        return false;
    }
    if (!writeRaw(data, size, error))
        return false;
    m_remaining -= size;
    return true;
}

bool TarWriter::endFile(Error *error)
{
    if (m_remaining != 0) {
        if (error)
            *error = Error::make(ErrorKind::InvalidInput, tr("Less data than announced for an archive entry."));
        return false;
    }
    m_remaining = -1;
    return padToBlock(error);
}

bool TarWriter::addFile(const QString &name, const QByteArray &data, Error *error)
{
    return beginFile(name, data.size(), error) && write(data.constData(), data.size(), error) && endFile(error);
}

bool TarWriter::addFile(const QString &name, QIODevice *source, qint64 size, Error *error)
{
    if (!beginFile(name, size, error))
        return false;
    QByteArray buffer(1 << 20, Qt::Uninitialized);
    while (m_remaining > 0) {
        const qint64 n = source->read(buffer.data(), std::min<qint64>(buffer.size(), m_remaining));
        if (n <= 0) {
            if (error)
                *error = Error::make(ErrorKind::Io, tr("Cannot read the data for %1: %2")
                                                        .arg(name, n < 0 ? source->errorString() : tr("it is shorter than expected.")));
            return false;
        }
        if (!write(buffer.constData(), n, error))
            return false;
    }
    return endFile(error);
}

bool TarWriter::addDirectory(const QString &name, Error *error)
{
    const QString dirName = name.endsWith(QLatin1Char('/')) ? name : name + QLatin1Char('/');
    return checkNoOpenFile(name, error) && writeHeader(dirName, '5', 0, 0755, {}, error);
}

bool TarWriter::addSymlink(const QString &name, const QString &target, Error *error)
{
    return checkNoOpenFile(name, error) && writeHeader(name, '2', 0, 0777, target, error);
}

bool TarWriter::finish(Error *error)
{
    static const char zeros[2 * Block] = {};
    if (m_remaining >= 0) {
        if (error)
            *error = Error::make(ErrorKind::InvalidInput, tr("An archive entry was not finished."));
        return false;
    }
    return writeRaw(zeros, sizeof zeros, error);
}

} // namespace berth
