#pragma once
// Typed operations built on RegistryReply: paged listings, manifests, small blobs.

#include "job.h"
#include "manifest.h"

#include <QPointer>
#include <QSet>
#include <QStringList>
#include <QUrl>

namespace berth {

class RegistryClient;
class RegistryReply;
struct RequestSpec;

// A job made of requests to one registry, one at a time; abort() reaches the current one.
class RegistryJob : public Job
{
    Q_OBJECT
public:
    void abort() override;

protected:
    explicit RegistryJob(RegistryClient *client);
    RegistryReply *send(const RequestSpec &spec);

    QPointer<RegistryClient> m_client;
    QPointer<RegistryReply> m_current;
};

// Catalog or tags, following Link paging. Stops on a repeated next URL, a page that adds nothing
// new, or MaxPages.
class ListJob final : public RegistryJob
{
    Q_OBJECT
public:
    enum Kind { Catalog, Tags };
    static constexpr int MaxPages = 100000;

    ListJob(RegistryClient *client, Kind kind, const QString &repository, int pageSize);
    void start();

    // Everything received; tags are in natural order once finished (unless switched off).
    const QStringList &items() const { return m_items; }
    // A view that sorts by itself (the tree's proxy) saves a sort of thousands of tags here.
    void setNaturalOrder(bool on) { m_naturalOrder = on; }
    int pages() const { return m_pages; }

signals:
    void pageReceived(const QStringList &newItems);

private:
    void requestPage(const QUrl &url, const QString &path);

    Kind m_kind;
    bool m_naturalOrder = true;
    QString m_repository;
    int m_pageSize;
    QStringList m_items;
    QSet<QString> m_seen;
    QSet<QString> m_visited;
    int m_pages = 0;
};

// A manifest by tag or digest. GET: bytes parsed and digest verified (against the requested
// digest and Docker-Content-Digest). HEAD: digest, media type and size only.
class ManifestJob final : public RegistryJob
{
    Q_OBJECT
public:
    ManifestJob(RegistryClient *client, const QString &repository, const QString &reference, bool headOnly);
    void start();

    const Manifest &manifest() const { return m_manifest; }
    QString digest() const { return m_digest; }
    QString mediaType() const { return m_mediaType; }
    qint64 size() const { return m_size; }

private:
    RequestSpec manifestSpec(const QByteArray &verb) const;
    void getManifest();

    QString m_repository;
    QString m_reference;
    bool m_headOnly;
    Manifest m_manifest;
    QString m_digest;
    QString m_mediaType;
    qint64 m_size = -1;
};

// A small blob (an image config) into memory, verified against its digest.
class BlobBytesJob final : public RegistryJob
{
    Q_OBJECT
public:
    BlobBytesJob(RegistryClient *client, const QString &repository, const QString &digest, qint64 maxSize);
    void start();

    const QByteArray &bytes() const { return m_bytes; }

private:
    QString m_repository;
    QString m_digest;
    qint64 m_maxSize;
    QByteArray m_bytes;
};

} // namespace berth
