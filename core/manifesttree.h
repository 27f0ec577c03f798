#pragma once
// A manifest and, for an index, the image manifests under it: what a pull or copy moves.

#include "job.h"
#include "manifest.h"

#include <QPointer>

#include <optional>

namespace berth {

class RegistryClient;

class ManifestTreeJob final : public Job
{
    Q_OBJECT
public:
    // platform: narrow an index to the one image for that platform; nullopt: keep the whole index.
    ManifestTreeJob(RegistryClient *client, const QString &repository, const QString &reference,
                    const std::optional<Platform> &platform, QObject *parent = nullptr);
    void start();

    // What is pushed under the tag: the index, or the single image (also one picked from an index).
    const Manifest &root() const { return m_root; }
    // The image manifests (just root when root is an image), children before their index.
    const QList<Manifest> &images() const { return m_images; }
    // Every blob of every image, each digest once.
    QList<Descriptor> blobs() const;

private:
    void fetchChildren();

    QPointer<RegistryClient> m_client;
    QString m_repository;
    QString m_reference;
    std::optional<Platform> m_platform;
    Manifest m_root;
    QList<Manifest> m_images;
    QList<Descriptor> m_pendingChildren;
};

} // namespace berth
