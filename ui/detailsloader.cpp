#include "detailsloader.h"

#include "jobwatch.h"
#include "registryconnections.h"

#include "core/referrersjob.h"
#include "core/registryclient.h"
#include "core/registryjobs.h"

using namespace Qt::StringLiterals;

namespace berth {

bool ImageDetails::isImageConfig() const
{
    const QString type = manifest.config.mediaType;
    return type == QLatin1String(MediaType::OciConfig) || type == QLatin1String(MediaType::DockerConfig);
}

QString ImageDetails::fullReference() const
{
    const bool digest = reference.startsWith(u"sha256:"_s);
    return registry + u'/' + repository + (digest ? u'@' : u':') + reference;
}

DetailsLoader::DetailsLoader(RegistryConnections *connections, QObject *parent)
    : QObject(parent), m_connections(connections)
{
}

void DetailsLoader::load(const QString &registry, const QString &repository, const QString &reference)
{
    const quint64 generation = ++m_generation;
    ImageDetails details;
    details.registry = registry;
    details.repository = repository;
    details.reference = reference;
    m_connections->withClient(registry, this, [this, details, generation](RegistryClient *client) {
        if (generation != m_generation)
            return;
        ManifestJob *job = client->manifest(details.repository, details.reference);
        whenFinished(job, this, [this, job, details, generation]() mutable {
            if (generation != m_generation)
                return;
            details.error = job->error();
            details.manifest = job->manifest();
            if (!details.error)
                loadReferrers(details, generation);
            const Descriptor &config = details.manifest.config;
            // An artifact's config (a Helm chart's, ...) is shown raw when it is small.
            const bool smallArtifactConfig = !details.isImageConfig() && config.size >= 0
                && config.size <= ImageDetails::MaxArtifactConfig && config.mediaType != QLatin1String(MediaType::OciEmpty);
            if (details.error || details.manifest.isIndex() || details.manifest.kind == Manifest::Kind::Schema1
                || (!details.isImageConfig() && !smallArtifactConfig)) {
                emit loaded(details);
                return;
            }
            loadConfig(details, generation);
        });
    });
}

void DetailsLoader::loadConfig(ImageDetails details, quint64 generation)
{
    m_connections->withClient(details.registry, this, [this, details, generation](RegistryClient *client) {
        BlobBytesJob *job = client->blobBytes(details.repository, details.manifest.config.digest);
        whenFinished(job, this, [this, job, details, generation]() mutable {
            if (generation != m_generation)
                return;
            details.error = job->error();
            details.config = job->bytes();
            emit loaded(details);
        });
    });
}

void DetailsLoader::loadReferrers(const ImageDetails &details, quint64 generation)
{
    m_connections->withClient(details.registry, this, [this, details, generation](RegistryClient *client) {
        if (generation != m_generation)
            return;
        auto *job = new ReferrersJob(client, details.repository, details.manifest.digest);
        job->start();
        whenFinished(job, this, [this, job, digest = details.manifest.digest, generation] {
            if (generation != m_generation)
                return;
            emit referrersLoaded({digest, job->referrers(), job->usedFallback(), job->error()});
        });
    });
}

} // namespace berth
