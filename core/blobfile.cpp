#include "blobfile.h"

#include <QDir>
#include <QFileInfo>
#include <QRandomGenerator>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <system_error>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <unistd.h>
#endif

namespace berth {

namespace {

std::filesystem::path nativePath(const QString &path)
{
    return std::filesystem::path(QFile::encodeName(path).toStdString());
}

// QFile reports errno-based failures as text only; errno is still the one of the failing call.
int lastErrno(const QFile &file)
{
    if (errno != 0)
        return errno;
    return file.error() == QFileDevice::ResourceError ? ENOSPC : EIO;
}

#ifdef Q_OS_UNIX
// Makes a rename durable: the new directory entry is on disk, not only the file's bytes.
void syncDirectory(const QString &dir)
{
    const int fd = ::open(QFile::encodeName(dir).constData(), O_RDONLY | O_CLOEXEC);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
}
#endif

} // namespace

QString fileErrorReason(int errnum)
{
    switch (errnum) {
    case ENOSPC: return BlobFile::tr("The disk is full.");
#ifdef EDQUOT
    case EDQUOT: return BlobFile::tr("The disk quota is exceeded.");
#endif
    case EROFS: return BlobFile::tr("The disk is read-only.");
    case EACCES:
    case EPERM: return BlobFile::tr("Permission denied.");
    case ENOENT: return BlobFile::tr("The folder does not exist.");
    case ENOTDIR: return BlobFile::tr("A part of the path is not a folder.");
    case EISDIR: return BlobFile::tr("It is a folder.");
    case EEXIST: return BlobFile::tr("The file exists already.");
    default: return QString::fromLocal8Bit(std::strerror(errnum));
    }
}

Error fileError(const QString &path, int errnum)
{
    return Error::make(ErrorKind::Io, BlobFile::tr("Cannot write %1: %2")
                                          .arg(QDir::toNativeSeparators(path), fileErrorReason(errnum)));
}

QString makePartialPath(const QString &finalPath)
{
    return finalPath + QStringLiteral(".partial-")
        + QString::number(QRandomGenerator::global()->generate64() & 0xffffffffffffULL, 16);
}

bool commitFileTo(QFile &file, const QString &finalPath, Error *error)
{
    errno = 0;
    if (!file.flush()) {
        if (error)
            *error = fileError(finalPath, lastErrno(file));
        return false;
    }
#ifdef Q_OS_UNIX
    if (::fsync(file.handle()) != 0) {
        if (error)
            *error = fileError(finalPath, errno);
        return false;
    }
#endif
    const QString from = file.fileName();
    file.close();
    std::error_code ec;
    std::filesystem::rename(nativePath(from), nativePath(finalPath), ec);
    if (ec) {
        if (error)
            *error = fileError(finalPath, ec.value());
        return false;
    }
#ifdef Q_OS_UNIX
    syncDirectory(QFileInfo(finalPath).absolutePath());
#endif
    return true;
}

BlobFile::BlobFile(const QString &finalPath) : m_finalPath(finalPath) {}

BlobFile::~BlobFile()
{
    if (!m_committed)
        abort();
}

bool BlobFile::open(Error *error)
{
    abort();
    m_committed = false;
    const QString dir = QFileInfo(m_finalPath).absolutePath();
    errno = 0;
    if (!QDir().mkpath(dir)) {
        if (error)
            *error = fileError(dir, errno ? errno : EACCES);
        return false;
    }
    m_file.setFileName(makePartialPath(m_finalPath));
    errno = 0;
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::NewOnly | QIODevice::Unbuffered)) {
        if (error)
            *error = fileError(m_file.fileName(), lastErrno(m_file));
        m_file.setFileName(QString());
        return false;
    }
    return true;
}

