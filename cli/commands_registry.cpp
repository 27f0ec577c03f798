// berthctl commands on the registry API: catalog, ls, manifest, digest, config, delete, tag.

#include "cli.h"

#include "core/digest.h"
#include "core/digesttags.h"
#include "core/manifest.h"
#include "core/registryclient.h"
#include "core/registryjobs.h"
#include "core/retagjob.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace berth::cli {

void Cli::cmdCatalog()
{
    Error error;
    const auto registry = ImageReference::parseRegistry(m_args.at(0), &error);
    if (!registry)
        return usageError(error.message);
    withClient(*registry, [this](RegistryClient *client) {
        ListJob *job = client->catalog();
        connect(job, &Job::finished, this, [this, job] {
            if (job->error())
                return fail(job->error());
            printList(job->items());
            done(0);
        });
    });
}

void Cli::cmdLs()
{
    Error error;
    const auto repo = ImageReference::parseRepository(m_args.at(0), &error);
    if (!repo)
        return usageError(error.message);
    withClient(repo->registry, [this, repo = *repo](RegistryClient *client) {
        ListJob *job = client->tags(repo.repository);
        connect(job, &Job::finished, this, [this, job] {
            if (job->error())
                return fail(job->error());
            printList(job->items());
            done(0);
        });
    });
}

void Cli::cmdManifest()
{
    const auto ref = reference(0);
    if (!ref)
        return;
    withReadClient(*ref, [this, ref = *ref](RegistryClient *client) {
        ManifestJob *job = client->manifest(ref.repository, ref.reference());
        connect(job, &Job::finished, this, [this, job] {
            if (job->error())
                return fail(job->error());
            m_out.flush();
            fwrite(job->manifest().bytes.constData(), 1, size_t(job->manifest().bytes.size()), stdout);
            fflush(stdout);
            done(0);
        });
    });
}

void Cli::cmdDigest()
{
    const auto ref = reference(0);
    if (!ref)
        return;
    withReadClient(*ref, [this, ref = *ref](RegistryClient *client) {
        ManifestJob *job = client->manifest(ref.repository, ref.reference(), /*headOnly=*/true);
        connect(job, &Job::finished, this, [this, job, ref] {
            if (job->error())
                return fail(job->error());
            if (m_json) {
                const QJsonObject o{{u"reference"_s, ref.toString()}, {u"digest"_s, job->digest()},
                                    {u"mediaType"_s, job->mediaType()}, {u"size"_s, job->size()}};
                m_out << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)) << Qt::endl;
            } else {
                m_out << job->digest() << Qt::endl;
            }
            done(0);
        });
    });
}

void Cli::cmdConfig()
{
    const auto ref = reference(0);
    if (!ref)
        return;
    std::optional<Platform> wanted = Platform::host();
    if (m_options.contains(u"platform"_s)) {
        wanted = Platform::parse(m_options.value(u"platform"_s));
        if (!wanted)
            return usageError(tr("\"%1\" is not a platform (OS/ARCH[/VARIANT]).").arg(m_options.value(u"platform"_s)));
    }
    withReadClient(*ref, [this, ref = *ref, wanted = *wanted](RegistryClient *client) {
        auto readConfig = [this, client, ref](const Manifest &manifest) {
            if (manifest.kind != Manifest::Kind::Image)
                return fail(Error::make(ErrorKind::Unsupported, tr("%1 has no image config.").arg(ref.toString())));
            BlobBytesJob *blob = client->blobBytes(ref.repository, manifest.config.digest);
            connect(blob, &Job::finished, this, [this, blob] {
                if (blob->error())
                    return fail(blob->error());
                m_out.flush();
                fwrite(blob->bytes().constData(), 1, size_t(blob->bytes().size()), stdout);
                fflush(stdout);
                done(0);
            });
        };
        ManifestJob *job = client->manifest(ref.repository, ref.reference());
        connect(job, &Job::finished, this, [this, job, client, ref, wanted, readConfig] {
            if (job->error())
                return fail(job->error());
            const Manifest &m = job->manifest();
            if (!m.isIndex())
                return readConfig(m);
            for (const Descriptor &d : m.manifests) {
                if (d.platform && d.platform->matches(wanted)) {
                    ManifestJob *child = client->manifest(ref.repository, d.digest);
                    connect(child, &Job::finished, this, [this, child, readConfig] {
                        if (child->error())
                            return fail(child->error());
                        readConfig(child->manifest());
                    });
                    return;
                }
            }
            fail(Error::make(ErrorKind::NotFound, tr("%1 has no image for the platform %2.")
                                                      .arg(ref.toString(), wanted.toString())));
        });
    });
}

void Cli::cmdDelete()
{
    const auto ref = reference(0);
    if (!ref)
        return;
    withClient(ref->registry, [this, ref = *ref](RegistryClient *client) {
        if (!ref.digest.isEmpty())
            return deleteDigest(client, ref, ref.digest);
        ManifestJob *head = client->manifest(ref.repository, ref.tag, /*headOnly=*/true);
        connect(head, &Job::finished, this, [this, head, client, ref] {
            if (head->error())
                return fail(head->error());
            deleteDigest(client, ref, head->digest());
        });
    });
}

void Cli::deleteDigest(RegistryClient *client, const ImageReference &ref, const QString &digest)
{
    auto *tagsJob = new DigestTagsJob(client, ref.repository, digest);
    connect(tagsJob, &Job::finished, this, [this, tagsJob, client, ref, digest] {
        if (tagsJob->error())
            return fail(tagsJob->error());
        const QStringList tags = tagsJob->tags();
        const QString target = ref.registry + u'/' + ref.repository + u'@' + digest;
        if (m_json) {
            const QJsonObject o{{u"manifest"_s, target}, {u"tags"_s, QJsonArray::fromStringList(tags)}};
            m_out << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)) << Qt::endl;
        } else {
            m_out << tr("manifest %1").arg(target) << Qt::endl;
            for (const QString &tag : tags)
                m_out << tr("tag %1:%2").arg(ref.repository, tag) << Qt::endl;
        }
        if (!m_yes) {
            if (!isTerminal()) {
                m_err << tr("berthctl: nothing deleted: confirm with --yes (no terminal to ask).") << Qt::endl;
                return done(2);
            }
            const QString question = tags.isEmpty()
                ? tr("Delete this manifest?")
                : tr("Delete this manifest and its %n tag(s)?", nullptr, int(tags.size()));
            if (!confirm(question)) {
                m_err << tr("Nothing deleted.") << Qt::endl;
                return done(1);
            }
        }
        RegistryReply *del = client->deleteManifest(ref.repository, digest);
        connect(del, &Job::finished, this, [this, del, target] {
            if (del->error())
                return fail(del->error());
            if (!m_json)
                m_err << tr("Deleted %1.").arg(target) << Qt::endl;
            done(0);
        });
    });
    tagsJob->start();
}

void Cli::cmdTag()
{
    const auto ref = reference(0);
    if (!ref)
        return;
    const QString newTag = m_args.at(1);
    if (!ImageReference::isValidTag(newTag))
        return usageError(tr("\"%1\" is not a valid tag.").arg(newTag));
    withClient(ref->registry, [this, ref = *ref, newTag](RegistryClient *client) {
        auto *job = new RetagJob(client, ref.repository, ref.reference(), newTag);
        connect(job, &Job::finished, this, [this, job, ref, newTag] {
            if (job->error())
                return fail(job->error());
            m_out << ref.registry << u'/' << ref.repository << u':' << newTag << u'@' << job->digest() << Qt::endl;
            done(0);
        });
        job->start();
    });
}

} // namespace berth::cli
