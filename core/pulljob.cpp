#include "pulljob.h"

#include "blobdownload.h"
#include "blobfile.h"
#include "digest.h"
#include "diskqueue.h"
#include "dockerarchive.h"
#include "logging.h"
#include "manifesttree.h"
#include "ociconvert.h"
#include "ocilayout.h"
#include "registryclient.h"

#include <QDir>
#include <cerrno>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace berth {

PullJob::PullJob(RegistryClient *client, const ImageReference &reference, const QString &path, Format format,
                 const std::optional<Platform> &platform, QObject *parent)
    : TransferJob(parent ? parent : client)
    , m_client(client)
    , m_reference(reference)
    , m_path(path)
    , m_format(format)
    , m_platform(platform)
{
    if (m_format == Format::DockerArchive && !m_platform)
        m_platform = Platform::host();
}

PullJob::~PullJob() = default;

void PullJob::start()
{
    if (m_format == Format::Oci) {
        const auto spec = OciLayout::parsePathSpec(m_path);
        m_finalPath = QDir::cleanPath(spec.dir);
        m_tag = spec.tag.isEmpty() ? m_reference.tag : spec.tag;
        const QFileInfo info(m_finalPath);
        if (info.exists()) {
            Error error;
            if (!info.isDir() || !OciLayout(m_finalPath).open(&error)) {
                if (!info.isDir() || !QDir(m_finalPath).isEmpty()) {
                    QMetaObject::invokeMethod(this, [this] {
                        fail(Error::make(ErrorKind::InvalidInput,
                                         tr("%1 exists and is not an OCI image layout; choose a new or empty folder.")
                                             .arg(m_finalPath)));
                    }, Qt::QueuedConnection);
                    return;
                }
                m_newLayout = true; // an empty folder: filled in place
                m_workDir = m_finalPath;
            } else {
                m_workDir = m_finalPath; // an existing layout gains this image; index.json changes last
            }
        } else {
            m_newLayout = true;
            m_workDir = makePartialPath(m_finalPath);
        }
    } else {
        m_finalPath = QDir::cleanPath(m_path);
        m_workDir = makePartialPath(m_finalPath) + u".blobs"_s;
    }
    if (m_format == Format::DockerArchive || m_newLayout) {
        if (!QDir().mkpath(m_workDir)) {
            QMetaObject::invokeMethod(this, [this] {
                fail(fileError(m_workDir, EACCES));
            }, Qt::QueuedConnection);
            return;
        }
    }
    if (m_format == Format::Oci) {
        Error error;
        if (!OciLayout(m_workDir).create(&error)) {
            QMetaObject::invokeMethod(this, [this, error] { fail(error); }, Qt::QueuedConnection);
            return;
        }
    }
    connect(this, &Job::finished, this, [this] {
        if (error())
            cleanUp();
    });

    const QString ref = m_reference.reference();
    auto *tree = new ManifestTreeJob(m_client, m_reference.repository, ref, m_platform, this);
    enqueue([this, tree]() -> Job * {
        connect(tree, &Job::finished, this, [this, tree] {
            if (!tree->error())
                download(tree);
        });
        tree->start();
        return tree;
    });
}

QString PullJob::blobTarget(const QString &digest) const
{
    if (m_format == Format::Oci)
        return OciLayout(m_workDir).blobPath(digest);
    return m_workDir + u'/' + digestHex(digest);
}