bool BlobFile::resume(const QString &partialPath, Error *error)
{
    abort();
    m_committed = false;
    if (!partialPath.startsWith(m_finalPath + QStringLiteral(".partial-"))) {
        if (error)
            *error = Error::make(ErrorKind::InvalidInput,
                                 tr("%1 is not a partial download of %2.").arg(partialPath, m_finalPath));
        return false;
    }
    QFile existing(partialPath);
    errno = 0;
    if (!existing.open(QIODevice::ReadOnly)) {
        if (error)
            *error = fileError(partialPath, lastErrno(existing));
        return false;
    }
    QByteArray buffer(1 << 20, Qt::Uninitialized);
    for (;;) {
        const qint64 n = existing.read(buffer.data(), buffer.size());
        if (n < 0) {
            if (error)
                *error = fileError(partialPath, EIO);
            m_hash.reset();
            m_size = 0;
            return false;
        }
        if (n == 0)
            break;
        m_hash.addData(buffer.constData(), n);
        m_size += n;
    }
    existing.close();
    m_writebackFrom = m_size;
    m_file.setFileName(partialPath);
    errno = 0;
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Unbuffered)) {
        if (error)
            *error = fileError(partialPath, lastErrno(m_file));
        m_file.setFileName(QString());
        m_hash.reset();
        m_size = 0;
        return false;
    }
    return true;
}

QStringList BlobFile::existingPartials(const QString &finalPath)
{
    const QFileInfo info(finalPath);
    const QFileInfoList found = info.absoluteDir().entryInfoList(
        {info.fileName() + QStringLiteral(".partial-*")}, QDir::Files, QDir::Size);
    QStringList paths;
    for (const QFileInfo &f : found)
        paths << f.absoluteFilePath();
    return paths;
}

bool BlobFile::write(const char *data, qsizetype size)
{
    if (m_error)
        return false;
    if (!m_file.isOpen()) {
        m_error = Error::make(ErrorKind::Io, tr("Cannot write %1: it is not open.").arg(m_finalPath));
        return false;
    }
    // Straight from the network's buffers: with the small queue in BlobSink they are still in
    // the CPU's cache here. (A copy into a buffer of our own first was measured: no faster.)
    m_hash.addData(data, size);
    errno = 0;
    if (m_file.write(data, size) != size) {
        m_error = fileError(m_file.fileName(), lastErrno(m_file));
        return false;
    }
    m_size += size;
    startWriteback();
    return true;
}

void BlobFile::startWriteback()
{
#ifdef Q_OS_LINUX
    // Without this the kernel writes a blob's pages only when commit() fsyncs, so the disk idles
    // while the network runs and every commit then waits for a whole blob. Asking for writeback
    // as the bytes arrive keeps both busy; the fsync at the end only waits for the tail.
    constexpr qint64 Step = 8 << 20;
    if (m_size - m_writebackFrom >= Step) {
        ::sync_file_range(m_file.handle(), m_writebackFrom, m_size - m_writebackFrom, SYNC_FILE_RANGE_WRITE);
        m_writebackFrom = m_size;
    }
#endif
}

bool BlobFile::reset(Error *error)
{
    errno = 0;
    if (!m_file.isOpen() || !m_file.resize(0)) {
        if (error)
            *error = fileError(m_finalPath, m_file.isOpen() ? lastErrno(m_file) : EBADF);
        return false;
    }
    m_hash.reset();
    m_size = 0;
    m_writebackFrom = 0;
    m_error = {};
    return true;
}

bool BlobFile::commit(const QString &expectedDigest, qint64 expectedSize, Error *error)
{
    auto fail = [&](const Error &e) {
        if (error)
            *error = e;
        abort();
        return false;
    };
    if (m_error)
        return fail(m_error);
    if (!m_file.isOpen())
        return fail(Error::make(ErrorKind::Io, tr("Cannot write %1: it is not open.").arg(m_finalPath)));
    if (expectedSize >= 0 && m_size != expectedSize)
        return fail(Error::make(ErrorKind::Integrity, tr("The blob %1 has %2 bytes instead of %3.")
                                                          .arg(expectedDigest).arg(m_size).arg(expectedSize)));
    const QString actual = m_hash.digest();
    if (actual != expectedDigest)
        return fail(Error::make(ErrorKind::Integrity,
                                tr("The blob %1 does not match its digest (its content has digest %2).")
                                    .arg(expectedDigest, actual)));
    Error e;
    if (!commitFileTo(m_file, m_finalPath, &e))
        return fail(e);
    m_committed = true;
    m_file.setFileName(QString());
    return true;
}

void BlobFile::abort()
{
    if (!m_file.fileName().isEmpty()) {
        m_file.close();
        QFile::remove(m_file.fileName());
        m_file.setFileName(QString());
    }
    m_hash.reset();
    m_size = 0;
    m_writebackFrom = 0;
    m_error = {};
}

} // namespace berth
