#pragma once
// Streaming tar writer: ustar headers, PAX records for long names and sizes past 8 GiB, entry
// data written in chunks so a layer never sits in memory.

#include "error.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QString>

namespace berth {

class TarWriter final
{
    Q_DECLARE_TR_FUNCTIONS(TarWriter)
public:
    // device must be open for writing and outlive the writer.
    explicit TarWriter(QIODevice *device);
    Q_DISABLE_COPY_MOVE(TarWriter)

    // The file name used in error messages.
    void setName(const QString &name) { m_name = name; }
    // mtime in seconds since the epoch; 0 keeps archives reproducible.
    void setModificationTime(qint64 mtime) { m_mtime = mtime; }

    // Starts a regular file of exactly size bytes; write its data, then endFile().
    bool beginFile(const QString &name, qint64 size, Error *error, int mode = 0644);
    bool write(const char *data, qsizetype size, Error *error);
    bool endFile(Error *error);

    bool addFile(const QString &name, const QByteArray &data, Error *error);
    // Copies size bytes from source (open for reading) in chunks.
    bool addFile(const QString &name, QIODevice *source, qint64 size, Error *error);
    bool addDirectory(const QString &name, Error *error);
    bool addSymlink(const QString &name, const QString &target, Error *error);

    // The end-of-archive marker (two zero blocks).
    bool finish(Error *error);

    qint64 bytesWritten() const { return m_written; }

private:
    bool writeHeader(const QString &name, char type, qint64 size, int mode, const QString &link,
                     Error *error);
    bool writeRaw(const char *data, qint64 size, Error *error);
    bool padToBlock(Error *error);
    bool checkNoOpenFile(const QString &name, Error *error) const;

    QIODevice *m_device;
    QString m_name;
    qint64 m_mtime = 0;
    qint64 m_written = 0;
    qint64 m_remaining = -1; // bytes still due for the current file; -1 when none is open
};

} // namespace berth
