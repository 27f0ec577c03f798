#pragma once
// One blob written to disk as it streams in: a ".partial-*" file beside the final path, hashed
// while written, verified and renamed atomically on commit, removed on abort.

#include "digest.h"
#include "error.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QFile>
#include <QString>

namespace berth {

// An Io error naming path, with the reason said for a person ("The disk is full" for ENOSPC).
Error fileError(const QString &path, int errnum);
// The reason alone, for errno values (ENOSPC, EROFS, EACCES, ...).
QString fileErrorReason(int errnum);

// "<finalPath>.partial-<random>": a temporary name in the same folder, so rename is atomic.
QString makePartialPath(const QString &finalPath);
// Flushes and fsyncs file, closes it and renames it onto finalPath (replacing it). On failure the
// temporary file is left for the caller to remove.
bool commitFileTo(QFile &file, const QString &finalPath, Error *error);

class BlobFile final
{
    Q_DECLARE_TR_FUNCTIONS(BlobFile)
public:
    explicit BlobFile(const QString &finalPath);
    ~BlobFile(); // aborts unless committed
    Q_DISABLE_COPY_MOVE(BlobFile)

    // Creates a fresh partial file (the folder is created if missing).
    bool open(Error *error);
    // Reopens an existing partial file to append to it (Range resume); its bytes are hashed
    // again so the digest stays right. Takes ownership of partialPath: abort() removes it.
    bool resume(const QString &partialPath, Error *error);
    // Partial files left beside finalPath by earlier runs, largest first.
    static QStringList existingPartials(const QString &finalPath);

    // false on a write error; then error() tells why (and the file is unusable until reset()).
    bool write(const char *data, qsizetype size);
    bool write(const QByteArray &data) { return write(data.constData(), data.size()); }
    // Drops what was written (a server that ignored Range sends the whole blob again).
    bool reset(Error *error);

    qint64 size() const { return m_size; }
    QString finalPath() const { return m_finalPath; }
    QString partialPath() const { return m_file.fileName(); }
    bool isOpen() const { return m_file.isOpen(); }
    Error error() const { return m_error; }

    // Checks size (when expectedSize >= 0) and digest, then renames onto the final path.
    // On a mismatch (kind Integrity) the partial file is removed and nothing is at the final path.
    bool commit(const QString &expectedDigest, qint64 expectedSize, Error *error);
    void abort();

private:
    void startWriteback();

    QString m_finalPath;
    QFile m_file;
    Sha256 m_hash;
    qint64 m_size = 0;
    qint64 m_writebackFrom = 0;
    Error m_error;
    bool m_committed = false;
};

} // namespace berth