void PullJob::download(const ManifestTreeJob *tree)
{
    m_root = tree->root();
    m_images = tree->images();
    m_digest = m_root.digest;
    if (m_format == Format::DockerArchive) {
        // Docker's loader reads container images only; a chart or an SBOM would be a broken tar.
        for (const Manifest &image : std::as_const(m_images)) {
            const QString type = image.config.mediaType;
            if (type != QLatin1String(MediaType::DockerConfig) && type != QLatin1String(MediaType::OciConfig)) {
                fail(Error::make(ErrorKind::InvalidInput,
                                 tr("%1 is not a container image (its config is %2); a docker-archive holds images "
                                    "only. Pull it as an OCI layout instead.")
                                     .arg(m_reference.toString(), type)));
                return;
            }
        }
    }
    const QList<Descriptor> blobs = tree->blobs();
    for (const Descriptor &blob : blobs)
        addBlob(blob);
    emit status(tr("Pulling %1 (%n blob(s))", nullptr, int(blobs.size())).arg(m_reference.toString()));
    m_disk = DiskQueue::create();

    for (const Descriptor &blob : blobs) {
        const QString target = blobTarget(blob.digest);
        if (target.isEmpty()) {
            fail(Error::make(ErrorKind::Protocol, tr("The manifest names an invalid digest \"%1\".").arg(blob.digest)));
            return;
        }
        if (m_format == Format::Oci && OciLayout(m_workDir).hasBlob(blob.digest, blob.size)) {
            countSkipped(blob);
            continue;
        }
        enqueue([this, blob, target]() -> Job * {
            auto *job = new BlobDownloadJob(m_client, m_disk, m_reference.repository, blob, target, this);
            connect(job, &BlobDownloadJob::bytesReceived, this, [this, blob](qint64 n) { addBlobBytes(blob, n); });
            connect(job, &Job::finished, this, [this, job, blob] {
                if (!job->error())
                    countTransferred(blob);
            });
            job->start();
            return job;
        });
    }
    whenDrained([this] {
        if (m_format == Format::Oci)
            finishOci();
        else
            finishArchive();
    });
}

void PullJob::finishOci()
{
    // OCI layout readers (skopeo, podman) skip Docker media types in index.json: rewrite Docker
    // manifests as OCI, byte for byte as skopeo does, so the layout is readable everywhere.
    OciLayout layout(m_workDir);
    Error error;
    QHash<QString, ConvertedManifest> converted;
    for (const Manifest &image : std::as_const(m_images)) {
        const ConvertedManifest c = toOciManifest(image);
        if (c.digest != image.digest)
            converted.insert(image.digest, c);
        if (!layout.writeBlob(c.digest, c.bytes, &error))
            return fail(error);
    }
    const ConvertedManifest root = m_root.isIndex() ? toOciIndex(m_root, converted) : toOciManifest(m_root);
    if (root.digest != m_root.digest)
        emit status(tr("Docker manifests were written with OCI media types (digest %1).").arg(root.digest));
    if (!layout.writeBlob(root.digest, root.bytes, &error))
        return fail(error);
    Descriptor descriptor;
    descriptor.mediaType = root.mediaType;
    descriptor.digest = root.digest;
    descriptor.size = root.bytes.size();
    if (!m_root.artifactType.isEmpty())
        descriptor.artifactType = m_root.artifactType;
    if (!layout.addToIndex(descriptor, m_tag, &error))
        return fail(error);
    if (m_workDir != m_finalPath) {
        if (!QDir().rename(m_workDir, m_finalPath))
            return fail(Error::make(ErrorKind::Io, tr("Could not move the pulled image into place at %1.").arg(m_finalPath)));
    }
    m_digest = root.digest;
    finish();
}

void PullJob::finishArchive()
{
    if (m_root.kind != Manifest::Kind::Image)
        return fail(Error::make(ErrorKind::Unsupported, tr("Only a single image can go into a docker-archive.")));
    DockerArchiveSource source;
    source.manifest = m_root;
    Error error;
    QFile config(blobTarget(m_root.config.digest));
    if (!config.open(QIODevice::ReadOnly))
        return fail(fileError(config.fileName(), ENOENT));
    source.config = config.readAll();
    for (const Descriptor &layer : std::as_const(m_root.layers))
        source.layerFiles << blobTarget(layer.digest);
    source.reference = m_reference.registry + u'/' + m_reference.repository
        + (m_reference.tag.isEmpty() ? QString() : u':' + m_reference.tag);
    emit status(tr("Writing %1").arg(m_finalPath));
    if (!DockerArchiveWriter::write(m_finalPath, source, &error))
        return fail(error);
    QDir(m_workDir).removeRecursively();
    finish();
}

void PullJob::cleanUp()
{
    if (m_disk)
        m_disk->close(); // no blob is written any more once the folder goes
    if (m_workDir.isEmpty())
        return;
    if (m_workDir != m_finalPath)
        QDir(m_workDir).removeRecursively();
    else if (m_newLayout && QDir(m_workDir).removeRecursively())
        QDir().mkpath(m_workDir); // the empty folder we were given, empty again
}

} // namespace berth
