// berthctl commands that move images: pull, push, copy.

#include "cli.h"

#include "core/copyjob.h"
#include "core/pulljob.h"
#include "core/pushjob.h"
#include "core/registryclient.h"

#include <QElapsedTimer>
#include <QLocale>

#include <memory>

#include <unistd.h>

using namespace Qt::StringLiterals;

namespace berth::cli {

std::optional<std::optional<Platform>> Cli::platformOption(bool allPlatformsAllowed)
{
    const bool all = m_flags.contains(u"all-platforms"_s);
    if (all && !allPlatformsAllowed) {
        usageError(tr("--all-platforms does not apply here."));
        return std::nullopt;
    }
    if (!m_options.contains(u"platform"_s))
        return std::optional<Platform>();
    if (all) {
        usageError(tr("Give either --platform or --all-platforms, not both."));
        return std::nullopt;
    }
    const auto platform = Platform::parse(m_options.value(u"platform"_s));
    if (!platform) {
        usageError(tr("\"%1\" is not a platform (OS/ARCH[/VARIANT]).").arg(m_options.value(u"platform"_s)));
        return std::nullopt;
    }
    return std::optional<Platform>(*platform);
}

void Cli::runTransfer(TransferJob *job, const QString &what)
{
    if (m_options.contains(u"parallel"_s))
        job->setParallel(m_options.value(u"parallel"_s).toInt());
    cancelOnInterrupt(job);
    const bool terminal = ::isatty(STDERR_FILENO);
    struct Meter {
        QElapsedTimer clock;
        qint64 lastMs = -1000;
    };
    auto meter = std::make_shared<Meter>();
    meter->clock.start();
    // "\r" and erase-to-end-of-line: one line, rewritten in place, whatever the previous one's width.
    const auto eraseLine = u"\r\x1b[K"_s;
    connect(job, &TransferJob::progress, this, [this, job, terminal, meter, what, eraseLine](qint64 done, qint64 total) {
        if (!terminal || meter->clock.elapsed() - meter->lastMs < 200)
            return;
        meter->lastMs = meter->clock.elapsed();
        const QLocale locale;
        const int percent = total > 0 ? int(done * 100 / total) : 0;
        m_err << eraseLine << what << u' ' << percent << u"% "_s << locale.formattedDataSize(done) << u" / "_s
              << locale.formattedDataSize(total) << u"  "_s << locale.formattedDataSize(qint64(job->speed())) << u"/s  "_s
              << tr("%1/%2 blobs").arg(job->blobsDone()).arg(job->blobsTotal()) << Qt::flush;
    });
    if (m_verbose)
        connect(job, &TransferJob::status, this, [this](const QString &text) { m_err << text << Qt::endl; });
    connect(job, &Job::finished, this, [this, job, terminal, meter, eraseLine] {
        if (terminal)
            m_err << eraseLine << Qt::flush;
        const double seconds = double(meter->clock.elapsed()) / 1000.0;
        if (job->error())
            return fail(job->error());
        if (m_verbose)
            m_err << tr("%n blob(s) moved, %1 already there, %2 in %3 s", nullptr, job->blobsTransferred())
                         .arg(job->blobsSkipped())
                         .arg(QLocale().formattedDataSize(job->bytesTotal()))
                         .arg(seconds, 0, 'f', 2)
                  << Qt::endl;
        done(0);
    });
}

void Cli::cmdPull()
{
    const auto ref = reference(0);
    if (!ref)
        return;
    const QString format = m_options.value(u"format"_s, u"oci"_s);
    if (format != u"oci" && format != u"docker-archive")
        return usageError(tr("--format is oci or docker-archive, not \"%1\".").arg(format));
    const auto platform = platformOption(format == u"oci");
    if (!platform)
        return;
    const QString path = m_args.at(1);
    withReadClient(*ref, [this, ref = *ref, path, format, platform = *platform](RegistryClient *client) {
        auto *job = new PullJob(client, ref, path,
                                format == u"oci" ? PullJob::Format::Oci : PullJob::Format::DockerArchive, platform);
        runTransfer(job, tr("pull %1").arg(ref.toString()));
        connect(job, &Job::finished, this, [this, job] {
            if (!job->error())
                m_out << job->digest() << Qt::endl;
        });
        job->start();
    });
}

void Cli::cmdPush()
{
    const QString path = m_args.at(0);
    const auto ref = reference(1);
    if (!ref)
        return;
    withClient(ref->registry, [this, ref = *ref, path](RegistryClient *client) {
        auto *job = new PushJob(client, path, ref);
        if (m_options.contains(u"chunk-size"_s))
            job->setChunkSize(m_options.value(u"chunk-size"_s).toLongLong());
        runTransfer(job, tr("push %1").arg(ref.toString()));
        connect(job, &Job::finished, this, [this, job] {
            if (!job->error())
                m_out << job->digest() << Qt::endl;
        });
        job->start();
    });
}

void Cli::cmdCopy()
{
    const auto from = reference(0);
    if (!from)
        return;
    const auto to = reference(1);
    if (!to)
        return;
    const auto platform = platformOption(true);
    if (!platform)
        return;
    withClient(from->registry, [this, from = *from, to = *to, platform = *platform](RegistryClient *source) {
        auto copy = [this, from, to, platform, source](RegistryClient *target) {
            auto *job = new CopyJob(source, from, target, to, platform);
            runTransfer(job, tr("copy %1").arg(from.toString()));
            connect(job, &Job::finished, this, [this, job] {
                if (!job->error())
                    m_out << job->digest() << Qt::endl;
            });
            job->start();
        };
        if (to.registry == from.registry)
            copy(source);
        else
            withClient(to.registry, copy);
    });
}

} // namespace berth::cli
