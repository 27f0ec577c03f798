#pragma once
// Tar archive index: entry names, types, sizes and data offsets without reading any data, with
// entries opened as devices limited to their range. Archives with unsafe names are refused.

#include "error.h"

#include <QCoreApplication>
#include <QHash>
#include <QIODevice>
#include <QList>
#include <QString>

#include <memory>
#include <optional>

namespace berth {

struct TarEntry {
    enum class Type { File, Directory, Symlink, Hardlink, Other };

    QString name;        // normalised: no "./" and no trailing '/'
    Type type = Type::File;
    qint64 size = 0;
    qint64 dataOffset = 0;
    QString linkTarget;  // links: the target as an archive path, already resolved and checked
};

class TarReader final
{
    Q_DECLARE_TR_FUNCTIONS(TarReader)
public:
    static constexpr int MaxLinkHops = 16;

    TarReader() = default;
    Q_DISABLE_COPY_MOVE(TarReader)

    // Reads every header. Refuses (kind InvalidInput, naming the entry) absolute names, names with
    // a ".." component, and links whose target is absolute or leaves the archive; also truncated
    // or corrupt archives and compressed ones.
    bool open(const QString &path, Error *error);

    QString path() const { return m_path; }
    const QList<TarEntry> &entries() const { return m_entries; }

    // The entry with this name ("./" and trailing '/' ignored; the last one wins as in tar). With
    // followLinks, symlinks and hardlinks are followed inside the archive to what they point at.
    const TarEntry *find(const QString &name, bool followLinks = true) const;

    // A read-only, seekable device over a regular entry's data (streams from the file).
    std::unique_ptr<QIODevice> openEntry(const TarEntry &entry, Error *error) const;
    // A regular entry's data, refused (kind InvalidInput) when larger than maxSize.
    std::optional<QByteArray> readEntry(const TarEntry &entry, qint64 maxSize, Error *error) const;

    // The normalised archive path of name, or nullopt if it is absolute or has a ".." component.
    static std::optional<QString> normaliseName(const QString &name);
    // linkTarget of a symlink at entryName resolved to an archive path; nullopt if it escapes.
    static std::optional<QString> resolveSymlink(const QString &entryName, const QString &target);

private:
    Error corrupt(const QString &why) const;
    Error unsafe(const QString &entryName) const;

    QString m_path;
    QList<TarEntry> m_entries;
    QHash<QString, qsizetype> m_byName;
};

} // namespace berth
