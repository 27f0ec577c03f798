#include "manifesttree.h"

#include "registryclient.h"
#include "registryjobs.h"

#include <QSet>

namespace berth {

ManifestTreeJob::ManifestTreeJob(RegistryClient *client, const QString &repository, const QString &reference,
                                 const std::optional<Platform> &platform, QObject *parent)
    : Job(parent ? parent : client), m_client(client), m_repository(repository), m_reference(reference), m_platform(platform)
{
}

QList<Descriptor> ManifestTreeJob::blobs() const
{
    QList<Descriptor> result;
    QSet<QString> seen;
    for (const Manifest &m : m_images) {
        QList<Descriptor> all{m.config};
        all += m.layers;
        for (const Descriptor &d : std::as_const(all)) {
            if (!d.digest.isEmpty() && !seen.contains(d.digest)) {
                seen.insert(d.digest);
                result << d;
            }
        }
    }
    return result;
}

void ManifestTreeJob::start()
{
    ManifestJob *job = m_client->manifest(m_repository, m_reference);
    connect(job, &Job::finished, this, [this, job] {
        if (job->error()) {
            finish(job->error());
            return;
        }
        const Manifest manifest = job->manifest();
        if (manifest.kind == Manifest::Kind::Schema1) {
            finish(Error::make(ErrorKind::Unsupported,
                               tr("%1:%2 is a schema 1 manifest, which Berth can show but not transfer.")
                                   .arg(m_repository, m_reference)));
            return;
        }
        if (!manifest.isIndex()) {
            m_root = manifest;
            m_images = {manifest};
            finish();
            return;
        }
        if (m_platform) {
            for (const Descriptor &d : manifest.manifests) {
                if (d.platform && d.platform->matches(*m_platform)) {
                    m_pendingChildren = {d};
                    fetchChildren();
                    return;
                }
            }
            QStringList available;
            for (const Descriptor &d : manifest.manifests) {
                if (d.platform)
                    available << d.platform->toString();
            }
            finish(Error::make(ErrorKind::NotFound, tr("%1:%2 has no image for %3 (it has: %4).")
                                                        .arg(m_repository, m_reference, m_platform->toString(),
                                                             available.join(QStringLiteral(", ")))));
            return;
        }
        m_root = manifest;
        m_pendingChildren = manifest.manifests;
        fetchChildren();
    });
}

void ManifestTreeJob::fetchChildren()
{
    if (m_pendingChildren.isEmpty()) {
        if (m_root.bytes.isEmpty() && !m_images.isEmpty())
            m_root = m_images.constFirst(); // one image picked from an index
        finish();
        return;
    }
    const Descriptor child = m_pendingChildren.takeFirst();
    ManifestJob *job = m_client->manifest(m_repository, child.digest);
    connect(job, &Job::finished, this, [this, job] {
        if (job->error()) {
            finish(job->error());
            return;
        }
        if (job->manifest().isIndex()) {
            finish(Error::make(ErrorKind::Unsupported, tr("%1:%2 nests an index inside an index; Berth does not transfer those.")
                                                           .arg(m_repository, m_reference)));
            return;
        }
        m_images << job->manifest();
        fetchChildren();
    });
}

} // namespace berth
